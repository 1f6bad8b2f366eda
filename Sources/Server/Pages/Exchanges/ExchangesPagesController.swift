import Domain
import Foundation
import Hummingbird

/// Exchange pages for the programme's members, and their editors' forms.
struct ExchangesPagesController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, SiteURL.exchange, use: show)
        routes.on(.get, SiteURL.newExchange, use: newExchange)
        routes.on(.post, SiteURL.newExchange, use: create)
        routes.on(.get, SiteURL.editExchange, use: edit)
        routes.on(.post, SiteURL.editExchange, use: update)
        routes.on(.get, SiteURL.deleteExchange, use: confirmDelete)
        routes.on(.post, SiteURL.deleteExchange, use: delete)
    }

    private var programmeID: UUID { services.programmeID }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: nil)
        let exchange = try await services.exchanges.find(try context.pathID(), in: programmeID)
        let d = exchange.draft
        let partnership = try await services.partnerships.find(d.partnershipID, in: programmeID)
        let (page, t) = (editor.page, editor.t)
        var itinerary: [(String, String, String)] = []
        for id in d.eventIDs {
            if let event = try? await services.events.find(id, in: programmeID) {
                itinerary.append(
                    (
                        page.title(of: event).text, SiteURL.event(id).path,
                        t.eventSchedule(event.draft.schedule, zone: event.draft.zone)
                    ))
            }
        }
        let from = d.direction == .inbound ? partnership.partnerCity.name : partnership.homeCity.name
        let to = d.direction == .inbound ? partnership.homeCity.name : partnership.partnerCity.name
        let dates =
            d.ends.map { t("exchanges.dates", ["start": t.date(d.starts), "end": t.date($0)]) } ?? t.date(d.starts)
        return HTMLResponse.private(
            ExchangePage.view(
                ExchangePage.Model(
                    programmeName: editor.programmeName, email: editor.email, id: exchange.id, title: d.title,
                    summary: t("exchanges.summary", ["from": from, "to": to, "dates": dates]),
                    partnership: (
                        partnership.pairName,
                        SiteURL.partnership(partnership.id).path
                    ),
                    purposes: d.purposes.map { t.label("partnership.health.purposes", $0) },
                    members: d.members.map { ($0.name, t.label("exchanges.role", $0.role)) },
                    itinerary: itinerary, outcomes: d.outcomes,
                    canEdit: editor.actor.may(.editActivity(partnerships: [d.partnershipID]), in: programmeID),
                    page: page)))
    }

    private func page(
        _ editor: Editor, _ exchange: Exchange?, partnership: UUID, values: [String: String], checked: Set<String>,
        errors: [FieldIssue] = []
    ) async throws -> Response {
        let (t, page) = (editor.t, editor.page)
        let form = FormState(
            title: exchange.map { t("exchanges.form.edit", ["title": $0.draft.title]) } ?? t("exchanges.form.new"),
            action: exchange.map { SiteURL.editExchange($0.id).path } ?? SiteURL.newExchange(partnership).path,
            cancelURL: exchange.map { SiteURL.exchange($0.id).path } ?? SiteURL.partnership(partnership).path,
            values: values, errors: errors)
        let events = try await services.events.list(
            in: programmeID,
            EventQuery(
                page: PageRequest(limit: PageRequest.maxLimit), partnershipID: partnership, includeInternal: true))
        let model = ExchangeFormPage.Model(
            editor: editor, form: form,
            events: events.items.map {
                (
                    $0.id.uuidString,
                    t(
                        "exchanges.form.eventOption",
                        [
                            "title": page.title(of: $0).text,
                            "when": t.eventSchedule($0.draft.schedule, zone: $0.draft.zone),
                        ])
                )
            }, checked: checked)
        return editor.respond(ExchangeFormPage.view(model), form: form)
    }

    /// The exchange at the path and its editor: the public are sent to sign in before it is looked up, then only
    /// those who may edit its partnership's activities get on.
    private func editable(_ request: Request, _ context: AppRequestContext) async throws -> (Editor, Exchange) {
        let editor = try context.editor(request, may: nil)
        let exchange = try await services.exchanges.find(try context.pathID(), in: programmeID)
        try context.authorize(.editActivity(partnerships: [exchange.draft.partnershipID]), in: programmeID)
        return (editor, exchange)
    }

    @Sendable func newExchange(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.pathID()
        let editor = try context.editor(request, may: .editActivity(partnerships: [id]))
        _ = try await services.partnerships.find(id, in: programmeID)
        return try await page(editor, nil, partnership: id, values: ["direction": "inbound"], checked: [])
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.pathID()
        let editor = try context.editor(request, may: .editActivity(partnerships: [id]))
        return try await editor.submit(request, context: context, besides: "title") { form in
            let draft = try await ExchangesController.draft(
                ExchangeForm.input(form, partnership: id), services: services)
            let exchange = try await services.exchanges.create(draft, in: programmeID, by: editor.author)
            return SiteURL.exchange(exchange.id).path
        } invalid: { form, errors in
            try await page(
                editor, nil, partnership: id, values: ExchangeForm.values(form), checked: ExchangeForm.checked(form),
                errors: errors)
        }
    }

    @Sendable func edit(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (editor, exchange) = try await editable(request, context)
        return try await page(
            editor, exchange, partnership: exchange.draft.partnershipID, values: ExchangeForm.values(exchange),
            checked: ExchangeForm.checked(exchange))
    }

    @Sendable func update(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (editor, exchange) = try await editable(request, context)
        let partnership = exchange.draft.partnershipID
        return try await editor.submit(request, context: context, besides: "title") { form in
            let draft = try await ExchangesController.draft(
                ExchangeForm.input(form, partnership: partnership), services: services)
            _ = try await services.exchanges.update(exchange.id, with: draft, in: programmeID, by: editor.author)
            return SiteURL.exchange(exchange.id).path
        } invalid: { form, errors in
            try await page(
                editor, exchange, partnership: partnership, values: ExchangeForm.values(form),
                checked: ExchangeForm.checked(form), errors: errors)
        }
    }

    @Sendable func confirmDelete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (editor, exchange) = try await editable(request, context)
        let t = editor.t
        return editor.confirm(
            title: t("exchanges.deleteConfirm.title", ["title": exchange.draft.title]),
            message: t("exchanges.deleteConfirm.message"), action: SiteURL.deleteExchange(exchange.id).path,
            confirmLabel: t("exchanges.deleteConfirm.confirm"), cancelURL: SiteURL.exchange(exchange.id).path)
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (editor, exchange) = try await editable(request, context)
        try await services.exchanges.delete(exchange.id, in: programmeID, by: editor.author)
        return Redirect.to(SiteURL.partnership(exchange.draft.partnershipID).path)
    }
}
