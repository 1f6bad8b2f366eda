import Foundation

/// An email on its way out. Every message is recorded before it is sent, so none is lost or skipped silently.
public struct OutboxMessage: Sendable, Hashable, Identifiable {
    public enum State: String, Sendable, CaseIterable {
        /// Waiting for its next attempt.
        case pending
        case sent
        /// Given up after ``OutboxMessage/maxAttempts`` attempts.
        case failed
    }

    public static let maxAttempts = 5

    public var id: UUID
    public var to: String
    public var subject: String
    public var body: String
    public var state: State
    public var attempts: Int
    public var lastError: String?
    public var createdAt: Date
    public var sentAt: Date?

    public init(
        id: UUID, to: String, subject: String, body: String, state: State = .pending, attempts: Int = 0,
        lastError: String? = nil, createdAt: Date, sentAt: Date? = nil
    ) {
        self.id = id
        self.to = to
        self.subject = subject
        self.body = body
        self.state = state
        self.attempts = attempts
        self.lastError = lastError
        self.createdAt = createdAt
        self.sentAt = sentAt
    }
}

/// Delivers one message (SMTP, a folder in development and tests).
public protocol Mailer: Sendable {
    func deliver(_ message: OutboxMessage, from sender: String) async throws
}

/// The queued mail of every programme; each server reads and sends its own programme's.
public protocol OutboxRepository: Sendable {
    /// Messages of `programme` (of every programme when nil) due for an attempt, oldest first.
    func due(now: Date, limit: Int, in programme: UUID?) async throws -> [OutboxMessage]
    /// Takes a due message for one attempt: until `leaseEnd` no other server attempts it. False when another
    /// server took it first. A server that dies mid-attempt leaves the lease to run out and the message is tried
    /// again, so a message can be sent twice but is never lost.
    func claim(_ id: UUID, now: Date, leaseEnd: Date) async throws -> Bool
    func markSent(_ id: UUID, at: Date) async throws
    /// Records the failure; the message is retried later, or marked failed after the last attempt.
    func markFailed(_ id: UUID, error: String, at: Date) async throws
    /// The newest messages of `programme` (of every programme when nil), for the staff page and tests.
    func recent(limit: Int, in programme: UUID?) async throws -> [OutboxMessage]
}
