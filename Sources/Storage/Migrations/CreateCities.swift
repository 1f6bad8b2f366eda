import FluentKit
import SQLKit

struct CreateCities: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CityModel.schema)
            .id()
            .field("name", .string, .required)
            .field("search_name", .string, .required)
            .field("names", .dictionary(of: .string), .required)
            .field("country_code", .string, .required)
            .field("admin_region", .string)
            .field("latitude", .double)
            .field("longitude", .double)
            .field("time_zone", .string)
            .field("population", .int64)
            .field("geoname_id", .int64)
            .field("wikidata_id", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "geoname_id", name: "cities_geoname_id_key")
            .create()
        let sql = try database.sql
        try await sql.create(index: "cities_search_name_idx").on(CityModel.schema).column("search_name").run()
        try await sql.create(index: "cities_country_code_idx").on(CityModel.schema).column("country_code").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CityModel.schema).delete()
    }
}
