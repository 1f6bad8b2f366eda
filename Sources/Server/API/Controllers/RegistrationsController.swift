import Domain
import Foundation
import Hummingbird

/// Registering for an event (public), and the organisers' view of who registered.
struct RegistrationsController {
    let services: Services
    let address: PublicAddress
    let clientAddress: ClientAddress

    func register(on routes: inout RouteRegistrar) {
        routes.on(.post, SiteURL.apiEventRegistrations, use: create)
        routes.on(.get, SiteURL.apiEventRegistrations, use: list)
        routes.on(.put, SiteURL.apiRegistrationAttendance, use: attendance)
        routes.on(.delete, SiteURL.apiRegistration, use: cancel)
    }

    private var programmeID: UUID { services.programmeID }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let event = try await services.events.find(try context.pathID(), in: programmeID)
        guard event.draft.isPublic || context.identity.actor?.may(.readInternal, in: programmeID) == true else {
            throw DomainError.notFound(entity: "event", id: event.id)
        }
        let input = try await JSONRequest.decode(RegistrationInput.self, from: request, context: context)
        var issues: [FieldIssue] = []
        if input.name == nil { issues.append(FieldIssue(field: "name", rule: .missing)) }
        if input.email == nil { issues.append(FieldIssue(field: "email", rule: .missing)) }
        if !issues.isEmpty { throw DomainError.invalid(issues) }
        let registration = try await Self.register(
            RegistrationDraft(name: input.name ?? "", email: input.email ?? ""), for: event.id, services: services,
            base: address.base, from: clientAddress.of(request, context), context: context)
        return try JSONResponse.make(
            RegistrationReceiptDTO(
                id: registration.id.lowercasedString, status: registration.status.rawValue,
                waitlistPosition: registration.waitlistPosition), status: .created)
    }

    /// Registers, queueing the email with the cancellation link, whose secret only the person receives.
    /// Anonymous registrations are counted against their address and the event first (``RegistrationLimits``);
    /// a valid draft only is counted, so that a typo does not use up a visitor's tries.
    static func register(
        _ draft: RegistrationDraft, for event: UUID, services: Services, base: String, from client: String?,
        context: AppRequestContext
    ) async throws -> Registration {
        var draft = draft
        // The person's emails are written in the language they registered in.
        if draft.language == nil, !context.localizer.isPseudo { draft.language = context.localizer.language }
        _ = try draft.validated()
        if context.identity.actor?.may(.readInternal, in: services.programmeID) != true {
            try await services.registrationThrottle.admit(event: event, address: client, logger: context.logger)
        }
        let programme = try context.programme.name
        let secret = Secrets.random()
        let cancelURL = base + SiteURL.cancelRegistration.path(query: [("token", secret)])
        return try await services.registrations.register(
            draft, for: event, in: services.programmeID, cancelHash: Secrets.hash(secret), now: context.now
        ) { registration, event in
            RegistrationMail.confirmation(registration, event, programme: programme, cancelURL: cancelURL)
        }
    }

    /// The organisers' list: the event's editors only, since it holds names and addresses.
    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let event = try await services.events.find(try context.pathID(), in: programmeID)
        try context.authorize(.editActivity(partnerships: Set(event.draft.partnershipIDs)), in: programmeID)
        let registrations = try await services.registrations.list(event: event.id, in: programmeID)
        return try JSONResponse.make(["items": registrations.map(RegistrationDTO.init)])
    }

    @Sendable func attendance(_ request: Request, context: AppRequestContext) async throws -> Response {
        let registration = try await editable(try context.pathID(), context)
        let input = try await JSONRequest.decode(AttendanceInput.self, from: request, context: context)
        guard let attended = input.attended else {
            throw DomainError.invalid([FieldIssue(field: "attended", rule: .missing)])
        }
        return try JSONResponse.make(
            RegistrationDTO(try await services.registrations.setAttended(registration.id, attended, in: programmeID)))
    }

    @Sendable func cancel(_ request: Request, context: AppRequestContext) async throws -> Response {
        let registration = try await editable(try context.pathID(), context)
        try await Self.cancel(registration.id, programme: try context.programme.name, services: services)
        return Response(status: .noContent)
    }

    /// Cancels the registration; whoever it frees a place for hears so from `programme` (its name).
    static func cancel(_ id: UUID, programme: String, services: Services) async throws {
        try await services.registrations.cancel(id, in: services.programmeID) { registration, event in
            RegistrationMail.promoted(registration, event, programme: programme)
        }
    }

    /// The registration, if the actor may edit its event.
    private func editable(_ id: UUID, _ context: AppRequestContext) async throws -> Registration {
        try context.requireActor()
        let registration = try await services.registrations.find(id, in: programmeID)
        let event = try await services.events.find(registration.eventID, in: programmeID)
        try context.authorize(.editActivity(partnerships: Set(event.draft.partnershipIDs)), in: programmeID)
        return registration
    }
}
