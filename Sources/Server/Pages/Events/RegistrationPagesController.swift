import Domain
import Foundation
import Hummingbird

/// Registering from an event's page, cancelling from the email's link, and the organisers' list.
struct RegistrationPagesController {
    let services: Services
    let address: PublicAddress
    let clientAddress: ClientAddress

    func register(on routes: inout RouteRegistrar) {
        routes.on(.post, SiteURL.register, use: registerFromPage)
        routes.on(.get, .cancelRegistration, use: confirmCancel)
        routes.on(.post, .cancelRegistration, use: cancel)
        routes.on(.get, SiteURL.eventRegistrations, use: organisers)
        routes.on(.post, SiteURL.eventRegistrations, use: saveAttendance)
        routes.on(.get, SiteURL.staffCancelRegistration, use: staffConfirmCancel)
        routes.on(.post, SiteURL.staffCancelRegistration, use: staffCancel)
    }

    private var programmeID: UUID { services.programmeID }

    private func notice(
        _ request: Request, _ context: AppRequestContext, title: String, paragraphs: [String],
        link: (label: String, url: String), confirm: (action: String, fields: [(String, String)], label: String)? = nil
    ) throws -> Response {
        HTMLResponse.private(
            NoticePage.view(
                NoticePage.Model(
                    programmeName: try context.programme.name, signedInAs: context.identity.actor?.user.email,
                    title: title, paragraphs: paragraphs, link: link, confirm: confirm, page: context.page(request))))
    }

    @Sendable func registerFromPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let event = try await services.events.find(try context.pathID(), in: programmeID)
        let form = try await FormBody.read(request, context)
        let values = ["name": form.value("name") ?? "", "email": form.value("email") ?? ""]
        let pages = EventsPagesController(services: services)
        let t = context.localizer
        let title = context.page(request).title(of: event).text
        do {
            guard event.draft.isPublic || context.identity.actor?.may(.readInternal, in: programmeID) == true else {
                throw DomainError.notFound(entity: "event", id: event.id)
            }
            let registration = try await RegistrationsController.register(
                RegistrationDraft(name: values["name"]!, email: values["email"]!), for: event.id, services: services,
                base: address.base, from: clientAddress.of(request, context), context: context)
            let waitlisted = registration.status == .waitlisted
            return try notice(
                request, context,
                title: waitlisted ? t("registration.done.waitlisted") : t("registration.done.registered"),
                paragraphs: [
                    waitlisted
                        ? t(
                            "registration.done.waitlistPosition",
                            ["event": title, "position": t.number(registration.waitlistPosition ?? 1)])
                        : t("registration.done.confirmed", ["event": title]),
                    t("registration.done.emailSent", ["email": registration.email]),
                ], link: (t("registration.done.back"), SiteURL.event(event.id).path))
        } catch DomainError.invalid(let issues) {
            return try await pages.page(
                event, request, context: context, values: values,
                errors: issues.map { FieldIssue(field: $0.field, message: t.issue($0)) })
        } catch let refusal as RegistrationRefusal {
            return try await pages.page(
                event, request, context: context, values: values,
                errors: [FieldIssue(field: "email", message: Self.worded(refusal, t))])
        } catch AuthError.throttled(let seconds) {
            var response = try await pages.page(
                event, request, context: context, values: values,
                errors: [
                    FieldIssue(
                        field: "email", message: t("registration.issue.throttled", ["wait": t.waitTime(seconds)]))
                ])
            response.status = .tooManyRequests
            response.headers[.retryAfter] = String(seconds)
            return response
        }
    }

    /// Why a registration was refused, in the reader's language.
    static func worded(_ refusal: RegistrationRefusal, _ t: Localizer) -> String {
        switch refusal {
        case .takesNoRegistrations: t("registration.issue.closed")
        case .isOver: t("registration.issue.over")
        case .alreadyRegistered(let email): t("registration.issue.already", ["email": email])
        }
    }

    private func registration(for token: String?) async throws -> (Registration, Event)? {
        guard let token, !token.isEmpty,
            let registration = try? await services.registrations.find(cancelHash: Secrets.hash(token))
        else { return nil }
        return (registration, try await services.events.find(registration.eventID, in: programmeID))
    }

    @Sendable func confirmCancel(_ request: Request, context: AppRequestContext) async throws -> Response {
        let token = QueryReader(request).string("token")
        guard let (registration, event) = try await registration(for: token) else {
            throw DomainError.notFound(
                entity: "registration", id: UUID(uuidString: "00000000-0000-0000-0000-000000000000")!)
        }
        let t = context.localizer
        let title = context.page(request).title(of: event).text
        if registration.status == .cancelled {
            return try notice(
                request, context, title: t("registration.cancel.alreadyTitle"),
                paragraphs: [t("registration.cancel.already", ["event": title])],
                link: (t("registration.cancel.event"), SiteURL.event(event.id).path))
        }
        var fields = [("token", token ?? "")]
        if let session = context.identity.session { fields.append((AuthMiddleware.csrfField, session.csrfToken)) }
        let values = [
            "name": registration.name, "event": title,
            "when": t.eventSchedule(event.draft.schedule, zone: event.draft.zone),
        ]
        return try notice(
            request, context, title: t("registration.cancel.title"),
            paragraphs: [
                registration.status == .confirmed
                    ? t("registration.cancel.confirmed", values) : t("registration.cancel.waitlisted", values)
            ], link: (t("registration.cancel.keep"), SiteURL.event(event.id).path),
            confirm: (SiteURL.cancelRegistration.path, fields, t("registration.cancel.submit")))
    }

    @Sendable func cancel(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await FormBody.read(request, context)
        guard let (registration, event) = try await registration(for: form.value("token")) else {
            throw DomainError.notFound(
                entity: "registration", id: UUID(uuidString: "00000000-0000-0000-0000-000000000000")!)
        }
        try await RegistrationsController.cancel(
            registration.id, programme: try context.programme.name, services: services)
        let t = context.localizer
        let title = context.page(request).title(of: event).text
        return try notice(
            request, context, title: t("registration.cancel.doneTitle"),
            paragraphs: [t("registration.cancel.done", ["event": title])],
            link: (t("registration.cancel.event"), SiteURL.event(event.id).path))
    }

    // MARK: Organisers

    private func editor(_ request: Request, _ context: AppRequestContext, event: Event) throws -> (Session, Actor) {
        let (session, _) = try context.signedIn(request, to: programmeID)
        return (
            session,
            try context.authorize(.editActivity(partnerships: Set(event.draft.partnershipIDs)), in: programmeID)
        )
    }

    @Sendable func organisers(_ request: Request, context: AppRequestContext) async throws -> Response {
        let event = try await services.events.find(try context.pathID(), in: programmeID)
        let (session, actor) = try editor(request, context, event: event)
        let registrations = try await services.registrations.list(event: event.id, in: programmeID)
        let programme = try context.programme
        return HTMLResponse.private(
            RegistrationsPage.view(
                RegistrationsPage.Model(
                    programmeName: programme.name, email: actor.user.email, csrfToken: session.csrfToken,
                    eventID: event.id, title: event.draft.title, capacity: event.draft.capacity,
                    registrations: registrations, page: context.page(request))))
    }

    @Sendable func saveAttendance(_ request: Request, context: AppRequestContext) async throws -> Response {
        let event = try await services.events.find(try context.pathID(), in: programmeID)
        _ = try editor(request, context, event: event)
        let attended = Set(try await FormBody.read(request, context).values("attended"))
        for registration in try await services.registrations.list(event: event.id, in: programmeID)
        where registration.status == .confirmed
            && registration.attended != attended.contains(registration.id.uuidString)
        {
            _ = try await services.registrations.setAttended(
                registration.id, attended.contains(registration.id.uuidString), in: programmeID)
        }
        return Redirect.to(SiteURL.eventRegistrations(event.id).path)
    }

    @Sendable func staffConfirmCancel(_ request: Request, context: AppRequestContext) async throws -> Response {
        let registration = try await services.registrations.find(try context.pathID(), in: programmeID)
        let event = try await services.events.find(registration.eventID, in: programmeID)
        let editor = try context.editor(request, may: .editActivity(partnerships: Set(event.draft.partnershipIDs)))
        let t = editor.t
        return editor.confirm(
            title: t("registration.list.cancelConfirm.title", ["name": registration.name]),
            message: registration.status == .confirmed
                ? t("registration.list.cancelConfirm.confirmedMessage")
                : t("registration.list.cancelConfirm.waitlistedMessage"),
            action: SiteURL.staffCancelRegistration(registration.id).path,
            confirmLabel: t("registration.list.cancelConfirm.confirm"),
            cancelURL: SiteURL.eventRegistrations(event.id).path)
    }

    @Sendable func staffCancel(_ request: Request, context: AppRequestContext) async throws -> Response {
        let registration = try await services.registrations.find(try context.pathID(), in: programmeID)
        let event = try await services.events.find(registration.eventID, in: programmeID)
        _ = try editor(request, context, event: event)
        try await RegistrationsController.cancel(
            registration.id, programme: try context.programme.name, services: services)
        return Redirect.to(SiteURL.eventRegistrations(event.id).path)
    }
}
