import Domain
import FluentKit
import Foundation

final class UserModel: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: ProgrammeModel
    @Field(key: "email") var email: String
    @OptionalField(key: "name") var name: String?
    @Field(key: "role") var role: String
    @Field(key: "partnership_scope") var partnershipScope: [UUID]
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "disabled") var disabled: Bool
    @OptionalField(key: "language") var language: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(_ draft: UserDraft, passwordHash: String, programmeID: UUID) {
        $programme.id = programmeID
        email = draft.email
        name = draft.name
        role = draft.role.rawValue
        partnershipScope = draft.partnershipScope.sorted { $0.uuidString < $1.uuidString }
        self.passwordHash = passwordHash
        disabled = false
        language = draft.language
    }

    func toDomain() throws -> User {
        User(
            id: try requireID(), programmeID: $programme.id, email: email, name: name,
            role: try StoredValue.decode(Role.self, role), partnershipScope: Set(partnershipScope),
            isDisabled: disabled,
            language: language
        )
    }
}

final class SessionModel: Model, @unchecked Sendable {
    static let schema = "sessions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: UserModel
    /// SHA-256 of the cookie's secret: a stolen database does not yield live sessions.
    @Field(key: "secret_hash") var secretHash: String
    @Field(key: "csrf_token") var csrfToken: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date

    init() {}

    func toDomain() throws -> Session {
        Session(
            id: try requireID(), userID: $user.id, csrfToken: csrfToken, createdAt: createdAt, lastSeenAt: lastSeenAt)
    }
}

final class APITokenModel: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: UserModel
    @Field(key: "name") var name: String
    @Field(key: "secret_hash") var secretHash: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @OptionalField(key: "expires_at") var expiresAt: Date?

    init() {}

    func toDomain() throws -> APIToken {
        APIToken(
            id: try requireID(), userID: $user.id, name: name, createdAt: createdAt, lastUsedAt: lastUsedAt,
            revokedAt: revokedAt, expiresAt: expiresAt)
    }
}

final class LoginAttemptModel: Model, @unchecked Sendable {
    static let schema = "login_failures"

    @ID(key: .id) var id: UUID?
    /// "account:<email>" or "address:<ip>".
    @Field(key: "key") var key: String
    @Field(key: "at") var at: Date

    init() {}
}
