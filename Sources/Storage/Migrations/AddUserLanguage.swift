import FluentKit

/// A user's own language; users before it read the site as their browser asks.
struct AddUserLanguage: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("users").field("language", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("users").deleteField("language").update()
    }
}
