import FluentKit
import SQLKit

/// Membership levels, memberships and their renewal reminders.
struct CreateMemberships: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(MembershipLevelModel.schema)
            .id()
            .field(
                "programme_id", .uuid, .required, .references(ProgrammeModel.schema, "id", onDelete: .cascade)
            )
            .field("name", .string, .required)
            .field("fee_minor", .int64)
            .field("fee_currency", .string)
            .field("term_months", .int)
            .field("renewal_month", .int)
            .field("renewal_day", .int)
            .field("grace_days", .int, .required)
            .create()
        try await database.schema(MembershipModel.schema)
            .id()
            .field(
                "programme_id", .uuid, .required, .references(ProgrammeModel.schema, "id", onDelete: .cascade)
            )
            .field("person_id", .uuid, .required, .references(PersonModel.schema, "id", onDelete: .cascade))
            .field("level_id", .uuid, .required, .references(MembershipLevelModel.schema, "id", onDelete: .restrict))
            .field("joined", .datetime, .required)
            .field("expires", .datetime)
            .create()
        try await database.schema(MembershipReminderModel.schema)
            .id()
            .field("membership_id", .uuid, .required, .references(MembershipModel.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("expires", .datetime, .required)
            .field("recorded_at", .datetime, .required)
            .field("outbox_id", .uuid)
            .field("note", .string)
            .unique(on: "membership_id", "kind", "expires")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MembershipReminderModel.schema).delete()
        try await database.schema(MembershipModel.schema).delete()
        try await database.schema(MembershipLevelModel.schema).delete()
    }
}
