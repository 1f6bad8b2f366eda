import Domain
import Foundation
import Hummingbird

/// `/api/v1/programme`: the programme this server serves — its name, organisation and home city.
struct ProgrammeController {
    let programmes: any ProgrammeRepository
    let cities: any CityRepository
    let programmeID: UUID

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .apiProgramme, use: show)
        routes.on(.put, .apiProgramme, use: update)
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        try JSONResponse.make(try await dto(try context.programme))
    }

    @Sendable func update(_ request: Request, context: AppRequestContext) async throws -> Response {
        let actor = try context.authorize(.editProgramme, in: programmeID)
        let input = try await JSONRequest.decode(ProgrammeInput.self, from: request, context: context)
        // The change applies to the programme as stored, not as this request resolved it: another server's
        // change since must not be undone.
        return try JSONResponse.make(
            try await dto(
                try await programmes.update(
                    programmeID, with: input.draft(current: try await programmes.find(programmeID)),
                    by: ChangeAuthor(actor))))
    }

    private func dto(_ programme: Programme) async throws -> ProgrammeDTO {
        let home = try await programme.homeCityID.asyncMap { try await cities.find($0) }
        return ProgrammeDTO(programme, homeCity: home)
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
