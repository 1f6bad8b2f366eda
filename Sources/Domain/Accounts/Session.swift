import Foundation

/// A signed-in browser. The cookie holds a random id; the store keeps only its hash.
public struct Session: Sendable, Hashable, Identifiable {
    public var id: UUID
    public var userID: UUID
    /// Sent back in every state-changing form or `X-CSRF-Token` header.
    public var csrfToken: String
    public var createdAt: Date
    public var lastSeenAt: Date

    public init(id: UUID, userID: UUID, csrfToken: String, createdAt: Date, lastSeenAt: Date) {
        self.id = id
        self.userID = userID
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
    }
}

/// How long sessions live.
public struct SessionPolicy: Sendable {
    /// A session unused this long has ended.
    public var idleTimeout: TimeInterval
    /// A session this old has ended, however busy.
    public var absoluteTimeout: TimeInterval

    public init(idleTimeout: TimeInterval = 30 * 60, absoluteTimeout: TimeInterval = 12 * 60 * 60) {
        self.idleTimeout = idleTimeout
        self.absoluteTimeout = absoluteTimeout
    }

    public func isLive(_ session: Session, at now: Date) -> Bool {
        now.timeIntervalSince(session.lastSeenAt) < idleTimeout
            && now.timeIntervalSince(session.createdAt) < absoluteTimeout
    }
}

/// A named credential for scripts, limited to its user's role. The secret is shown once and stored hashed.
public struct APIToken: Sendable, Hashable, Identifiable {
    public var id: UUID
    public var userID: UUID
    public var name: String
    public var createdAt: Date
    public var lastUsedAt: Date?
    public var revokedAt: Date?

    public init(id: UUID, userID: UUID, name: String, createdAt: Date, lastUsedAt: Date?, revokedAt: Date?) {
        self.id = id
        self.userID = userID
        self.name = name
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
        self.revokedAt = revokedAt
    }
}
