import FluentKit
import FluentSQL
import SQLKit

/// The partner city's folded name and country, kept on each partnership so that every order and filter of
/// the list reads one index in order and stops after a page, however many partnerships a programme has.
struct AddPartnershipListKeys: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per ALTER: SQLite adds one at a time.
        try await database.schema(PartnershipModel.schema).field("partner_name_key", .string).update()
        try await database.schema(PartnershipModel.schema).field("partner_country", .string).update()
        let sql = try database.sql
        try await PartnershipListKeys.refresh(on: sql)
        let table = PartnershipModel.schema
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
            try await sql.raw("CREATE INDEX \(ident: name) ON \(ident: table) (\(unsafeRaw: columns))").run()
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
        try await database.schema(PartnershipModel.schema).deleteField("partner_country").update()
        try await database.schema(PartnershipModel.schema).deleteField("partner_name_key").update()
    }
}
