import Domain
import Foundation
import Hummingbird

/// `/partnerships/{id}/history` and `/history/{id}/restore` for signed-in members of the programme.
struct HistoryPagesController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, SiteURL.partnershipHistory, use: history)
        routes.on(.get, SiteURL.restore, use: confirmRestore)
        routes.on(.post, SiteURL.restore, use: restore)
    }

    @Sendable func history(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, actor) = try context.signedIn(request, to: services.programmeID)
        let id = try context.pathID()
        let programme = try context.programme
        let partnership = try? await services.partnerships.find(id, in: programme.id)
        let page = context.page(request)
        let title = partnership.map { $0.pairName } ?? page.t("history.deletedPartnership")
        var cityNames: [String: String] = [:]
        for city in [partnership?.homeCity, partnership?.partnerCity].compactMap({ $0 }) {
            cityNames[city.id.lowercasedString] = city.name
        }
        let entries = try await services.audit.partnershipHistory(id, in: programme.id)
        let touched = try await services.audit.partnerships(
            touchedByRestoring: entries.filter { $0.version != nil }, in: programme.id)
        var items: [HistoryPage.Model.Item] = []
        for entry in entries {
            let mayRestore =
                entry.version != nil
                && HistoryController.may(actor, restore: entry, touching: touched[entry.id] ?? [], in: programme.id)
            items.append(
                HistoryPage.Model.Item(
                    entry, restoreURL: mayRestore ? SiteURL.restore(entry.id).path : nil, cityNames: cityNames,
                    t: page.t))
        }
        return HTMLResponse.private(
            HistoryPage.view(
                HistoryPage.Model(
                    programmeName: programme.name, email: actor.user.email, title: title,
                    partnershipURL: SiteURL.partnership(id).path, items: items, page: page)))
    }

    @Sendable func confirmRestore(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: nil)
        let entry = try await services.audit.entry(try context.pathID(), in: services.programmeID)
        try await HistoryController.authorizeRestore(
            entry, audit: services.audit, context: context, in: services.programmeID)
        let t = editor.t
        let noun = t.label("history.entity", entry.entity)
        return editor.confirm(
            title: t("history.restore.title", ["noun": noun]),
            message: t("history.restore.message", ["noun": noun, "when": t.timestamp(entry.at)]),
            action: SiteURL.restore(entry.id).path, confirmLabel: t("history.restore.confirm"),
            cancelURL: SiteURL.partnershipHistory(entry.parentID ?? entry.entityID).path)
    }

    @Sendable func restore(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.signedIn(request, to: services.programmeID)
        let entry = try await services.audit.entry(try context.pathID(), in: services.programmeID)
        let actor = try await HistoryController.authorizeRestore(
            entry, audit: services.audit, context: context, in: services.programmeID)
        try await services.audit.restore(entry, in: services.programmeID, by: ChangeAuthor(actor))
        return Redirect.to(SiteURL.partnershipHistory(entry.parentID ?? entry.entityID).path)
    }
}
