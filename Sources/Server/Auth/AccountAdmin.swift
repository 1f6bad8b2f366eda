import Domain
import Foundation
import Logging
import Storage

/// Account management for operators (the `users` and `tokens` commands), by email rather than id.
public struct AccountAdmin: Sendable {
    let accounts: AccountService
    let store: Store

    /// Opens the database (migrating it), runs `body`, and closes it.
    public static func with<T: Sendable>(
        location: DatabaseLocation, _ body: (AccountAdmin) async throws -> T
    ) async throws -> T {
        try await OperatorServices.withStore(location, label: "accounts") { store, _ in
            let accounts = AccountService(
                users: FluentUserRepository(store: store), sessions: FluentSessionRepository(store: store),
                tokens: FluentAPITokenRepository(store: store), attempts: FluentAttemptRepository(store: store),
                hasher: PasswordHasher(), policy: try PasswordPolicy.bundled(), sessionPolicy: SessionPolicy(),
                clock: store.clock)
            return try await body(AccountAdmin(accounts: accounts, store: store))
        }
    }

    /// The programme with this id, or the install's programme (created empty when there is none yet).
    /// The programme a new user joins: the one given, or the one `serve` (with `demo`, `serve --demo`) serves.
    public func programme(_ id: UUID?, demo: Bool = false) async throws -> Programme {
        let programmes = FluentProgrammeRepository(store: store)
        if let id { return try await programmes.find(id) }
        var logger = Logger(label: "sistercities.accounts")
        logger.logLevel = .warning
        return try await programmes.find(ProgrammeSetup.programmeToServe(store: store, demo: demo, logger: logger))
    }

    public func createUser(
        email: String, name: String?, role: Role, scope: Set<UUID>, language: String? = nil, password: String,
        in programme: UUID
    ) async throws -> User {
        if let language, Catalogs.shipped.language(language) == nil {
            throw DomainError.invalid([
                FieldIssue(
                    field: "language",
                    message:
                        "is not a language this site speaks (\(Catalogs.shipped.languages.joined(separator: ", ")))")
            ])
        }
        return try await accounts.createUser(
            UserDraft(
                email: email, name: name, role: role, partnershipScope: scope,
                language: language.flatMap { Catalogs.shipped.language($0) }),
            password: password, in: programme)
    }

    public func users() async throws -> [User] {
        try await accounts.users.list(in: nil)
    }

    public func disable(email: String) async throws -> User {
        try await accounts.disable(try await user(email).id)
    }

    public func setRole(email: String, role: Role, scope: Set<UUID>) async throws -> User {
        let user = try await accounts.users.setRole(try await user(email).id, role: role, partnershipScope: scope)
        // A narrower role takes effect at once: sessions made under the old role end.
        try await accounts.sessions.deleteAll(userID: user.id)
        return user
    }

    public func createToken(
        email: String, name: String, lifetime: TokenLifetime
    ) async throws -> (secret: String, token: APIToken) {
        try await accounts.createToken(for: try await user(email), name: name, lifetime: lifetime)
    }

    public func tokens(email: String) async throws -> [APIToken] {
        try await accounts.tokens.list(userID: try await user(email).id)
    }

    public func revokeToken(_ id: UUID) async throws {
        try await accounts.tokens.revoke(id, of: nil, at: accounts.clock.now())
    }

    private func user(_ email: String) async throws -> User {
        guard let found = try await accounts.users.find(email: email) else {
            throw AccountAdminError(description: "no user with email \(email)")
        }
        return found.user
    }
}

/// A failure an operator can act on.
public struct AccountAdminError: Error, CustomStringConvertible {
    public let description: String
}
