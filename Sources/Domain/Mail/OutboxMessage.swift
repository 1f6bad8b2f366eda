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

public protocol OutboxRepository: Sendable {
    /// Messages due for an attempt, oldest first.
    func due(now: Date, limit: Int) async throws -> [OutboxMessage]
    func markSent(_ id: UUID, at: Date) async throws
    /// Records the failure; the message is retried later, or marked failed after the last attempt.
    func markFailed(_ id: UUID, error: String, at: Date) async throws
    /// The newest messages, for the staff page and tests.
    func recent(limit: Int) async throws -> [OutboxMessage]
}
