import Domain
import Foundation
import Hummingbird

/// The forms for events: create, change, delete after confirming.
struct EventsEditingController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .newEvent, use: newEvent)
        routes.on(.post, .newEvent, use: createEvent)
        routes.on(.get, SiteURL.editEvent, use: editEvent)
        routes.on(.post, SiteURL.editEvent, use: updateEvent)
        routes.on(.get, SiteURL.deleteEvent, use: confirmDelete)
        routes.on(.post, SiteURL.deleteEvent, use: delete)
    }

    private var programmeID: UUID { services.programmeID }

    private func page(
        _ editor: Editor, _ event: Event?, values: [String: String], checked: Set<String>, errors: [FieldIssue] = [],
        context: AppRequestContext
    ) async throws -> Response {
        let t = editor.t
        let form = FormState(
            title: event.map { t("edit.event.edit", ["title": $0.draft.title]) } ?? t("edit.event.new"),
            action: event.map { SiteURL.editEvent($0.id).path } ?? SiteURL.newEvent.path,
            cancelURL: event.map { SiteURL.event($0.id).path } ?? SiteURL.events.path, values: values, errors: errors)
        let partnerships = try await services.partnerships.all(in: programmeID)
        var cities = partnerships.map(\.partnerCity)
        if let home = partnerships.first?.homeCity { cities.insert(home, at: 0) }
        // Besides the site's languages, those of the partner cities the event belongs to.
        let partnerLanguages = partnerships.filter { checked.contains($0.id.uuidString) }.compactMap {
            Country.withCode($0.partnerCity.countryCode)?.primaryLanguage
        }
        let model = EventFormPage.Model(
            editor: editor, form: form, cities: cities.map { ($0.id.uuidString, $0.name(in: t.language)) },
            partnerships: partnerships.map { ($0.id.uuidString, $0.pairName) },
            hosts: try await services.organisations.all(in: programmeID).map { ($0.id.uuidString, $0.name) },
            checked: checked,
            translationLanguages: TranslationFields.languages(
                original: try context.programme.language, values: values, also: partnerLanguages))
        return editor.respond(EventFormPage.view(model), form: form)
    }

    /// The form's draft, once the editor is found allowed to save it.
    private func draft(_ form: FormBody, _ context: AppRequestContext, t: Localizer) async throws -> EventDraft {
        let (input, issues) = EventForm.input(form, t: t)
        let known = Set(try await services.partnerships.all(in: programmeID).map(\.id))
        let hosts = Set(try await services.organisations.all(in: programmeID).map(\.id))
        let draft = try InputIssues.merge(issues) { try input.draft(partnerships: known, organisations: hosts) }
        try context.authorize(.editActivity(partnerships: Set(draft.partnershipIDs)), in: programmeID)
        return draft
    }

    /// The event at the path and its editor: the public are sent to sign in before it is looked up, then only
    /// those who may edit its partnerships' activities get on.
    private func editable(_ request: Request, _ context: AppRequestContext) async throws -> (Editor, Event) {
        let editor = try context.editor(request, may: nil)
        let event = try await services.events.find(try context.pathID(), in: programmeID)
        try context.authorize(.editActivity(partnerships: Set(event.draft.partnershipIDs)), in: programmeID)
        return (editor, event)
    }

    @Sendable func newEvent(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: nil)
        guard editor.actor.user.role >= .partnerEditor else {
            throw AuthError.forbidden("your role (\(editor.actor.user.role.label)) may not add events")
        }
        // The home city's zone to start from; none when the programme has no home city (UTC would be a guess).
        let zone = try context.servedProgramme.homeZone?.identifier ?? ""
        return try await page(editor, nil, values: ["timeZone": zone], checked: ["isPublic"], context: context)
    }

    @Sendable func createEvent(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: nil)
        return try await editor.submit(request, context: context, besides: "title") { form in
            let event = try await services.events.create(
                try await draft(form, context, t: editor.t), in: programmeID, by: editor.author)
            return SiteURL.event(event.id).path
        } invalid: { form, errors in
            try await page(
                editor, nil, values: EventForm.values(form), checked: EventForm.checked(form), errors: errors,
                context: context)
        }
    }

    @Sendable func editEvent(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (editor, event) = try await editable(request, context)
        return try await page(
            editor, event, values: EventForm.values(event), checked: EventForm.checked(event), context: context)
    }

    @Sendable func updateEvent(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (editor, event) = try await editable(request, context)
        return try await editor.submit(request, context: context, besides: "title") { form in
            _ = try await services.events.update(
                event.id, with: try await draft(form, context, t: editor.t), in: programmeID, by: editor.author)
            return SiteURL.event(event.id).path
        } invalid: { form, errors in
            try await page(
                editor, event, values: EventForm.values(form), checked: EventForm.checked(form), errors: errors,
                context: context)
        }
    }

    @Sendable func confirmDelete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (editor, event) = try await editable(request, context)
        let t = editor.t
        return editor.confirm(
            title: t("edit.event.delete.title", ["title": event.draft.title]),
            message: t("edit.event.delete.message"), action: SiteURL.deleteEvent(event.id).path,
            confirmLabel: t("edit.event.delete.confirm"), cancelURL: SiteURL.event(event.id).path)
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (editor, event) = try await editable(request, context)
        try await services.events.delete(event.id, in: programmeID, by: editor.author)
        return context.redirect(to: SiteURL.events.path, saying: .deleted)
    }
}
