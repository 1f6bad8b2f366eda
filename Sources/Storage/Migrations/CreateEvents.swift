import FluentKit
import SQLKit

/// Events and the partnerships they belong to.
struct CreateEvents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EventModel.schema)
            .id()
            .field(
                "programme_id", .uuid, .required, .references(ProgrammeModel.schema, "id", onDelete: .cascade)
            )
            .field("title", .string, .required)
            .field("description", .string)
            .field("translations", .json, .required)
            .field("kind", .string, .required)
            .field("schedule_kind", .string, .required)
            .field("starts_at", .datetime)
            .field("ends_at", .datetime)
            .field("first_day", .string)
            .field("last_day", .string)
            .field("approximate_part", .string)
            .field("sort_start", .datetime, .required)
            .field("sort_end", .datetime, .required)
            .field("time_zone", .string)
            .field("venue_name", .string)
            .field("venue_address", .string)
            .field("venue_city_id", .uuid, .references(CityModel.schema, "id", onDelete: .setNull))
            .field("venue_latitude", .double)
            .field("venue_longitude", .double)
            .field("host_ids", .array(of: .uuid), .required)
            .field("is_public", .bool, .required)
            .field("capacity", .int)
            .field("sequence", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.schema(EventPartnershipModel.schema)
            .id()
            .field("event_id", .uuid, .required, .references(EventModel.schema, "id", onDelete: .cascade))
            .field(
                "partnership_id", .uuid, .required,
                .references(PartnershipModel.schema, "id", onDelete: .cascade)
            )
            .field("position", .int, .required)
            .unique(on: "event_id", "partnership_id")
            .create()
        let sql = try database.sql
        try await sql.create(index: "events_programme_start_idx").on(EventModel.schema)
            .column("programme_id").column("sort_start").run()
        try await sql.create(index: "event_partnerships_partnership_idx").on(EventPartnershipModel.schema)
            .column("partnership_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EventPartnershipModel.schema).delete()
        try await database.schema(EventModel.schema).delete()
    }
}
