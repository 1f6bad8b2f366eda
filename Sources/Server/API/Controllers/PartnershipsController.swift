import Domain
import Foundation
import Hummingbird

/// `/api/v1/partnerships`: the programme's partnerships.
struct PartnershipsController {
    let partnerships: any PartnershipRepository
    let programmeID: UUID
    /// The list as anonymous readers get it, per list query.
    let publicLists: PublicReadCache<PartnershipQuery>

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .apiPartnerships, use: list)
        routes.on(.post, .apiPartnerships, use: create)
        routes.on(.get, SiteURL.apiPartnership, use: show)
        routes.on(.put, SiteURL.apiPartnership, use: update)
        routes.on(.delete, SiteURL.apiPartnership, use: delete)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let query = try PartnershipListQuery.read(request)
        guard context.identity.actor == nil else {
            return try JSONResponse.make(
                ListDTO(try await partnerships.list(in: programmeID, query), PartnershipDTO.init))
        }
        return try await publicLists.respond(to: request, key: query) {
            try JSONResponse.body(ListDTO(try await partnerships.list(in: programmeID, query), PartnershipDTO.init))
        }
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let actor = try context.authorize(.editProgramme, in: programmeID)
        let input = try await JSONRequest.decode(PartnershipInput.self, from: request, context: context)
        let home = try context.programme.homeCityID
        let partnership = try await partnerships.create(
            try input.draft(defaultHomeCity: home), in: programmeID, by: ChangeAuthor(actor))
        return try JSONResponse.created(PartnershipDTO(partnership), at: .apiPartnership(partnership.id))
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        try JSONResponse.make(PartnershipDTO(try await partnerships.find(try context.pathID(), in: programmeID)))
    }

    @Sendable func update(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let id = try context.pathID()
        let actor = try context.authorize(.editPartnership(id), in: programmeID)
        let input = try await JSONRequest.decode(PartnershipInput.self, from: request, context: context)
        let home = try context.programme.homeCityID
        let partnership = try await partnerships.update(
            id, with: try input.draft(defaultHomeCity: home), in: programmeID, by: ChangeAuthor(actor))
        return try JSONResponse.make(PartnershipDTO(partnership))
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let id = try context.pathID()
        let actor = try context.authorize(.editPartnership(id), in: programmeID)
        try await partnerships.delete(id, in: programmeID, by: ChangeAuthor(actor))
        return Response(status: .noContent)
    }
}

/// The list query shared by the API and the public directory.
enum PartnershipListQuery {
    static func read(_ request: Request, defaultLimit: Int = PageRequest.defaultLimit) throws -> PartnershipQuery {
        let query = QueryReader(request)
        return PartnershipQuery(
            page: try query.page(), countryCode: try query.country(),
            kind: try query.choice("kind", as: PartnershipKind.self),
            status: try query.choice("status", as: PartnershipStatus.self),
            sort: try query.choice("sort", as: PartnershipQuery.Sort.self) ?? .established)
    }
}
