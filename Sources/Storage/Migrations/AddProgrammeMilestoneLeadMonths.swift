import FluentKit
import FluentSQL
import SQLKit

/// Programmes plan milestone anniversaries this many months ahead; 12 unless they say otherwise.
struct AddProgrammeMilestoneLeadMonths: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ProgrammeModel.schema)
            .field("milestone_lead_months", .int, .required, .sql(.default(12)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ProgrammeModel.schema).deleteField("milestone_lead_months").update()
    }
}
