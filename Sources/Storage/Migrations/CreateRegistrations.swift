import FluentKit
import SQLKit

/// Event registrations and the email outbox.
struct CreateRegistrations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RegistrationModel.schema)
            .id()
            .field(
                "programme_id", .uuid, .required, .references(ProgrammeModel.schema, "id", onDelete: .cascade)
            )
            .field("event_id", .uuid, .required, .references(EventModel.schema, "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("email", .string, .required)
            .field("status", .string, .required)
            .field("cancel_hash", .string, .required)
            .field("attended", .bool, .required)
            .field("registered_at", .datetime, .required)
            .unique(on: "cancel_hash")
            .create()
        try await database.schema(OutboxModel.schema)
            .id()
            .field("programme_id", .uuid)
            .field("recipient", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("state", .string, .required)
            .field("attempts", .int, .required)
            .field("last_error", .string)
            .field("next_attempt_at", .datetime, .required)
            .field("created_at", .datetime, .required)
            .field("sent_at", .datetime)
            .create()
        let sql = try database.sql
        try await sql.create(index: "event_registrations_event_idx").on(RegistrationModel.schema)
            .column("event_id").column("registered_at").run()
        try await sql.create(index: "outbox_due_idx").on(OutboxModel.schema).column("state").column("next_attempt_at")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OutboxModel.schema).delete()
        try await database.schema(RegistrationModel.schema).delete()
    }
}
