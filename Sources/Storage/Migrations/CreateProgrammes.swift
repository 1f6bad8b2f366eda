import FluentKit

struct CreateProgrammes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ProgrammeModel.schema)
            .id()
            .field("name", .string, .required)
            .field("organisation", .string)
            .field("home_city_id", .uuid, .references(CityModel.schema, "id", onDelete: .restrict))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ProgrammeModel.schema).delete()
    }
}
