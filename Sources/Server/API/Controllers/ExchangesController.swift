import Domain
import Foundation
import Hummingbird

/// `/api/v1/exchanges`: delegations and exchanges. Internal records: members of the programme read them; their
/// partnership's editors write them.
struct ExchangesController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .apiExchanges, use: list)
        routes.on(.post, .apiExchanges, use: create)
        routes.on(.get, SiteURL.apiExchange, use: show)
        routes.on(.put, SiteURL.apiExchange, use: update)
        routes.on(.delete, SiteURL.apiExchange, use: delete)
    }

    private var programmeID: UUID { services.programmeID }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.readInternal, in: programmeID)
        let query = QueryReader(request)
        let page = try await services.exchanges.list(
            in: programmeID,
            ExchangeQuery(
                page: try query.page(), partnershipID: try query.uuid("partnership"),
                direction: try query.choice("direction", as: Exchange.Direction.self)))
        return try JSONResponse.make(ListDTO(page, ExchangeDTO.init))
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.readInternal, in: programmeID)
        return try JSONResponse.make(
            ExchangeDTO(try await services.exchanges.find(try context.pathID(), in: programmeID)))
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let input = try await JSONRequest.decode(ExchangeInput.self, from: request, context: context)
        let draft = try await Self.draft(input, services: services)
        let actor = try context.authorize(.editActivity(partnerships: [draft.partnershipID]), in: programmeID)
        let exchange = try await services.exchanges.create(draft, in: programmeID, by: ChangeAuthor(actor))
        return try JSONResponse.created(ExchangeDTO(exchange), at: .apiExchange(exchange.id))
    }

    @Sendable func update(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let current = try await services.exchanges.find(try context.pathID(), in: programmeID)
        try context.authorize(.editActivity(partnerships: [current.draft.partnershipID]), in: programmeID)
        let input = try await JSONRequest.decode(ExchangeInput.self, from: request, context: context)
        let draft = try await Self.draft(input, services: services)
        let actor = try context.authorize(.editActivity(partnerships: [draft.partnershipID]), in: programmeID)
        return try JSONResponse.make(
            ExchangeDTO(
                try await services.exchanges.update(current.id, with: draft, in: programmeID, by: ChangeAuthor(actor))))
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let current = try await services.exchanges.find(try context.pathID(), in: programmeID)
        let actor = try context.authorize(.editActivity(partnerships: [current.draft.partnershipID]), in: programmeID)
        try await services.exchanges.delete(current.id, in: programmeID, by: ChangeAuthor(actor))
        return Response(status: .noContent)
    }

    static func draft(_ input: ExchangeInput, services: Services) async throws -> ExchangeDraft {
        let programme = services.programmeID
        var events = Set<UUID>()
        var page = 1
        while true {
            let batch = try await services.events.list(
                in: programme,
                EventQuery(page: PageRequest(page: page, limit: PageRequest.maxLimit), includeInternal: true))
            events.formUnion(batch.items.map(\.id))
            guard batch.hasNext else { break }
            page += 1
        }
        var people = Set<UUID>()
        page = 1
        while true {
            let batch = try await services.people.list(
                in: programme,
                PersonQuery(page: PageRequest(page: page, limit: PageRequest.maxLimit), includePrivate: true))
            people.formUnion(batch.items.map(\.id))
            guard batch.hasNext else { break }
            page += 1
        }
        return try input.draft(
            partnerships: Set(try await services.partnerships.all(in: programme).map(\.id)), events: events,
            people: people)
    }
}
