import FluentKit

/// Event shifts and who signed up, logged volunteer hours, and the hashes of volunteers' personal links.
struct CreateVolunteering: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ShiftModel.schema)
            .id()
            .field(
                "programme_id", .uuid, .required, .references(ProgrammeModel.schema, "id", onDelete: .cascade)
            )
            .field("event_id", .uuid, .required, .references(EventModel.schema, "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("starts_at", .datetime, .required)
            .field("ends_at", .datetime, .required)
            .field("places", .int, .required)
            .create()
        try await database.schema(ShiftSignupModel.schema)
            .id()
            .field("shift_id", .uuid, .required, .references(ShiftModel.schema, "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(PersonModel.schema, "id", onDelete: .cascade))
            .field("signed_up_at", .datetime, .required)
            .unique(on: "shift_id", "person_id")
            .create()
        try await database.schema(VolunteerHoursModel.schema)
            .id()
            .field(
                "programme_id", .uuid, .required, .references(ProgrammeModel.schema, "id", onDelete: .cascade)
            )
            .field("person_id", .uuid, .required, .references(PersonModel.schema, "id", onDelete: .cascade))
            .field("day", .string, .required)
            .field("year", .int, .required)
            .field("minutes", .int, .required)
            .field("logged_minutes", .int)
            .field("activity", .string, .required)
            .field("event_id", .uuid, .references(EventModel.schema, "id", onDelete: .setNull))
            .field("partnership_id", .uuid, .references(PartnershipModel.schema, "id", onDelete: .setNull))
            .field("note", .string)
            .field("status", .string, .required)
            .field("reviewed_by", .string)
            .field("review_note", .string)
            .field("logged_at", .datetime, .required)
            .create()
        try await database.schema(VolunteerKeyModel.schema)
            .id()
            .field(
                "programme_id", .uuid, .required, .references(ProgrammeModel.schema, "id", onDelete: .cascade)
            )
            .field("person_id", .uuid, .required, .references(PersonModel.schema, "id", onDelete: .cascade))
            .field("key_hash", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "key_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(VolunteerKeyModel.schema).delete()
        try await database.schema(VolunteerHoursModel.schema).delete()
        try await database.schema(ShiftSignupModel.schema).delete()
        try await database.schema(ShiftModel.schema).delete()
    }
}
