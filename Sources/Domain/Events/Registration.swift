import Foundation

/// A person's place at an event, or their place in the queue for one.
public struct Registration: Sendable, Hashable, Identifiable {
    public enum Status: String, Sendable, CaseIterable {
        case confirmed, waitlisted, cancelled
    }

    public var id: UUID
    public var eventID: UUID
    public var name: String
    public var email: String
    public var status: Status
    /// For a waitlisted registration: 1 for the first in line.
    public var waitlistPosition: Int?
    public var attended: Bool
    public var createdAt: Date
    /// The language the person registered in (a BCP 47 tag): their emails are written in it.
    public var language: String?

    public init(
        id: UUID, eventID: UUID, name: String, email: String, status: Status, waitlistPosition: Int? = nil,
        attended: Bool = false, createdAt: Date, language: String? = nil
    ) {
        self.id = id
        self.eventID = eventID
        self.name = name
        self.email = email
        self.status = status
        self.waitlistPosition = waitlistPosition
        self.attended = attended
        self.createdAt = createdAt
        self.language = language
    }
}

/// What someone types to register.
public struct RegistrationDraft: Sendable, Hashable {
    public var name: String
    public var email: String
    /// The language the form or the request was in; see ``Registration/language``.
    public var language: String?

    public init(name: String, email: String, language: String? = nil) {
        self.name = name
        self.email = email
        self.language = language
    }

    public func validated() throws(DomainError) -> RegistrationDraft {
        let draft = RegistrationDraft(
            name: name.trimmingWhitespace, email: email.trimmingWhitespace.lowercased(),
            language: language.flatMap { LanguageTag.isValid($0) ? $0 : nil })
        var v = Validator()
        v.requireText(draft.name, field: "name", maxLength: 200)
        // A name is written into the confirmation email.
        v.checkOneLine(draft.name, field: "name")
        v.requireText(draft.email, field: "email", maxLength: 254)
        if !draft.email.isEmpty, !PersonDraft.looksLikeEmail(draft.email) {
            v.add("email", .email)
        }
        try v.check()
        return draft
    }
}

/// An email to queue: who to, what about, what it says.
public struct MailDraft: Sendable, Hashable {
    public var to: String
    public var subject: String
    public var body: String

    public init(to: String, subject: String, body: String) {
        self.to = to
        self.subject = subject
        self.body = body
    }
}

public protocol RegistrationRepository: Sendable {
    /// Confirms the registration while places are left, waitlists it once the event is full; under concurrent
    /// registrations no event is overbooked. Throws ``DomainError/conflict(_:)`` when the event takes no
    /// registrations, is over, or the address is already registered. `message` is queued in the outbox in the
    /// same transaction. `cancelHash` is the hash of the secret in the cancellation link.
    func register(
        _ draft: RegistrationDraft, for event: UUID, in programme: UUID, cancelHash: String, now: Date,
        message: @escaping @Sendable (Registration, Event) -> MailDraft
    ) async throws -> Registration
    /// Every registration of an event: confirmed first, then the waitlist in order, then cancelled ones.
    func list(event: UUID, in programme: UUID) async throws -> [Registration]
    func find(_ id: UUID, in programme: UUID) async throws -> Registration
    /// The registration whose cancellation secret hashes to `cancelHash`.
    func find(cancelHash: String) async throws -> Registration
    /// Cancels; if it held a place, the first on the waitlist takes it and `promoted` is queued for them.
    func cancel(
        _ id: UUID, in programme: UUID, promoted: @escaping @Sendable (Registration, Event) -> MailDraft) async throws
    func setAttended(_ id: UUID, _ attended: Bool, in programme: UUID) async throws -> Registration
}

/// Why a registration is refused although its fields are fine: a 409 for the API, in the reader's language on
/// the registration form.
public enum RegistrationRefusal: Sendable, Equatable, Error {
    case takesNoRegistrations
    case isOver
    case alreadyRegistered(email: String)

    /// In English, as the API reports it.
    public var message: String {
        switch self {
        case .takesNoRegistrations: "this event takes no registrations"
        case .isOver: "this event is over"
        case .alreadyRegistered(let email): "\(email) is already registered for this event"
        }
    }

    /// The conflict it is, for reporting.
    public static func conflictOf(_ refusal: RegistrationRefusal) -> DomainError { .conflict(refusal.message) }
}
