import FluentKit

/// The language a person registered in, for their emails; earlier registrations are written to in English.
struct AddRegistrationLanguage: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("event_registrations").field("language", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("event_registrations").deleteField("language").update()
    }
}
