import FluentKit
import FluentSQL
import SQLKit

/// Ties with no activity for this many years are flagged as going dormant; 3 unless a programme says otherwise.
struct AddProgrammeDormantAfterYears: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ProgrammeModel.schema)
            .field("dormant_after_years", .int, .required, .sql(.default(3)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ProgrammeModel.schema).deleteField("dormant_after_years").update()
    }
}
