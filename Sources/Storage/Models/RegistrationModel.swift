import Domain
import FluentKit
import Foundation

final class RegistrationModel: Model, @unchecked Sendable {
    static let schema = "event_registrations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: ProgrammeModel
    @Parent(key: "event_id") var event: EventModel
    @Field(key: "name") var name: String
    @Field(key: "email") var email: String
    @Field(key: "status") var status: String
    /// SHA-256 of the cancellation link's secret.
    @Field(key: "cancel_hash") var cancelHash: String
    @Field(key: "attended") var attended: Bool
    /// When the registration was made: the waitlist's order.
    @Field(key: "registered_at") var registeredAt: Date
    @OptionalField(key: "language") var language: String?

    init() {}

    func toDomain(position: Int? = nil) throws -> Registration {
        Registration(
            id: try requireID(), eventID: $event.id, name: name, email: email,
            status: try StoredValue.decode(Registration.Status.self, status), waitlistPosition: position,
            attended: attended, createdAt: registeredAt, language: language)
    }
}

final class OutboxModel: Model, @unchecked Sendable {
    static let schema = "outbox_messages"

    @ID(key: .id) var id: UUID?
    @OptionalField(key: "programme_id") var programmeID: UUID?
    @Field(key: "recipient") var recipient: String
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    @Field(key: "state") var state: String
    @Field(key: "attempts") var attempts: Int
    @OptionalField(key: "last_error") var lastError: String?
    @Field(key: "next_attempt_at") var nextAttemptAt: Date
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "sent_at") var sentAt: Date?

    init() {}

    init(_ draft: MailDraft, programmeID: UUID?, now: Date) {
        self.programmeID = programmeID
        recipient = draft.to
        subject = draft.subject
        body = draft.body
        state = OutboxMessage.State.pending.rawValue
        attempts = 0
        nextAttemptAt = now
        createdAt = now
    }

    func toDomain() throws -> OutboxMessage {
        OutboxMessage(
            id: try requireID(), to: recipient, subject: subject, body: body,
            state: try StoredValue.decode(OutboxMessage.State.self, state), attempts: attempts, lastError: lastError,
            createdAt: createdAt, sentAt: sentAt)
    }
}
