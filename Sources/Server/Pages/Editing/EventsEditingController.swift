import Domain
import Foundation
import Hummingbird

/// The forms for events: create, change, delete after confirming.
struct EventsEditingController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .newEvent, use: newEvent)
        routes.on(.post, .newEvent, use: createEvent)
        routes.on(.get, .editEvent(UUID()), use: editEvent)
        routes.on(.post, .editEvent(UUID()), use: updateEvent)
        routes.on(.get, .deleteEvent(UUID()), use: confirmDelete)
        routes.on(.post, .deleteEvent(UUID()), use: delete)
    }

    private var programmeID: UUID { services.programmeID }

    private func page(
        _ session: Session, _ actor: Actor, programme: Programme, page: PageContext, title: String, action: String,
        cancel: String, values: [String: String], checked: Set<String>, errors: [FieldIssue]
    ) async throws -> Response {
        let partnerships = try await services.partnerships.all(in: programmeID)
        var cities = partnerships.map(\.partnerCity)
        if let home = partnerships.first?.homeCity { cities.insert(home, at: 0) }
        // Besides the site's languages, those of the partner cities the event belongs to.
        let partnerLanguages = partnerships.filter { checked.contains($0.id.uuidString) }.compactMap {
            Country.withCode($0.partnerCity.countryCode)?.primaryLanguage
        }
        var response = HTMLResponse.private(
            EventFormPage.view(
                EventFormPage.Model(
                    programmeName: programme.name, email: actor.user.email, csrfToken: session.csrfToken, title: title,
                    action: action, cancelURL: cancel,
                    cities: cities.map { ($0.id.uuidString, $0.name(in: page.t.language)) },
                    partnerships: partnerships.map {
                        ($0.id.uuidString, $0.pairName)
                    },
                    hosts: try await services.organisations.all(in: programmeID).map { ($0.id.uuidString, $0.name) },
                    values: values, checked: checked,
                    translationLanguages: TranslationFields.languages(
                        original: programme.language, values: values, also: partnerLanguages),
                    errors: errors, page: page)))
        if !errors.isEmpty { response.status = .unprocessableContent }
        return response
    }

    /// The form's draft, and the actor allowed to save it.
    private func draft(
        _ form: FormBody, _ context: AppRequestContext, t: Localizer
    ) async throws -> (EventDraft, Actor) {
        let (input, issues) = EventForm.input(form, t: t)
        let known = Set(try await services.partnerships.all(in: programmeID).map(\.id))
        let hosts = Set(try await services.organisations.all(in: programmeID).map(\.id))
        let draft = try InputIssues.merge(issues) { try input.draft(partnerships: known, organisations: hosts) }
        return (draft, try context.authorize(.editActivity(partnerships: Set(draft.partnershipIDs)), in: programmeID))
    }

    @Sendable func newEvent(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, _) = try context.signedIn(request, to: programmeID)
        let actor = try context.requireActor()
        guard actor.user.role >= .partnerEditor else {
            throw AuthError.forbidden("your role (\(actor.user.role.label)) may not add events")
        }
        let zone = try context.servedProgramme.zone.identifier
        let page = context.page(request)
        return try await self.page(
            session, actor, programme: try context.programme, page: page, title: page.t("edit.event.new"),
            action: SiteURL.newEvent.path,
            cancel: SiteURL.events.path,
            values: ["timeZone": zone], checked: ["isPublic"], errors: [])
    }

    @Sendable func createEvent(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, actor) = try context.signedIn(request, to: programmeID)
        let form = try await FormBody.read(request, context)
        let page = context.page(request)
        do {
            let (draft, editor) = try await draft(form, context, t: page.t)
            let event = try await services.events.create(draft, in: programmeID, by: ChangeAuthor(editor))
            return Redirect.to(SiteURL.event(event.id).path)
        } catch let error as DomainError {
            return try await self.page(
                session, actor, programme: try context.programme, page: page, title: page.t("edit.event.new"),
                action: SiteURL.newEvent.path,
                cancel: SiteURL.events.path, values: EventForm.values(form), checked: EventForm.checked(form),
                errors: FormControls.issues(error, besides: "title", t: page.t))
        }
    }

    @Sendable func editEvent(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, _) = try context.signedIn(request, to: programmeID)
        let event = try await services.events.find(try context.pathID(), in: programmeID)
        let actor = try context.authorize(.editActivity(partnerships: Set(event.draft.partnershipIDs)), in: programmeID)
        let page = context.page(request)
        return try await self.page(
            session, actor, programme: try context.programme, page: page,
            title: page.t("edit.event.edit", ["title": event.draft.title]),
            action: SiteURL.editEvent(event.id).path,
            cancel: SiteURL.event(event.id).path, values: EventForm.values(event), checked: EventForm.checked(event),
            errors: [])
    }

    @Sendable func updateEvent(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, _) = try context.signedIn(request, to: programmeID)
        let event = try await services.events.find(try context.pathID(), in: programmeID)
        let actor = try context.authorize(.editActivity(partnerships: Set(event.draft.partnershipIDs)), in: programmeID)
        let form = try await FormBody.read(request, context)
        let page = context.page(request)
        do {
            let (draft, editor) = try await draft(form, context, t: page.t)
            _ = try await services.events.update(event.id, with: draft, in: programmeID, by: ChangeAuthor(editor))
            return Redirect.to(SiteURL.event(event.id).path)
        } catch let error as DomainError {
            return try await self.page(
                session, actor, programme: try context.programme, page: page,
                title: page.t("edit.event.edit", ["title": event.draft.title]),
                action: SiteURL.editEvent(event.id).path, cancel: SiteURL.event(event.id).path,
                values: EventForm.values(form), checked: EventForm.checked(form),
                errors: FormControls.issues(error, besides: "title", t: page.t))
        }
    }

    @Sendable func confirmDelete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, _) = try context.signedIn(request, to: programmeID)
        let event = try await services.events.find(try context.pathID(), in: programmeID)
        let actor = try context.authorize(.editActivity(partnerships: Set(event.draft.partnershipIDs)), in: programmeID)
        let programme = try context.programme
        let page = context.page(request)
        let t = page.t
        return HTMLResponse.private(
            ConfirmPage.view(
                ConfirmPage.Model(
                    programmeName: programme.name, email: actor.user.email,
                    title: t("edit.event.delete.title", ["title": event.draft.title]),
                    message: t("edit.event.delete.message"), action: SiteURL.deleteEvent(event.id).path,
                    confirmLabel: t("edit.event.delete.confirm"), cancelURL: SiteURL.event(event.id).path,
                    csrfToken: session.csrfToken, page: page)))
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.signedIn(request, to: programmeID)
        let event = try await services.events.find(try context.pathID(), in: programmeID)
        let actor = try context.authorize(.editActivity(partnerships: Set(event.draft.partnershipIDs)), in: programmeID)
        try await services.events.delete(event.id, in: programmeID, by: ChangeAuthor(actor))
        return Redirect.to(SiteURL.events.path)
    }
}
