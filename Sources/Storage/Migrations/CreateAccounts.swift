import FluentKit
import SQLKit

struct CreateAccounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(UserModel.schema)
            .id()
            .field(
                "programme_id", .uuid, .required, .references(ProgrammeModel.schema, "id", onDelete: .cascade)
            )
            .field("email", .string, .required)
            .field("name", .string)
            .field("role", .string, .required)
            .field("partnership_scope", .array(of: .uuid), .required)
            .field("password_hash", .string, .required)
            .field("disabled", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "email", name: "users_email_key")
            .create()
        try await database.schema(SessionModel.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("secret_hash", .string, .required)
            .field("csrf_token", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .unique(on: "secret_hash", name: "sessions_secret_hash_key")
            .create()
        try await database.schema(APITokenModel.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserModel.schema, "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("secret_hash", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_used_at", .datetime)
            .field("revoked_at", .datetime)
            .unique(on: "secret_hash", name: "api_tokens_secret_hash_key")
            .create()
        try await database.schema(LoginAttemptModel.schema)
            .id()
            .field("key", .string, .required)
            .field("at", .datetime, .required)
            .create()
        let sql = try database.sql
        try await sql.create(index: "login_failures_key_at_idx").on(LoginAttemptModel.schema).column("key")
            .column("at").run()
    }

    func revert(on database: any Database) async throws {
        for schema in [LoginAttemptModel.schema, APITokenModel.schema, SessionModel.schema, UserModel.schema] {
            try await database.schema(schema).delete()
        }
    }
}
