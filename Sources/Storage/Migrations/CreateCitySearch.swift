import FluentKit
import Foundation
import SQLKit

/// The city search index over every name of every city, folded: SQLite's FTS5 kept by triggers, PostgreSQL's
/// full-text search over a GIN index. Both are asked for word prefixes.
///
/// Frozen: a released migration does what it did when it was released, whatever the app's code becomes. Its
/// statements are literal and its backfill folds names with its own copy of the folding below, not with the app's
/// (`DerivedColumns.citySearchNames`, `CitySearch`), which may change; a change there reaches existing rows
/// through a new migration of its own.
struct CreateCitySearch: AsyncMigration {
    /// The name the migration log knows it by (FluentKit's default for the type): never change it, or every
    /// database migrated already would run it again.
    var name: String { "Storage.CreateCitySearch" }

    func prepare(on database: any Database) async throws {
        try await database.schema("cities").field("search_names", .string).update()
        let sql = try database.sql
        // Cities written before this migration: a programme's handful, or an earlier import.
        let rows = try await sql.select().columns("id", "name", "names", "ascii_name", "alternate_names")
            .from("cities").all()
        for row in rows {
            let text = Self.searchNames(
                name: try row.decode(column: "name", as: String.self),
                names: try row.decode(column: "names", as: [String: String].self),
                asciiName: try row.decode(column: "ascii_name", as: String?.self),
                alternateNames: try row.decode(column: "alternate_names", as: String?.self))
            try await sql.update("cities").set("search_names", to: SQLBind(text))
                .where("id", .equal, SQLBind(try row.decode(column: "id", as: UUID.self))).run()
        }
        if sql.dialect.name == "sqlite" {
            // The index's rowid puts the most populous first: FTS5 hands matches over in rowid order, so the
            // few hundred best candidates of even "san" are read without sorting tens of thousands.
            try await sql.raw(
                "CREATE VIRTUAL TABLE city_search USING fts5(names, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
            ).run()
            try await sql.raw(
                "INSERT INTO city_search (rowid, names) SELECT \(unsafeRaw: Self.key("cities")), search_names FROM cities"
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER city_search_insert AFTER INSERT ON cities BEGIN
                INSERT INTO city_search (rowid, names) VALUES (\(unsafeRaw: Self.key("new")), new.search_names); END
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER city_search_update AFTER UPDATE OF search_names, population ON cities BEGIN
                DELETE FROM city_search WHERE rowid = \(unsafeRaw: Self.key("old"));
                INSERT INTO city_search (rowid, names) VALUES (\(unsafeRaw: Self.key("new")), new.search_names); END
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER city_search_delete AFTER DELETE ON cities BEGIN
                DELETE FROM city_search WHERE rowid = \(unsafeRaw: Self.key("old")); END
                """
            ).run()
        } else {
            try await sql.raw(
                "CREATE INDEX cities_search_names_idx ON cities USING GIN (to_tsvector('simple', coalesce(search_names, '')))"
            ).run()
        }
        try await sql.create(index: "cities_population_idx").on("cities").column("population").run()
    }

    // MARK: The backfill's folding, frozen on purpose
    //
    // A copy of what the app computed for `search_names` when this migration was written (then
    // `CityModel.searchNames` over `CitySearch.searchText`, `terms` and `fold`; now
    // `DerivedColumns.citySearchNames`). Do not call the app's functions here and do not "fix" this copy: it is
    // what this step of the schema's history did. `FrozenMigrationTests` proves it equal to the app's today.

    /// Every name of a city folded into words, its own name first, its translations in the order of their
    /// language codes, then the ASCII name and the comma-separated alternate names, each once, joined by " , ".
    private static func searchNames(
        name: String, names: [String: String], asciiName: String?, alternateNames: String?
    ) -> String {
        let translations = names.keys.sorted().compactMap { names[$0] }
        let alternates = alternateNames.map { $0.split(separator: ",").map(String.init) } ?? []
        var seen = Set<String>()
        var parts: [String] = []
        for text in [name] + translations + [asciiName].compactMap({ $0 }) + alternates {
            let words = terms(text).joined(separator: " ")
            if !words.isEmpty, seen.insert(words).inserted { parts.append(words) }
        }
        return parts.joined(separator: " , ")
    }

    /// The first eight words of a name, folded, letters and digits only.
    private static func terms(_ text: String) -> [String] {
        let words = fold(text).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        return Array(words.prefix(8))
    }

    /// Lower case, without diacritics or width: "Kyōto" → "kyoto", "ＫＹＯＴＯ" → "kyoto".
    private static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
    }

    /// The search index's key of a city row: population descending, then the row. A population is held to
    /// 0…9,999,999,999 here (so the key never overflows 64 bits), with room for ten million cities. Part of the
    /// frozen triggers' text; the city search reads a row back from a key with ``rowModulus``.
    private static func key(_ row: String) -> String {
        "(10000000000 - max(0, min(coalesce(\(row).population, 0), 9999999999))) * 10000000 + \(row).rowid"
    }

    static let rowModulus = 10_000_000

    func revert(on database: any Database) async throws {
        let sql = try database.sql
        if sql.dialect.name == "sqlite" {
            for trigger in ["city_search_insert", "city_search_update", "city_search_delete"] {
                try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: trigger)").run()
            }
            try await sql.raw("DROP TABLE IF EXISTS city_search").run()
        } else {
            try await sql.raw("DROP INDEX IF EXISTS cities_search_names_idx").run()
        }
        try await sql.drop(index: "cities_population_idx").run()
        try await database.schema("cities").deleteField("search_names").update()
    }
}
