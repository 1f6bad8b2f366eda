import FluentKit
import SQLKit

/// The gift register and its images.
struct CreateGifts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(GiftModel.schema)
            .id()
            .field(
                "programme_id", .uuid, .required, .references(ProgrammeModel.schema, "id", onDelete: .cascade)
            )
            .field(
                "partnership_id", .uuid, .required,
                .references(PartnershipModel.schema, "id", onDelete: .cascade)
            )
            .field("title", .string, .required)
            .field("giver_kind", .string, .required)
            .field("giver_name", .string, .required)
            .field("giver_city_id", .uuid, .required, .references(CityModel.schema, "id", onDelete: .restrict))
            .field("recipient_kind", .string, .required)
            .field("recipient_name", .string, .required)
            .field("recipient_city_id", .uuid, .required, .references(CityModel.schema, "id", onDelete: .restrict))
            .field("given", .string)
            .field("occasion", .string)
            .field("description", .string)
            .field("location", .string)
            .field("keeper", .string)
            .field("value_minor", .int64)
            .field("value_currency", .string)
            .field("search_text", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.schema(GiftImageModel.schema)
            .id()
            .field(
                "programme_id", .uuid, .required, .references(ProgrammeModel.schema, "id", onDelete: .cascade)
            )
            .field("gift_id", .uuid, .required, .references(GiftModel.schema, "id", onDelete: .cascade))
            .field("content_type", .string, .required)
            .field("byte_count", .int, .required)
            .field("caption", .string)
            .field("data", .data, .required)
            .field("created_at", .datetime)
            .create()
        let sql = try database.sql
        try await sql.create(index: "gifts_partnership_idx").on(GiftModel.schema).column("partnership_id").run()
        try await sql.create(index: "gifts_programme_given_idx").on(GiftModel.schema)
            .column("programme_id").column("given").run()
        try await sql.create(index: "gift_images_gift_idx").on(GiftImageModel.schema).column("gift_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(GiftImageModel.schema).delete()
        try await database.schema(GiftModel.schema).delete()
    }
}
