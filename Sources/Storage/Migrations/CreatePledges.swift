import FluentKit

/// Pledges and recurring gifts; a contribution may pay toward one.
struct CreatePledges: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PledgeModel.schema)
            .id()
            .field(
                "programme_id", .uuid, .required, .references(ProgrammeModel.schema, "id", onDelete: .cascade)
            )
            .field("donor_id", .uuid, .required, .references(PersonModel.schema, "id", onDelete: .restrict))
            .field("donor_name", .string, .required)
            .field("amount_minor", .int64, .required)
            .field("currency", .string, .required)
            .field("frequency", .string)
            .field("start", .string, .required)
            .field("instalments", .int)
            .field("partnership_id", .uuid, .references(PartnershipModel.schema, "id", onDelete: .setNull))
            .field("note", .string)
            .field("cancelled_on", .string)
            .field("created_at", .datetime)
            .create()
        try await database.schema(ContributionModel.schema)
            .field("pledge_id", .uuid)
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ContributionModel.schema).deleteField("pledge_id").update()
        try await database.schema(PledgeModel.schema).delete()
    }
}
