import FluentKit
import FluentSQL
import SQLKit

/// Contributions, their receipt counters, and the programme's fiscal year.
struct CreateContributions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ProgrammeModel.schema)
            .field("fiscal_year_start_month", .int, .required, .sql(.default(1)))
            .update()
        try await database.schema(ContributionModel.schema)
            .id()
            .field(
                "programme_id", .uuid, .required, .references(ProgrammeModel.schema, "id", onDelete: .cascade)
            )
            .field("donor_id", .uuid, .references(PersonModel.schema, "id", onDelete: .setNull))
            .field("donor_name", .string, .required)
            .field("gift_kind", .string, .required)
            .field("amount_minor", .int64)
            .field("currency", .string)
            .field("in_kind", .string)
            .field("received", .string, .required)
            .field("partnership_id", .uuid, .references(PartnershipModel.schema, "id", onDelete: .setNull))
            .field("note", .string)
            .field("fiscal_year", .int, .required)
            .field("receipt_sequence", .int, .required)
            .field("voided", .bool, .required)
            .field("void_reason", .string)
            .field("created_at", .datetime)
            .unique(on: "programme_id", "fiscal_year", "receipt_sequence")
            .create()
        try await database.schema(ReceiptCounterModel.schema)
            .id()
            .field(
                "programme_id", .uuid, .required, .references(ProgrammeModel.schema, "id", onDelete: .cascade)
            )
            .field("fiscal_year", .int, .required)
            .field("last", .int, .required)
            .unique(on: "programme_id", "fiscal_year")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReceiptCounterModel.schema).delete()
        try await database.schema(ContributionModel.schema).delete()
        try await database.schema(ProgrammeModel.schema).deleteField("fiscal_year_start_month").update()
    }
}
