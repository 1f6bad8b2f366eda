import Domain
import Foundation
import Hummingbird

/// Exchange pages for the programme's members, and their editors' forms.
struct ExchangesPagesController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .exchange(UUID()), use: show)
        routes.on(.get, .newExchange(UUID()), use: newExchange)
        routes.on(.post, .newExchange(UUID()), use: create)
        routes.on(.get, .editExchange(UUID()), use: edit)
        routes.on(.post, .editExchange(UUID()), use: update)
        routes.on(.get, .deleteExchange(UUID()), use: confirmDelete)
        routes.on(.post, .deleteExchange(UUID()), use: delete)
    }

    private var programmeID: UUID { services.programmeID }

    private func editor(_ request: Request, _ context: AppRequestContext, partnership: UUID) throws -> (Session, Actor)
    {
        let (session, _) = try context.signedIn(request, to: programmeID)
        return (session, try context.authorize(.editActivity(partnerships: [partnership]), in: programmeID))
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, actor) = try context.signedIn(request, to: programmeID)
        let exchange = try await services.exchanges.find(try context.pathID(), in: programmeID)
        let d = exchange.draft
        let partnership = try await services.partnerships.find(d.partnershipID, in: programmeID)
        let programme = try context.programme
        let page = context.page(request)
        let t = page.t
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
                    programmeName: programme.name, email: actor.user.email, id: exchange.id, title: d.title,
                    summary: t("exchanges.summary", ["from": from, "to": to, "dates": dates]),
                    partnership: (
                        partnership.pairName,
                        SiteURL.partnership(partnership.id).path
                    ),
                    purposes: d.purposes.map { t.label("partnership.health.purposes", $0) },
                    members: d.members.map { ($0.name, t.label("exchanges.role", $0.role)) },
                    itinerary: itinerary, outcomes: d.outcomes,
                    canEdit: actor.may(.editActivity(partnerships: [d.partnershipID]), in: programmeID), page: page)))
    }

    private func page(
        _ session: Session, _ actor: Actor, partnership: UUID, title: String, action: String, cancel: String,
        values: [String: String], checked: Set<String>, errors: [FieldIssue], programme: Programme, page: PageContext
    ) async throws -> Response {
        let t = page.t
        let events = try await services.events.list(
            in: programmeID,
            EventQuery(
                page: PageRequest(limit: PageRequest.maxLimit), partnershipID: partnership, includeInternal: true))
        var response = HTMLResponse.private(
            ExchangeFormPage.view(
                ExchangeFormPage.Model(
                    programmeName: programme.name, email: actor.user.email, csrfToken: session.csrfToken, title: title,
                    action: action, cancelURL: cancel,
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
                    },
                    values: values, checked: checked, errors: errors, page: page)))
        if !errors.isEmpty { response.status = .unprocessableContent }
        return response
    }

    @Sendable func newExchange(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.pathID()
        let (session, actor) = try editor(request, context, partnership: id)
        _ = try await services.partnerships.find(id, in: programmeID)
        return try await page(
            session, actor, partnership: id, title: context.localizer("exchanges.form.new"),
            action: SiteURL.newExchange(id).path, cancel: SiteURL.partnership(id).path,
            values: ["direction": "inbound"], checked: [], errors: [], programme: try context.programme,
            page: context.page(request))
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.pathID()
        let (session, actor) = try editor(request, context, partnership: id)
        let form = try await FormBody.read(request, context)
        do {
            let draft = try await ExchangesController.draft(
                ExchangeForm.input(form, partnership: id), services: services)
            let exchange = try await services.exchanges.create(draft, in: programmeID, by: ChangeAuthor(actor))
            return Redirect.to(SiteURL.exchange(exchange.id).path)
        } catch let error as DomainError {
            return try await page(
                session, actor, partnership: id, title: context.localizer("exchanges.form.new"),
                action: SiteURL.newExchange(id).path, cancel: SiteURL.partnership(id).path,
                values: ExchangeForm.values(form), checked: ExchangeForm.checked(form),
                errors: FormControls.issues(error, besides: "title", t: context.localizer),
                programme: try context.programme, page: context.page(request))
        }
    }

    @Sendable func edit(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.signedIn(request, to: programmeID)
        let exchange = try await services.exchanges.find(try context.pathID(), in: programmeID)
        let (session, actor) = try editor(request, context, partnership: exchange.draft.partnershipID)
        return try await page(
            session, actor, partnership: exchange.draft.partnershipID,
            title: context.localizer("exchanges.form.edit", ["title": exchange.draft.title]),
            action: SiteURL.editExchange(exchange.id).path, cancel: SiteURL.exchange(exchange.id).path,
            values: ExchangeForm.values(exchange), checked: ExchangeForm.checked(exchange), errors: [],
            programme: try context.programme, page: context.page(request))
    }

    @Sendable func update(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.signedIn(request, to: programmeID)
        let exchange = try await services.exchanges.find(try context.pathID(), in: programmeID)
        let partnership = exchange.draft.partnershipID
        let (session, actor) = try editor(request, context, partnership: partnership)
        let form = try await FormBody.read(request, context)
        do {
            let draft = try await ExchangesController.draft(
                ExchangeForm.input(form, partnership: partnership), services: services)
            _ = try await services.exchanges.update(exchange.id, with: draft, in: programmeID, by: ChangeAuthor(actor))
            return Redirect.to(SiteURL.exchange(exchange.id).path)
        } catch let error as DomainError {
            return try await page(
                session, actor, partnership: partnership,
                title: context.localizer("exchanges.form.edit", ["title": exchange.draft.title]),
                action: SiteURL.editExchange(exchange.id).path, cancel: SiteURL.exchange(exchange.id).path,
                values: ExchangeForm.values(form), checked: ExchangeForm.checked(form),
                errors: FormControls.issues(error, besides: "title", t: context.localizer),
                programme: try context.programme, page: context.page(request))
        }
    }

    @Sendable func confirmDelete(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.signedIn(request, to: programmeID)
        let exchange = try await services.exchanges.find(try context.pathID(), in: programmeID)
        let (session, actor) = try editor(request, context, partnership: exchange.draft.partnershipID)
        let programme = try context.programme
        let t = context.localizer
        return HTMLResponse.private(
            ConfirmPage.view(
                ConfirmPage.Model(
                    programmeName: programme.name, email: actor.user.email,
                    title: t("exchanges.deleteConfirm.title", ["title": exchange.draft.title]),
                    message: t("exchanges.deleteConfirm.message"),
                    action: SiteURL.deleteExchange(exchange.id).path,
                    confirmLabel: t("exchanges.deleteConfirm.confirm"),
                    cancelURL: SiteURL.exchange(exchange.id).path, csrfToken: session.csrfToken,
                    page: context.page(request))))
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.signedIn(request, to: programmeID)
        let exchange = try await services.exchanges.find(try context.pathID(), in: programmeID)
        let (_, actor) = try editor(request, context, partnership: exchange.draft.partnershipID)
        try await services.exchanges.delete(exchange.id, in: programmeID, by: ChangeAuthor(actor))
        return Redirect.to(SiteURL.partnership(exchange.draft.partnershipID).path)
    }
}
