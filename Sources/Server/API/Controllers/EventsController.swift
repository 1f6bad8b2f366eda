import Domain
import Foundation
import Hummingbird

/// `/api/v1/events`. The public reads public events; members read internal ones too. Coordinators and above
/// edit every event, partner editors the events of their partnerships.
struct EventsController {
    let events: any EventRepository
    let partnerships: any PartnershipRepository
    let organisations: any OrganisationRepository
    let programmeID: UUID

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .apiEvents, use: list)
        routes.on(.post, .apiEvents, use: create)
        routes.on(.get, SiteURL.apiEvent, use: show)
        routes.on(.put, SiteURL.apiEvent, use: update)
        routes.on(.delete, SiteURL.apiEvent, use: delete)
    }

    private func isMember(_ context: AppRequestContext) -> Bool {
        context.identity.actor?.may(.readInternal, in: programmeID) ?? false
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let query = QueryReader(request)
        let page = try await events.list(
            in: programmeID,
            EventQuery(
                page: try query.page(),
                when: .init(try query.choice("when", as: EventQuery.Period.self) ?? .all, at: context.now),
                partnershipID: try query.uuid("partnership"), includeInternal: isMember(context)))
        return try JSONResponse.make(ListDTO(page, EventDTO.init))
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let event = try await events.find(try context.pathID(), in: programmeID)
        guard event.draft.isPublic || isMember(context) else {
            throw DomainError.notFound(entity: "event", id: event.id)
        }
        return try JSONResponse.make(EventDTO(event))
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let input = try await JSONRequest.decode(EventInput.self, from: request, context: context)
        let draft = try await Self.draft(
            input, partnerships: partnerships, organisations: organisations, in: programmeID)
        let actor = try context.authorize(.editActivity(partnerships: Set(draft.partnershipIDs)), in: programmeID)
        let event = try await events.create(draft, in: programmeID, by: ChangeAuthor(actor))
        return try JSONResponse.created(EventDTO(event), at: .apiEvent(event.id))
    }

    @Sendable func update(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let current = try await events.find(try context.pathID(), in: programmeID)
        try context.authorize(.editActivity(partnerships: Set(current.draft.partnershipIDs)), in: programmeID)
        let input = try await JSONRequest.decode(EventInput.self, from: request, context: context)
        let draft = try await Self.draft(
            input, partnerships: partnerships, organisations: organisations, in: programmeID)
        let actor = try context.authorize(.editActivity(partnerships: Set(draft.partnershipIDs)), in: programmeID)
        return try JSONResponse.make(
            EventDTO(try await events.update(current.id, with: draft, in: programmeID, by: ChangeAuthor(actor))))
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let current = try await events.find(try context.pathID(), in: programmeID)
        let actor = try context.authorize(
            .editActivity(partnerships: Set(current.draft.partnershipIDs)), in: programmeID)
        try await events.delete(current.id, in: programmeID, by: ChangeAuthor(actor))
        return Response(status: .noContent)
    }

    /// The input's draft, checked against the programme's partnerships and organisations.
    static func draft(
        _ input: EventInput, partnerships: any PartnershipRepository, organisations: any OrganisationRepository,
        in programme: UUID
    ) async throws -> EventDraft {
        let known = Set(try await partnerships.all(in: programme).map(\.id))
        let hosts = Set(try await organisations.all(in: programme).map(\.id))
        return try input.draft(partnerships: known, organisations: hosts)
    }
}
