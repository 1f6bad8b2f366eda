import FluentKit
import SQLKit

/// The world directory: twinning ties between gazetteer cities, apart from any programme's own list.
struct CreateWorldTies: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(WorldTieModel.schema)
            .id()
            .field("city_a", .uuid, .required, .references(CityModel.schema, "id", onDelete: .cascade))
            .field("city_b", .uuid, .required, .references(CityModel.schema, "id", onDelete: .cascade))
            .field("year", .int)
            .field("kind", .string, .required)
            .field("sources", .string, .required)
            .field("domestic", .bool, .required)
            .unique(on: "city_a", "city_b")
            .create()
        let sql = try database.sql
        try await sql.create(index: "world_ties_city_b_idx").on(WorldTieModel.schema).column("city_b").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(WorldTieModel.schema).delete()
    }
}
