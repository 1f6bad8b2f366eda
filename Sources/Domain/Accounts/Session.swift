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
/// It works until it is revoked, its user changes their password, or it expires.
public struct APIToken: Sendable, Hashable, Identifiable {
    public var id: UUID
    public var userID: UUID
    public var name: String
    public var createdAt: Date
    public var lastUsedAt: Date?
    public var revokedAt: Date?
    /// When the token stops working; `nil` for a token created to last until revoked.
    public var expiresAt: Date?

    public init(
        id: UUID, userID: UUID, name: String, createdAt: Date, lastUsedAt: Date?, revokedAt: Date?,
        expiresAt: Date? = nil
    ) {
        self.id = id
        self.userID = userID
        self.name = name
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
        self.revokedAt = revokedAt
        self.expiresAt = expiresAt
    }

    public func hasExpired(at now: Date) -> Bool {
        expiresAt.map { now >= $0 } ?? false
    }
}

/// How long a new API token works: a number of days, or until it is revoked.
public enum TokenLifetime: Sendable, Hashable {
    case days(Int)
    case untilRevoked

    public static let standard = TokenLifetime.days(90)
    /// The longest a token can be given, in days (ten years).
    public static let maximumDays = 3_650

    /// The expiry of a token created at `date`.
    public func expiry(from date: Date) -> Date? {
        switch self {
        case .days(let days): date.addingTimeInterval(TimeInterval(days) * 86_400)
        case .untilRevoked: nil
        }
    }

    /// The lifetime as forms and scripts write it: a number of days, or "never".
    public var text: String {
        switch self {
        case .days(let days): String(days)
        case .untilRevoked: "never"
        }
    }

    /// A lifetime as forms and scripts write it: a number of days from 1 to `maximumDays`, or "never".
    public init(parsing text: String) throws {
        let text = text.trimmingCharacters(in: .whitespaces).lowercased()
        if text == "never" {
            self = .untilRevoked
        } else if let days = Int(text), (1...Self.maximumDays).contains(days) {
            self = .days(days)
        } else {
            throw DomainError.invalid([
                FieldIssue(field: "expires", rule: .expiryDays(max: Self.maximumDays))
            ])
        }
    }
}
