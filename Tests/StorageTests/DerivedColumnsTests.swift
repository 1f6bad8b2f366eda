import Domain
import Foundation
import SQLKit
import TestSupport
import Testing

@testable import Storage

/// Every write path leaves each derived column equal to what its owner computes from the row's own source
/// columns (`DerivedColumns`, `PartnershipListKeys`). Each path changes the sources, so a path that skipped the
/// owner would leave the earlier value, and fail.
@Suite struct DerivedColumnsTests {
    let author = ChangeAuthor.system("test")

    @Test(arguments: TestDatabase.all)
    func cityCreateUpdateAndRestoreRefreshSearchColumns(database: TestDatabase) async throws {
        try await database.withStore { store in
            let cities = FluentCityRepository(store: store)
            let city = try await cities.create(
                CityDraft(name: "Kyoto", names: ["ja": "京都市"], countryCode: "JP"), by: author)
            let created = try await Self.city(city.id, store)
            #expect(created.isOwned)
            #expect(created.searchName == "kyoto" && created.searchNames == "kyoto , 京都市")

            _ = try await cities.update(
                city.id, with: CityDraft(name: "Kyōto-shi", names: ["en": "Kyōto", "ja": "京都"], countryCode: "JP"),
                by: author)
            let updated = try await Self.city(city.id, store)
            #expect(updated.isOwned)
            #expect(updated.searchName != created.searchName && updated.searchNames != created.searchNames)

            let fixture = try await Fixture(store: store)
            let programme = fixture.programme.id
            let first = try #require(try await fixture.audit.history(of: .city, id: city.id, in: programme).last)
            try await fixture.audit.restore(first, in: programme, by: author)
            let restored = try await Self.city(city.id, store)
            #expect(restored.isOwned)
            #expect(restored.searchName == created.searchName && restored.searchNames == created.searchNames)
        }
    }

    @Test(arguments: TestDatabase.all)
    func partnershipCreateAndUpdateRefreshListKeys(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let kyoto = try await fixture.city("Kyōto", "JP")
            let strasbourg = try await fixture.city("Strasbourg", "FR")
            let tie = try await fixture.partner(kyoto)
            let created = try await Self.listKeys(tie.id, store)
            #expect(created.isOwned && created.nameKey == "kyoto" && created.country == "JP")

            _ = try await fixture.partnerships.update(
                tie.id, with: PartnershipDraft(homeCityID: fixture.boston.id, partnerCityID: strasbourg.id),
                in: fixture.programme.id, by: author)
            let updated = try await Self.listKeys(tie.id, store)
            #expect(updated.isOwned && updated.nameKey == "strasbourg" && updated.country == "FR")
        }
    }

    @Test(arguments: TestDatabase.all)
    func renamingAPartnerCityRefreshesItsPartnershipsKeys(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let kyoto = try await fixture.city("Kyoto", "JP")
            let tie = try await fixture.partner(kyoto)
            #expect(try await Self.listKeys(tie.id, store).nameKey == "kyoto")

            _ = try await fixture.cities.update(
                kyoto.id, with: CityDraft(name: "Ōtsu", countryCode: "KR"), by: author)
            let renamed = try await Self.listKeys(tie.id, store)
            #expect(renamed.isOwned && renamed.nameKey == "otsu" && renamed.country == "KR")
            #expect(try await Self.city(kyoto.id, store).isOwned)
            // The list's filter reads the refreshed copy.
            let korea = try await fixture.partnerships.list(
                in: fixture.programme.id, PartnershipQuery(countryCode: "KR"))
            #expect(korea.items.map(\.id) == [tie.id])
        }
    }

    @Test(arguments: TestDatabase.all)
    func gazetteerInsertAndUpdateRefreshCitiesAndTheirPartnerships(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let gazetteer = SQLGazetteerRepository(store: store)
            func place(_ name: String, ascii: String, alternates: [String]) -> GazetteerPlace {
                GazetteerPlace(
                    geonameID: 1_857_910, name: name, asciiName: ascii, alternateNames: alternates,
                    coordinate: Coordinate(latitude: 35, longitude: 135), countryCode: "JP", population: 1000,
                    timeZone: "Asia/Tokyo")
            }
            _ = try await gazetteer.upsert([place("Kyōto", ascii: "Kyoto", alternates: ["Kioto", "京都", "ＫＹＯＴＯ"])])
            let city = try #require(try await fixture.cities.find(geonameID: 1_857_910))
            let inserted = try await Self.city(city.id, store)
            #expect(inserted.isOwned)
            #expect(inserted.searchNames == "kyoto , kioto , 京都")
            let tie = try await fixture.partner(city)
            #expect(try await Self.listKeys(tie.id, store).nameKey == "kyoto")

            let write = try await gazetteer.upsert([
                place("Heian-kyō", ascii: "Heian-kyo", alternates: ["Miyako", "平安京"])
            ])
            #expect(write.updated == 1)
            let updated = try await Self.city(city.id, store)
            #expect(updated.isOwned)
            #expect(updated.searchName == "heian-kyo" && updated.searchNames == "heian kyo , miyako , 平安京")
            let keys = try await Self.listKeys(tie.id, store)
            #expect(keys.isOwned && keys.nameKey == "heian-kyo")
            // The search index reads the refreshed names.
            #expect(try await fixture.cities.search("miyak", limit: 5).map(\.city.id) == [city.id])

            // A city edited after the import keeps the gazetteer's names in its search text.
            _ = try await fixture.cities.update(
                city.id, with: CityDraft(name: "Kyoto", names: ["ja": "京都市"], countryCode: "JP", geonameID: 1_857_910),
                by: author)
            let edited = try await Self.city(city.id, store)
            #expect(edited.isOwned && edited.searchNames == "kyoto , 京都市 , heian kyo , miyako , 平安京")
        }
    }

    @Test(arguments: TestDatabase.all)
    func organisationAndPersonWritesRefreshSearchName(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let programme = fixture.programme.id
            let organisations = FluentOrganisationRepository(store: store)
            let office = try await organisations.create(
                OrganisationDraft(name: "Kyōto City Office", nativeName: "京都市役所", kind: .cityOffice),
                in: programme, by: author)
            #expect(try await Self.organisationSearchName(office.id, store) == "kyoto city office 京都市役所")
            _ = try await organisations.update(
                office.id, with: OrganisationDraft(name: "Ville de Strasbourg", kind: .cityOffice), in: programme,
                by: author)
            #expect(try await Self.organisationSearchName(office.id, store) == "ville de strasbourg")

            let people = FluentPersonRepository(store: store)
            let aiko = try await people.create(
                PersonDraft(givenName: "Aiko", familyName: "Tanaka", nativeName: "田中 愛子"), in: programme,
                by: author)
            #expect(try await Self.personSearchName(aiko.id, store) == "tanaka aiko 田中 愛子")
            _ = try await people.update(
                aiko.id, with: PersonDraft(givenName: "Aiko", familyName: "Satō"), in: programme, by: author)
            #expect(try await Self.personSearchName(aiko.id, store) == "sato aiko")
            _ = try await FluentPrivacyRepository(store: store).erase(aiko.id, in: programme, by: author)
            #expect(
                try await Self.personSearchName(aiko.id, store)
                    == DerivedColumns.personSearchName(familyName: "", givenName: Person.erasedName, nativeName: nil))
        }
    }

    // MARK: The stored columns and what their owners compute from the row's sources

    struct CityColumns {
        var searchName: String
        var searchNames: String?
        var ownerSearchName: String
        var ownerSearchNames: String
        var isOwned: Bool { searchName == ownerSearchName && searchNames == ownerSearchNames }
    }

    static func city(_ id: UUID, _ store: Store) async throws -> CityColumns {
        let row = try #require(
            try await store.sql().select()
                .columns("name", "names", "ascii_name", "alternate_names", "search_name", "search_names")
                .from("cities").where("id", .equal, SQLBind(id)).first())
        let name = try row.decode(column: "name", as: String.self)
        return CityColumns(
            searchName: try row.decode(column: "search_name", as: String.self),
            searchNames: try row.decode(column: "search_names", as: String?.self),
            ownerSearchName: DerivedColumns.citySearchName(name: name),
            ownerSearchNames: DerivedColumns.citySearchNames(
                name: name, names: try row.decode(column: "names", as: [String: String].self),
                asciiName: try row.decode(column: "ascii_name", as: String?.self),
                alternateNames: try row.decode(column: "alternate_names", as: String?.self)))
    }

    struct ListKeys {
        var nameKey: String?
        var country: String?
        var partnerName: String
        var partnerCountry: String
        var isOwned: Bool {
            nameKey == DerivedColumns.citySearchName(name: partnerName) && country == partnerCountry
        }
    }

    static func listKeys(_ id: UUID, _ store: Store) async throws -> ListKeys {
        let row = try #require(
            try await store.sql().raw(
                """
                SELECT "p"."partner_name_key", "p"."partner_country", "c"."name", "c"."country_code" \
                FROM "partnerships" AS "p" JOIN "cities" AS "c" ON "c"."id" = "p"."partner_city_id" \
                WHERE "p"."id" = \(bind: id)
                """
            ).first())
        return ListKeys(
            nameKey: try row.decode(column: "partner_name_key", as: String?.self),
            country: try row.decode(column: "partner_country", as: String?.self),
            partnerName: try row.decode(column: "name", as: String.self),
            partnerCountry: try row.decode(column: "country_code", as: String.self))
    }

    /// The stored `search_name`, after checking it is what the owner computes from the row.
    static func organisationSearchName(_ id: UUID, _ store: Store) async throws -> String {
        let row = try #require(
            try await store.sql().select().columns("name", "native_name", "search_name").from("organisations")
                .where("id", .equal, SQLBind(id)).first())
        let stored = try row.decode(column: "search_name", as: String.self)
        #expect(
            stored
                == DerivedColumns.organisationSearchName(
                    name: try row.decode(column: "name", as: String.self),
                    nativeName: try row.decode(column: "native_name", as: String?.self)))
        return stored
    }

    static func personSearchName(_ id: UUID, _ store: Store) async throws -> String {
        let row = try #require(
            try await store.sql().select().columns("given_name", "family_name", "native_name", "search_name")
                .from("people").where("id", .equal, SQLBind(id)).first())
        let stored = try row.decode(column: "search_name", as: String.self)
        #expect(
            stored
                == DerivedColumns.personSearchName(
                    familyName: try row.decode(column: "family_name", as: String.self),
                    givenName: try row.decode(column: "given_name", as: String.self),
                    nativeName: try row.decode(column: "native_name", as: String?.self)))
        return stored
    }
}
