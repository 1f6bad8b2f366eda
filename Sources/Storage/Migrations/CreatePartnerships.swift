import FluentKit
import SQLKit

struct CreatePartnerships: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PartnershipModel.schema)
            .id()
            .field(
                "programme_id", .uuid, .required, .references(ProgrammeModel.schema, "id", onDelete: .cascade)
            )
            .field("home_city_id", .uuid, .required, .references(CityModel.schema, "id", onDelete: .restrict))
            .field("partner_city_id", .uuid, .required, .references(CityModel.schema, "id", onDelete: .restrict))
            .field("kind", .string, .required)
            .field("status", .string, .required)
            .field("established", .string)
            .field("ended", .string)
            .field("focus_areas", .array(of: .string), .required)
            .field("summary", .string)
            .field("sources", .array(of: .json), .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(
                on: "programme_id", "home_city_id", "partner_city_id", "kind",
                name: "partnerships_programme_pair_kind_key"
            )
            .create()
        let sql = try database.sql
        try await sql.create(index: "partnerships_partner_city_idx").on(PartnershipModel.schema)
            .column("partner_city_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PartnershipModel.schema).delete()
    }
}
