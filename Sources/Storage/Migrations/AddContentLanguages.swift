import FluentKit

/// Texts in several languages: the translations of what the programme writes (a partnership's summary, an
/// agreement's notes, an article, a gift, an organisation's description), the language the programme writes
/// in, and the language each person reads their emails in. Earlier rows have none: the programme writes in
/// English and people are written to in it.
struct AddContentLanguages: AsyncMigration {
    static let translated = ["partnerships", "agreements", "articles", "gifts", "organisations"]

    func prepare(on database: any Database) async throws {
        for table in Self.translated {
            try await database.schema(table).field("translations", .json).update()
        }
        try await database.schema("programmes").field("language", .string).update()
        try await database.schema("people").field("language", .string).update()
    }

    func revert(on database: any Database) async throws {
        for table in Self.translated {
            try await database.schema(table).deleteField("translations").update()
        }
        try await database.schema("programmes").deleteField("language").update()
        try await database.schema("people").deleteField("language").update()
    }
}
