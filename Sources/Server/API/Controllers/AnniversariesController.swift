import Domain
import Foundation
import Hummingbird

/// `/api/v1/sexagenary/{year}` and `/api/v1/partnerships/{id}/anniversaries`.
struct AnniversariesController {
    let partnerships: any PartnershipRepository
    let programmeID: UUID

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, SiteURL.apiSexagenary, use: sexagenary)
        routes.on(.get, SiteURL.apiAnniversaries, use: anniversaries)
    }

    @Sendable func sexagenary(_ request: Request, context: AppRequestContext) async throws -> Response {
        let text = context.parameters.get("year") ?? ""
        guard let number = Int(text), let year = SexagenaryYear(year: number) else {
            throw DomainError.invalid([
                FieldIssue(field: "year", message: "must be a whole year from 1 to 2200, not \"\(text.prefix(20))\"")
            ])
        }
        return try JSONResponse.make(SexagenaryDTO(year))
    }

    /// `from` and `to` are years from 1 to 2200, at most 200 apart; by default this year and the next ten.
    @Sendable func anniversaries(_ request: Request, context: AppRequestContext) async throws -> Response {
        let partnership = try await partnerships.find(try context.pathID(), in: programmeID)
        let years = try YearRange.read(QueryReader(request), currentYear: try context.today.year, maxSpan: 200)
        let items = Anniversaries.of(partnership, in: years).map(AnniversaryDTO.init)
        return try JSONResponse.make(
            AnniversariesDTO(
                partnershipId: partnership.id.lowercasedString, established: partnership.established?.description,
                items: items))
    }
}
