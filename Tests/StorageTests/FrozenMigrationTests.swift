import Domain
import FluentKit
import Foundation
import Logging
import SQLKit
import TestSupport
import Testing

@testable import Storage

/// The migrations that backfill derived columns do it with their own frozen statements and folding: a database
/// migrated from the schema just before each, holding the sample cities, ends with the values the app computes
/// today (`DerivedColumns`, `PartnershipListKeys`). When the app's folding changes, these fail: the change then
/// needs a migration of its own, and the frozen copies stay as they are.
@Suite struct FrozenMigrationTests {
    /// Every migration before `CreateCitySearch`, in the order `Store.migrations` runs them.
    static let beforeCitySearch: [any Migration] = [
        CreateCities(), CreateProgrammes(), CreatePartnerships(), CreateAgreements(), CreateAccounts(),
        CreateAuditEntries(), AddProgrammeMilestoneLeadMonths(), CreateGifts(), CreateArticles(), CreatePeople(),
        CreateEvents(), CreateRegistrations(), AddProgrammeDormantAfterYears(), CreateExchanges(),
        CreateContributions(), CreateMemberships(), CreateVolunteering(), CreatePledges(), AddGazetteerColumns(),
    ]

    /// Every migration before `AddPartnershipListKeys`.
    static let beforePartnershipListKeys: [any Migration] =
        beforeCitySearch + [CreateCitySearch(), CreateWorldTies(), CreateContentRevision()]

    @Test func theMigrationLogKnowsTheFrozenStepsByTheirOldNames() {
        // FluentKit's default name, the type's qualified name: what every database migrated so far has logged.
        #expect(CreateCitySearch().name == "Storage.CreateCitySearch")
        #expect(AddPartnershipListKeys().name == "Storage.AddPartnershipListKeys")
    }

    @Test(arguments: TestDatabase.all)
    func citySearchBackfillEqualsTheAppsFoldingToday(database: TestDatabase) async throws {
        try await database.withStore(migratedThrough: Self.beforeCitySearch) { sql in
            for city in SampleCities.all { try await city.insert(on: sql, withSearchNames: false) }
        } body: { store in
            let rows = try await store.sql()
                .select().columns("name", "names", "ascii_name", "alternate_names", "search_names")
                .from("cities").orderBy("name").all()
            #expect(rows.count == SampleCities.all.count)
            for row in rows {
                let name = try row.decode(column: "name", as: String.self)
                let stored = try row.decode(column: "search_names", as: String?.self)
                let today = DerivedColumns.citySearchNames(
                    name: name, names: try row.decode(column: "names", as: [String: String].self),
                    asciiName: try row.decode(column: "ascii_name", as: String?.self),
                    alternateNames: try row.decode(column: "alternate_names", as: String?.self))
                #expect(stored == today, "\(name)")
                #expect(stored?.isEmpty == false, "\(name)")
            }
            // The index was built over the backfilled names, on both databases.
            let cities = FluentCityRepository(store: store)
            #expect(try await cities.search("kyot", limit: 5).map(\.city.name).contains("Kyōto"))
            #expect(try await cities.search("京都", limit: 5).map(\.city.name).contains("Kyōto"))
            #expect(try await cities.search("straßb", limit: 5).map(\.city.name) == ["Strasbourg"])
        }
    }

    @Test(arguments: TestDatabase.all)
    func partnershipListKeysBackfillEqualsTheOwnerToday(database: TestDatabase) async throws {
        let home = UUID()
        let programme = UUID()
        try await database.withStore(migratedThrough: Self.beforePartnershipListKeys) { sql in
            for city in SampleCities.all { try await city.insert(on: sql, withSearchNames: true) }
            let boston = CityRowSample(id: home, name: "Boston", countryCode: "US")
            try await boston.insert(on: sql, withSearchNames: true)
            try await sql.raw(
                """
                INSERT INTO "programmes" ("id", "name", "home_city_id") \
                VALUES (\(bind: programme), 'Boston Sister Cities', \(bind: home))
                """
            ).run()
            // The array columns empty, in each database's own literal.
            let empty = database.isPostgres ? "'{}'" : "'[]'"
            for city in SampleCities.all {
                try await sql.raw(
                    """
                    INSERT INTO "partnerships" ("id", "programme_id", "home_city_id", "partner_city_id", "kind", \
                    "status", "focus_areas", "sources") \
                    VALUES (\(bind: UUID()), \(bind: programme), \(bind: home), \(bind: city.id), 'sister', \
                    'active', \(unsafeRaw: empty), \(unsafeRaw: empty))
                    """
                ).run()
            }
        } body: { store in
            let backfilled = try await Self.listKeys(store)
            #expect(backfilled.count == SampleCities.all.count)
            for key in backfilled {
                #expect(key.nameKey == DerivedColumns.citySearchName(name: key.partnerName), "\(key.partnerName)")
                #expect(key.country == key.partnerCountry, "\(key.partnerName)")
            }
            // The live owner, run over every partnership, changes nothing the frozen backfill wrote.
            try await store.transaction { tx in try await PartnershipListKeys.refresh(on: try tx.sql) }
            #expect(try await Self.listKeys(store) == backfilled)
            // The list reads them: every tie, filtered by the backfilled country.
            let partnerships = FluentPartnershipRepository(store: store)
            let all = try await partnerships.list(
                in: programme, PartnershipQuery(page: PageRequest(limit: 100), sort: .partnerName))
            #expect(all.items.count == SampleCities.all.count)
            let japan = try await partnerships.list(in: programme, PartnershipQuery(countryCode: "JP"))
            #expect(Set(japan.items.map(\.partnerCity.name)) == ["Kyōto", "ＴＯＫＹＯ"])
        }
    }

    struct ListKey: Equatable {
        var id: String
        var nameKey: String?
        var country: String?
        var partnerName: String
        var partnerCountry: String
    }

    static func listKeys(_ store: Store) async throws -> [ListKey] {
        try await store.sql().raw(
            """
            SELECT "p"."id", "p"."partner_name_key", "p"."partner_country", "c"."name", "c"."country_code" \
            FROM "partnerships" AS "p" JOIN "cities" AS "c" ON "c"."id" = "p"."partner_city_id" ORDER BY "p"."id"
            """
        ).all().map { row in
            ListKey(
                id: try row.decode(column: "id", as: UUID.self).uuidString.lowercased(),
                nameKey: try row.decode(column: "partner_name_key", as: String?.self),
                country: try row.decode(column: "partner_country", as: String?.self),
                partnerName: try row.decode(column: "name", as: String.self),
                partnerCountry: try row.decode(column: "country_code", as: String.self))
        }
    }
}

/// A city row as an older schema held it, written in SQL.
struct CityRowSample: Sendable {
    var id = UUID()
    var name: String
    var names: [String: String] = [:]
    var countryCode: String
    var population: Int? = nil
    var asciiName: String? = nil
    var alternateNames: String? = nil

    /// Inserts the row with `search_name` as the app writes it, and `search_names` too when the schema has it.
    func insert(on sql: any SQLDatabase, withSearchNames: Bool) async throws {
        let insert = sql.insert(into: "cities")
            .columns(
                ["id", "name", "search_name", "names", "country_code", "population", "ascii_name", "alternate_names"]
                    + (withSearchNames ? ["search_names"] : []))
        var values: [any SQLExpression] = [
            SQLBind(id), SQLBind(name), SQLBind(DerivedColumns.citySearchName(name: name)), SQLBind(names),
            SQLBind(countryCode), SQLBind(population), SQLBind(asciiName), SQLBind(alternateNames),
        ]
        if withSearchNames {
            values.append(
                SQLBind(
                    DerivedColumns.citySearchNames(
                        name: name, names: names, asciiName: asciiName, alternateNames: alternateNames)))
        }
        try await insert.values(values).run()
    }
}

/// The demo programme's partner cities with their names in other scripts, and places as the gazetteer writes
/// them: accents, widths, scripts, punctuation, long names and empty parts.
enum SampleCities {
    static let all: [CityRowSample] = [
        CityRowSample(
            name: "Kyōto", names: ["ja": "京都市", "en": "Kyoto"], countryCode: "JP", population: 1_463_723,
            asciiName: "Kyoto", alternateNames: "Kioto,Kyoto-shi,京都,ＫＹＯＴＯ"),
        CityRowSample(
            name: "Strasbourg", names: ["fr": "Strasbourg", "de": "Straßburg", "ja": "ストラスブール"], countryCode: "FR",
            population: 274_845),
        CityRowSample(
            name: "Barcelona", names: ["es": "Barcelona", "ca": "Barcelona", "ja": "バルセロナ"], countryCode: "ES"),
        CityRowSample(name: "Hangzhou", names: ["zh-Hans": "杭州市", "ja": "杭州市"], countryCode: "CN"),
        CityRowSample(name: "Padua", names: ["it": "Padova", "ja": "パドヴァ"], countryCode: "IT"),
        CityRowSample(name: "Melbourne", names: ["en": "Melbourne", "ja": "メルボルン"], countryCode: "AU"),
        CityRowSample(name: "Taipei", names: ["zh-Hant": "臺北市", "ja": "台北市"], countryCode: "TW"),
        CityRowSample(
            name: "Sekondi-Takoradi", names: ["en": "Sekondi-Takoradi", "ja": "セコンディ・タコラディ"], countryCode: "GH"),
        CityRowSample(
            name: "Belfast", names: ["en": "Belfast", "ga": "Béal Feirste", "ja": "ベルファスト"], countryCode: "GB"),
        CityRowSample(name: "Praia", countryCode: "CV"),
        CityRowSample(
            name: "São Paulo", countryCode: "BR", asciiName: "Sao Paulo",
            alternateNames: "San Pablo,Сан-Паулу,サンパウロ,SÃO PAULO"),
        CityRowSample(
            name: "Zürich", names: ["de": "Zürich", "fr": "Zurich", "it": "Zurigo"], countryCode: "CH",
            asciiName: "Zurich", alternateNames: "Zuerich,,Zurigo, Zürich "),
        CityRowSample(
            name: "'s-Hertogenbosch", countryCode: "NL", asciiName: "'s-Hertogenbosch",
            alternateNames: "Den Bosch,Bois-le-Duc"),
        CityRowSample(
            name: "Ciudad de la Santísima Trinidad y Puerto de Santa María del Buen Ayre", countryCode: "AR",
            asciiName: "Buenos Aires"),
        CityRowSample(name: "ＴＯＫＹＯ", names: ["ja": "東京"], countryCode: "JP", asciiName: ""),
        CityRowSample(name: "Ærøskøbing", countryCode: "DK", alternateNames: "Aeroskobing"),
    ]
}

extension TestDatabase {
    /// A store on a fresh location whose schema is first migrated through `prefix` only, with `seed` writing rows
    /// into that older schema; then the store migrates the rest as an upgrade would, and `body` reads it.
    func withStore<T>(
        migratedThrough prefix: [any Migration], seed: @escaping @Sendable (any SQLDatabase) async throws -> Void,
        body: (Store) async throws -> T
    ) async throws -> T {
        try await withFreshLocation { location in
            let store = try Store(
                location: location, logger: Logger(label: "test"), connectionsPerEventLoop: 1,
                databaseTimeout: Self.timeout)
            do {
                let migrations = Migrations()
                migrations.add(prefix)
                let migrator = Migrator(
                    databaseFactory: { id in
                        store.databases.database(id, logger: store.logger, on: store.eventLoopGroup.any())!
                    },
                    migrations: migrations, on: store.eventLoopGroup.any(), migrationLogLevel: .debug)
                try await migrator.setupIfNeeded().get()
                try await migrator.prepareBatch().get()
                try await seed(try store.writerForMaintenance().sql)
                try await store.migrate()
                let result = try await body(store)
                await store.shutdown()
                return result
            } catch {
                await store.shutdown()
                throw error
            }
        }
    }
}
