import FluentKit

/// When a person's data was erased on request: such a person is kept for the records that point at them,
/// but no new gift, pledge, membership or volunteer time may be recorded under them.
struct AddPersonErasedAt: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PersonModel.schema).field("erased_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PersonModel.schema).deleteField("erased_at").update()
    }
}
