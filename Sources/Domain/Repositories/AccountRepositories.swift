import Foundation

/// People who sign in, with their password hashes.
public protocol UserRepository: Sendable {
    /// Throws ``DomainError/conflict(_:)`` when the email is taken.
    func create(_ draft: UserDraft, passwordHash: String, in programme: UUID) async throws -> User
    func find(_ id: UUID) async throws -> User
    /// The user with this email (any case) and their password hash.
    func find(email: String) async throws -> (user: User, passwordHash: String)?
    /// Users of one programme, or of every programme, by email.
    func list(in programme: UUID?) async throws -> [User]
    func setRole(_ id: UUID, role: Role, partnershipScope: Set<UUID>) async throws -> User
    func setDisabled(_ id: UUID, _ disabled: Bool) async throws -> User
    func setPasswordHash(_ id: UUID, _ hash: String) async throws
    /// The user's own language (a BCP 47 tag), or nil for their browser's; 422 for what is not a tag.
    func setLanguage(_ id: UUID, _ language: String?) async throws -> User
}

/// Server-side sessions, found by the hash of the cookie's secret.
public protocol SessionRepository: Sendable {
    func create(userID: UUID, secretHash: String, csrfToken: String, at: Date) async throws -> Session
    func find(secretHash: String) async throws -> Session?
    func touch(_ id: UUID, at: Date) async throws
    func delete(_ id: UUID) async throws
    /// Ends every session of a user (on disable or password change).
    func deleteAll(userID: UUID) async throws
}

/// API tokens, found by the hash of their secret.
public protocol APITokenRepository: Sendable {
    func create(userID: UUID, name: String, secretHash: String, at: Date, expiresAt: Date?) async throws -> APIToken
    /// A token that has not been revoked.
    func findActive(secretHash: String) async throws -> APIToken?
    func list(userID: UUID) async throws -> [APIToken]
    /// Revokes a token of `userID` (any user's when nil). Throws ``DomainError/notFound(entity:id:)``.
    func revoke(_ id: UUID, of userID: UUID?, at: Date) async throws
    /// Revokes every active token of a user (on a password change); answers how many.
    func revokeAll(userID: UUID, at: Date) async throws -> Int
    func markUsed(_ id: UUID, at: Date) async throws
}

/// Attempts that are limited per key (password checks per account and per address, anonymous registrations per
/// address and per event), kept briefly so that the limits hold across every server of an install.
public protocol AttemptRepository: Sendable {
    /// Counts one attempt for every key before the attempt is made, atomically across every server: when a key
    /// already has `limit` attempts since `since`, nothing is counted and the answer says when the oldest of
    /// them leaves the window. Also forgets the keys' attempts older than `since`. Keys name their kind
    /// ("account:…", "address:…", "registration-event:…").
    func reserve(keys: [String], at date: Date, since: Date, limit: Int) async throws -> AttemptReservation
    /// Forgets the attempts of a reservation that is not to count (a password that was right).
    func forget(_ ids: [UUID]) async throws
}

/// The answer of ``AttemptRepository/reserve(keys:at:since:limit:)``.
public enum AttemptReservation: Sendable, Equatable {
    /// The check may be made; these are the counted attempts.
    case granted([UUID])
    /// A key is at its limit; the oldest counted check for it was at `oldest`.
    case refused(oldest: Date)

    /// For a refusal: whole seconds (at least 1) from `now` until the oldest counted check leaves a window of
    /// `window` seconds, for `Retry-After`; nil when granted.
    public func retryAfter(window: TimeInterval, now: Date) -> Int? {
        guard case .refused(let oldest) = self else { return nil }
        return max(1, Int(oldest.addingTimeInterval(window).timeIntervalSince(now).rounded(.up)))
    }
}
