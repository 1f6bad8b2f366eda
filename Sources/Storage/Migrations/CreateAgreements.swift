import FluentKit
import SQLKit

struct CreateAgreements: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AgreementModel.schema)
            .id()
            .field(
                "programme_id", .uuid, .required, .references(ProgrammeModel.schema, "id", onDelete: .cascade)
            )
            .field(
                "partnership_id", .uuid, .required,
                .references(PartnershipModel.schema, "id", onDelete: .cascade)
            )
            .field("kind", .string, .required)
            .field("signed", .string)
            .field("place", .string)
            .field("signatories", .array(of: .json), .required)
            .field("languages", .array(of: .string), .required)
            .field("document_url", .string)
            .field("notes", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        let sql = try database.sql
        try await sql.create(index: "agreements_partnership_idx").on(AgreementModel.schema)
            .column("partnership_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AgreementModel.schema).delete()
    }
}
