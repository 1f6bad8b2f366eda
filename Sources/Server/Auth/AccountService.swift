import Domain
import Foundation
import Logging

/// Sign-in, sessions and API tokens: the rules around the account repositories.
struct AccountService: Sendable {
    let users: any UserRepository
    let sessions: any SessionRepository
    let tokens: any APITokenRepository
    let attempts: any AttemptRepository
    let hasher: PasswordHasher
    let policy: PasswordPolicy
    let sessionPolicy: SessionPolicy
    /// More password checks than this for one account or one address within `throttleWindow` answer 429.
    var maxFailures = 5
    var throttleWindow: TimeInterval = 60
    var clock: WallClock

    /// Prefix of every API token, so that leaked tokens are easy to search for.
    static let tokenPrefix = "sct_"

    // MARK: Users

    func createUser(_ draft: UserDraft, password: String, in programme: UUID) async throws -> User {
        let draft = try draft.validated()
        try policy.check(password, email: draft.email)
        return try await users.create(draft, passwordHash: try await hasher.hash(password), in: programme)
    }

    /// Disables the account and ends its sessions at once.
    func disable(_ id: UUID) async throws -> User {
        let user = try await users.setDisabled(id, true)
        try await sessions.deleteAll(userID: id)
        return user
    }

    /// Checks the current password, sets the new one, and ends every session and revokes every API token of
    /// the user: whoever knew the old password may have made either.
    ///
    /// The check of the current password is throttled as sign-in is, under the same account and address keys: a
    /// stolen session cannot be used to guess the password faster than the sign-in form allows.
    func changePassword(of user: User, current: String, new: String, address: String?, logger: Logger) async throws {
        let attempt = try await reserveCheck(email: user.email, address: address, logger: logger)
        guard let stored = try await users.find(email: user.email),
            try await hasher.verify(current, against: stored.passwordHash)
        else {
            logger.notice("password change: wrong current password", metadata: ["user": "\(user.id)"])
            throw DomainError.invalid([FieldIssue(field: "current", rule: .currentPassword)])
        }
        try await attempts.forget(attempt)
        try policy.check(new, email: user.email, field: "new")
        try await users.setPasswordHash(user.id, try await hasher.hash(new))
        try await sessions.deleteAll(userID: user.id)
        let revoked = try await tokens.revokeAll(userID: user.id, at: clock.now())
        if revoked > 0 { logger.notice("password change revoked API tokens", metadata: ["count": "\(revoked)"]) }
    }

    // MARK: Sign-in

    /// The user with this email and password, unless guessing is being throttled.
    ///
    /// Throws ``AuthError/throttled(retryAfter:)`` or ``AuthError/unauthenticated``; the message never says
    /// whether the email exists.
    func authenticate(email: String, password: String, address: String?, logger: Logger) async throws -> User {
        let attempt = try await reserveCheck(email: email, address: address, logger: logger)
        let found = try await users.find(email: email)
        let verified = try await hasher.verify(password, against: found?.passwordHash ?? PasswordHasher.decoy)
        guard let found, verified, !found.user.isDisabled else {
            logger.notice(
                "sign-in failed",
                metadata: [
                    "email": "\(email.trimmingWhitespace.lowercased())", "address": "\(address ?? "unknown")",
                    "reason":
                        "\(found == nil ? "unknown account" : found!.user.isDisabled ? "disabled" : "wrong password")",
                ])
            throw AuthError.unauthenticated
        }
        try await attempts.forget(attempt)
        logger.notice("signed in", metadata: ["user": "\(found.user.id)", "address": "\(address ?? "unknown")"])
        return found.user
    }

    /// Counts a password check against the account and the address before it is made, so that however many
    /// guesses arrive at once, at most `maxFailures` of them are checked within `throttleWindow`. A check that
    /// succeeds is forgotten again.
    private func reserveCheck(email: String, address: String?, logger: Logger) async throws -> [UUID] {
        let keys = ["account:" + email.trimmingWhitespace.lowercased()] + (address.map { ["address:" + $0] } ?? [])
        let now = clock.now()
        let answer = try await attempts.reserve(
            keys: keys, at: now, since: now.addingTimeInterval(-throttleWindow), limit: maxFailures)
        guard case .granted(let ids) = answer else {
            let retryAfter = answer.retryAfter(window: throttleWindow, now: now) ?? 1
            logger.warning("password check throttled", metadata: ["keys": "\(keys)", "retry-after": "\(retryAfter)"])
            throw AuthError.throttled(retryAfter: retryAfter)
        }
        return ids
    }

    // MARK: Sessions

    /// A new session with a new random id (never one the browser brought).
    func startSession(for user: User) async throws -> (secret: String, session: Session) {
        let secret = Secrets.random()
        let session = try await sessions.create(
            userID: user.id, secretHash: Secrets.hash(secret), csrfToken: Secrets.random(), at: clock.now())
        return (secret, session)
    }

    /// The live session and its active user for a cookie's secret; ends sessions past their timeouts.
    func resolveSession(secret: String) async throws -> (Session, User)? {
        guard let session = try await sessions.find(secretHash: Secrets.hash(secret)) else { return nil }
        let now = clock.now()
        guard sessionPolicy.isLive(session, at: now) else {
            try await sessions.delete(session.id)
            return nil
        }
        let user = try await users.find(session.userID)
        guard !user.isDisabled else {
            try await sessions.deleteAll(userID: user.id)
            return nil
        }
        // One write a minute at most keeps the idle timer without a write per request.
        if now.timeIntervalSince(session.lastSeenAt) > 60 { try await sessions.touch(session.id, at: now) }
        return (session, user)
    }

    func endSession(_ session: Session) async throws {
        try await sessions.delete(session.id)
    }

    // MARK: API tokens

    /// A new token; the secret is returned once and only its hash is kept.
    func createToken(
        for user: User, name: String, lifetime: TokenLifetime
    ) async throws -> (secret: String, token: APIToken) {
        let secret = Self.tokenPrefix + Secrets.random()
        let now = clock.now()
        let token = try await tokens.create(
            userID: user.id, name: name, secretHash: Secrets.hash(secret), at: now,
            expiresAt: lifetime.expiry(from: now))
        return (secret, token)
    }

    /// The active, unexpired token and its active user for a bearer secret.
    func resolveToken(secret: String) async throws -> (APIToken, User)? {
        guard secret.hasPrefix(Self.tokenPrefix),
            let token = try await tokens.findActive(secretHash: Secrets.hash(secret)),
            !token.hasExpired(at: clock.now())
        else { return nil }
        let user = try await users.find(token.userID)
        guard !user.isDisabled else { return nil }
        if token.lastUsedAt.map({ clock.now().timeIntervalSince($0) > 60 }) ?? true {
            try await tokens.markUsed(token.id, at: clock.now())
        }
        return (token, user)
    }
}
