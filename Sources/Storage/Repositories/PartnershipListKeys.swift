import Foundation
import SQLKit

/// The one owner of `partnerships.partner_name_key` and `partner_country`: copies of the partner city's
/// `search_name` (itself `DerivedColumns.citySearchName`) and `country_code`, made in SQL from the cities table,
/// so a copy is never computed apart from its source. Run after a partnership is written
/// (`PartnershipModel.write(on:)`), after a city is written (`CityModel.write(on:)`), after the gazetteer renames
/// places (`SQLGazetteerRepository`). The list sorts and filters on these copies. (The migration that added the
/// columns backfills them with its own frozen statement, not this.)
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
