import FluentKit
import FluentSQL
import SQLKit

/// The partner city's folded name and country, kept on each partnership so that every order and filter of
/// the list reads one index in order and stops after a page, however many partnerships a programme has.
///
/// Frozen: a released migration does what it did when it was released, whatever the app's code becomes. Its
/// statements are literal, the backfill included: it copies the partner city's `search_name` and `country_code`
/// as `PartnershipListKeys.refresh` did when this was written, without calling it (that keeps the columns from
/// now on, and may change).
struct AddPartnershipListKeys: AsyncMigration {
    /// The name the migration log knows it by (FluentKit's default for the type): never change it, or every
    /// database migrated already would run it again.
    var name: String { "Storage.AddPartnershipListKeys" }

    func prepare(on database: any Database) async throws {
        // One column per ALTER: SQLite adds one at a time.
        try await database.schema("partnerships").field("partner_name_key", .string).update()
        try await database.schema("partnerships").field("partner_country", .string).update()
        let sql = try database.sql
        // The backfill, frozen on purpose: the same statement on both databases.
        try await sql.raw(
            """
            UPDATE "partnerships" SET \
            "partner_name_key" = (SELECT "cities"."search_name" FROM "cities" \
            WHERE "cities"."id" = "partnerships"."partner_city_id"), \
            "partner_country" = (SELECT "cities"."country_code" FROM "cities" \
            WHERE "cities"."id" = "partnerships"."partner_city_id")
            """
        ).run()
        for (name, columns) in [
            (
                "partnerships_list_established_idx",
                "programme_id, (established IS NULL), established, partner_name_key, id"
            ),
            (
                "partnerships_list_established_desc_idx",
                "programme_id, (established IS NULL), established DESC, partner_name_key, id"
            ),
            ("partnerships_list_partner_idx", "programme_id, partner_name_key, id"),
            ("partnerships_list_country_idx", "programme_id, partner_country, partner_name_key, id"),
            (
                "partnerships_list_country_established_idx",
                "programme_id, partner_country, (established IS NULL), established, partner_name_key, id"
            ),
        ] {
            try await sql.raw("CREATE INDEX \(ident: name) ON \"partnerships\" (\(unsafeRaw: columns))").run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = try database.sql
        for name in [
            "partnerships_list_established_idx", "partnerships_list_established_desc_idx",
            "partnerships_list_partner_idx", "partnerships_list_country_idx",
            "partnerships_list_country_established_idx",
        ] {
            try await sql.raw("DROP INDEX \(ident: name)").run()
        }
        try await database.schema("partnerships").deleteField("partner_country").update()
        try await database.schema("partnerships").deleteField("partner_name_key").update()
    }
}
