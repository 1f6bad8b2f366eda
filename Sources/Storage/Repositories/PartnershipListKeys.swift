import Foundation
import SQLKit

/// Copies each partner city's folded name and country onto its partnerships: after a partnership is written,
/// after a city is edited, after the gazetteer renames places. The list sorts and filters on these copies.
enum PartnershipListKeys {
    /// Refreshes the partnerships `condition` selects (every one when nil).
    static func refresh(on sql: any SQLDatabase, where condition: SQLQueryString? = nil) async throws {
        let city = #"FROM "cities" WHERE "cities"."id" = "partnerships"."partner_city_id""#
        var statement: SQLQueryString = """
            UPDATE "partnerships" SET
            "partner_name_key" = (SELECT "cities"."search_name" \(unsafeRaw: city)),
            "partner_country" = (SELECT "cities"."country_code" \(unsafeRaw: city))
            """
        if let condition { statement = statement + " WHERE " + condition }
        try await sql.raw(statement).run()
    }

    static func refresh(partnership id: UUID, on sql: any SQLDatabase) async throws {
        try await refresh(on: sql, where: "\"id\" = \(bind: id)")
    }

    static func refresh(partnersOf city: UUID, on sql: any SQLDatabase) async throws {
        try await refresh(on: sql, where: "\"partner_city_id\" = \(bind: city)")
    }
}
