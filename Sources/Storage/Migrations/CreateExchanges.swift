import FluentKit
import SQLKit

/// Delegations and exchanges.
struct CreateExchanges: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ExchangeModel.schema)
            .id()
            .field(
                "programme_id", .uuid, .required, .references(ProgrammeModel.schema, "id", onDelete: .cascade)
            )
            .field(
                "partnership_id", .uuid, .required,
                .references(PartnershipModel.schema, "id", onDelete: .cascade)
            )
            .field("title", .string, .required)
            .field("direction", .string, .required)
            .field("purposes", .array(of: .string), .required)
            .field("starts", .string, .required)
            .field("ends", .string)
            .field("members", .array(of: .json), .required)
            .field("event_ids", .array(of: .uuid), .required)
            .field("outcomes", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        let sql = try database.sql
        try await sql.create(index: "exchanges_partnership_idx").on(ExchangeModel.schema)
            .column("partnership_id").column("starts").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ExchangeModel.schema).delete()
    }
}
