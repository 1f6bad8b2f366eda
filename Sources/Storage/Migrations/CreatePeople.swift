import FluentKit
import SQLKit

/// Organisations and people.
struct CreatePeople: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OrganisationModel.schema)
            .id()
            .field(
                "programme_id", .uuid, .required, .references(ProgrammeModel.schema, "id", onDelete: .cascade)
            )
            .field("name", .string, .required)
            .field("native_name", .string)
            .field("kind", .string, .required)
            .field("city_id", .uuid, .references(CityModel.schema, "id", onDelete: .setNull))
            .field("website", .string)
            .field("partnership_ids", .array(of: .uuid), .required)
            .field("notes", .string)
            .field("search_name", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.schema(PersonModel.schema)
            .id()
            .field(
                "programme_id", .uuid, .required, .references(ProgrammeModel.schema, "id", onDelete: .cascade)
            )
            .field("given_name", .string, .required)
            .field("family_name", .string, .required)
            .field("name_order", .string, .required)
            .field("native_name", .string)
            .field("native_language", .string)
            .field(
                "organisation_id", .uuid, .references(OrganisationModel.schema, "id", onDelete: .setNull)
            )
            .field("roles", .array(of: .json), .required)
            .field("email", .string)
            .field("phone", .string)
            .field("address", .string)
            .field("consent_to_contact", .bool, .required)
            .field("is_public", .bool, .required)
            .field("notes", .string)
            .field("search_name", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        let sql = try database.sql
        try await sql.create(index: "organisations_programme_idx").on(OrganisationModel.schema)
            .column("programme_id").column("search_name").run()
        try await sql.create(index: "people_programme_idx").on(PersonModel.schema)
            .column("programme_id").column("search_name").run()
        try await sql.create(index: "people_organisation_idx").on(PersonModel.schema).column("organisation_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PersonModel.schema).delete()
        try await database.schema(OrganisationModel.schema).delete()
    }
}
