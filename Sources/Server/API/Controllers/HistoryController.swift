import Domain
import Foundation
import Hummingbird
import Logging

/// A record's history (`…/history`) and putting back an earlier version (`/api/v1/history/{id}/restore`).
struct HistoryController {
    let audit: any AuditRepository
    let programmeID: UUID

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, SiteURL.apiCityHistory) { request, context in
            try await list(context) { try await audit.history(of: .city, id: $0, in: programmeID) }
        }
        routes.on(.get, SiteURL.apiPartnershipHistory) { request, context in
            try await list(context) { try await audit.partnershipHistory($0, in: programmeID) }
        }
        routes.on(.get, SiteURL.apiAgreementHistory) { request, context in
            try await list(context) { try await audit.history(of: .agreement, id: $0, in: programmeID) }
        }
        routes.on(.get, SiteURL.apiGiftHistory) { request, context in
            try await list(context) { try await audit.history(of: .gift, id: $0, in: programmeID) }
        }
        routes.on(.get, SiteURL.apiArticleHistory) { request, context in
            try await list(context) { try await audit.history(of: .article, id: $0, in: programmeID) }
        }
        routes.on(.get, SiteURL.apiOrganisationHistory) { request, context in
            try await list(context) { try await audit.history(of: .organisation, id: $0, in: programmeID) }
        }
        routes.on(.get, SiteURL.apiPersonHistory) { request, context in
            try context.authorize(.readContacts, in: programmeID)
            return try await list(context) { try await audit.history(of: .person, id: $0, in: programmeID) }
        }
        routes.on(.get, SiteURL.apiEventHistory) { request, context in
            try await list(context) { try await audit.history(of: .event, id: $0, in: programmeID) }
        }
        routes.on(.get, SiteURL.apiExchangeHistory) { request, context in
            try await list(context) { try await audit.history(of: .exchange, id: $0, in: programmeID) }
        }
        routes.on(.post, SiteURL.apiRestore, use: restore)
    }

    /// History is internal: any signed-in member of the programme reads it.
    private func list(
        _ context: AppRequestContext, _ load: (UUID) async throws -> [AuditEntry]
    ) async throws -> Response {
        try context.authorize(.readInternal, in: programmeID)
        let entries = try await load(try context.pathID())
        return try JSONResponse.make(HistoryDTO(items: entries.map(AuditEntryDTO.init)))
    }

    @Sendable func restore(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let entry = try await audit.entry(try context.pathID(), in: programmeID)
        let actor = try await Self.authorizeRestore(entry, audit: audit, context: context, in: programmeID)
        try await audit.restore(entry, in: programmeID, by: ChangeAuthor(actor))
        context.logger.notice(
            "restored",
            metadata: ["entry": "\(entry.id)", "entity": "\(entry.entity.rawValue)", "user": "\(actor.user.id)"])
        return Response(status: .noContent)
    }

    /// Restoring is editing the record as it is now and as it will be: a partner editor may restore only what
    /// stays within their partnerships, whichever partnership the record has moved to or from.
    @discardableResult
    static func authorizeRestore(
        _ entry: AuditEntry, audit: any AuditRepository, context: AppRequestContext, in programme: UUID
    ) async throws -> Actor {
        let touched = try await audit.partnerships(touchedByRestoring: entry, in: programme)
        var actor = try context.requireActor()
        for action in actions(restoring: entry, touching: touched) {
            actor = try context.authorize(action, in: programme)
        }
        return actor
    }

    /// Whether `actor` may restore `entry`, for showing or hiding the button.
    static func may(
        _ actor: Actor, restore entry: AuditEntry, touching touched: Set<UUID>, in programme: UUID
    ) -> Bool {
        actions(restoring: entry, touching: touched).allSatisfy { actor.may($0, in: programme) }
    }

    /// The rights a restore needs: those to edit the record in every partnership it touches.
    static func actions(restoring entry: AuditEntry, touching touched: Set<UUID>) -> [Action] {
        switch entry.entity {
        case .city: [.editCities]
        case .programme, .article: [.editProgramme]
        case .organisation, .person, .contribution, .pledge: [.editPeople]
        // Restoring an event may move it to other partnerships; the programme-wide right covers any of them.
        case .event: [.editActivity(partnerships: [])]
        case .exchange: [.editActivity(partnerships: touched)]
        case .partnership: [.editPartnership(entry.entityID)]
        case .agreement, .gift:
            touched.isEmpty
                ? [.editPartnership(entry.entityID)]
                : touched.sorted { $0.uuidString < $1.uuidString }
                    .map { .editPartnership($0) }
        // An image's entry names its gift, not the partnership; and an image cannot be restored anyway.
        case .giftImage: [.editProgramme]
        }
    }
}
