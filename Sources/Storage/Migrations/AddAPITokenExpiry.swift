import FluentKit

/// API tokens may expire; tokens created before this have no expiry and last until revoked.
struct AddAPITokenExpiry: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("api_tokens").field("expires_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("api_tokens").deleteField("expires_at").update()
    }
}
