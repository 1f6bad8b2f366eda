import FluentKit

/// What a gazetteer import keeps beside a city: its ASCII name, its other names in every script, and the
/// fingerprint of the imported fields that lets a re-run skip unchanged rows.
struct AddGazetteerColumns: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite adds one at a time.
        for column in ["ascii_name", "alternate_names", "gazetteer_hash"] {
            try await database.schema(CityModel.schema).field(.string(column), .string).update()
        }
    }

    func revert(on database: any Database) async throws {
        for column in ["ascii_name", "alternate_names", "gazetteer_hash"] {
            try await database.schema(CityModel.schema).deleteField(.string(column)).update()
        }
    }
}
