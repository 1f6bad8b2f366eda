import Domain
import Foundation
import Hummingbird

/// `/api/v1/pledges`: promises of money, once or recurring, and what has come in toward them. Coordinators and
/// above.
struct PledgesController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .apiPledges, use: list)
        routes.on(.post, .apiPledges, use: create)
        routes.on(.get, SiteURL.apiPledge, use: show)
        routes.on(.post, SiteURL.apiPledgeCancel, use: cancel)
    }

    private var programmeID: UUID { services.programmeID }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.readContacts, in: programmeID)
        let query = QueryReader(request)
        let page = try await services.pledges.list(
            in: programmeID, PledgeQuery(page: try query.page(), donorID: try query.uuid("donor")))
        let today = try context.today
        return try JSONResponse.make(ListDTO(page) { PledgeDTO($0, today: today) })
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.readContacts, in: programmeID)
        let pledge = try await services.pledges.find(try context.pathID(), in: programmeID)
        return try JSONResponse.make(PledgeDTO(pledge, today: try context.today))
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let actor = try context.authorize(.editPeople, in: programmeID)
        let input = try await JSONRequest.decode(PledgeInput.self, from: request, context: context)
        let pledge = try await services.pledges.create(try input.draft(), in: programmeID, by: ChangeAuthor(actor))
        return try JSONResponse.created(
            PledgeDTO(pledge, today: try context.today), at: .apiPledge(pledge.id))
    }

    /// Cancels from today in the home city: no later instalment falls due.
    @Sendable func cancel(_ request: Request, context: AppRequestContext) async throws -> Response {
        let actor = try context.authorize(.editPeople, in: programmeID)
        let today = try context.today
        let pledge = try await services.pledges.cancel(
            try context.pathID(), on: today, in: programmeID, by: ChangeAuthor(actor))
        return try JSONResponse.make(PledgeDTO(pledge, today: today))
    }
}
