import Domain
import Foundation
import SQLKit
import TestSupport
import Testing

@testable import Storage

/// The partnership list orders and filters on copies of the partner city's name and country: they follow
/// every edit of the city, by hand or by the gazetteer, and the totals follow every change.
@Suite struct PartnershipListTests {
    func names(_ fixture: Fixture, _ query: PartnershipQuery) async throws -> [String] {
        try await fixture.partnerships.list(in: fixture.programme.id, query).items.map(\.partnerCity.name)
    }

    @Test(arguments: TestDatabase.all)
    func ordersAndFiltersFollowThePartnerCities(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let zagreb = try await fixture.city("Zagreb", "HR")
            let accra = try await fixture.city("Accra", "GH")
            let kyoto = try await fixture.cities.create(
                CityDraft(name: "Kyoto", countryCode: "JP", geonameID: 1_857_910), by: .system("test"))
            _ = try await fixture.partner(zagreb, established: PartialDate("1977"))
            _ = try await fixture.partner(accra)
            _ = try await fixture.partner(kyoto, established: PartialDate("1959-06-24"))
            let byName = PartnershipQuery(sort: .partnerName)
            #expect(try await names(fixture, byName) == ["Accra", "Kyoto", "Zagreb"])
            #expect(try await names(fixture, PartnershipQuery()) == ["Kyoto", "Zagreb", "Accra"])
            #expect(
                try await names(fixture, PartnershipQuery(sort: .establishedDescending)) == [
                    "Zagreb", "Kyoto", "Accra",
                ])
            #expect(try await names(fixture, PartnershipQuery(sort: .country)) == ["Accra", "Zagreb", "Kyoto"])

            // Renamed and moved by hand: the list follows.
            _ = try await fixture.cities.update(
                accra.id, with: CityDraft(name: "Tema", countryCode: "GH"), by: .system("test"))
            #expect(try await names(fixture, byName) == ["Kyoto", "Tema", "Zagreb"])
            _ = try await fixture.cities.update(
                zagreb.id, with: CityDraft(name: "Zagreb", countryCode: "SI"), by: .system("test"))
            #expect(try await names(fixture, PartnershipQuery(countryCode: "si")) == ["Zagreb"])
            #expect(
                try await fixture.partnerships.list(in: fixture.programme.id, PartnershipQuery(countryCode: "HR")).total
                    == 0)

            // Renamed by the gazetteer: the list follows too.
            _ = try await SQLGazetteerRepository(store: store).upsert([
                GazetteerPlace(
                    geonameID: 1_857_910, name: "Ancient Kyoto", asciiName: "Ancient Kyoto", alternateNames: [],
                    coordinate: Coordinate(latitude: 35, longitude: 135.8), countryCode: "JP", population: 1_459_640,
                    timeZone: "Asia/Tokyo")
            ])
            #expect(try await names(fixture, byName) == ["Ancient Kyoto", "Tema", "Zagreb"])
        }
    }

    @Test(arguments: TestDatabase.all)
    func totalsFollowEveryChange(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let all = PartnershipQuery(page: PageRequest(limit: 1))
            let friendships = PartnershipQuery(page: PageRequest(limit: 1), kind: .friendship)
            let first = try await fixture.partner(try await fixture.city("Lyon", "FR"))
            #expect(try await fixture.partnerships.list(in: fixture.programme.id, all).total == 1)
            #expect(try await fixture.partnerships.list(in: fixture.programme.id, friendships).total == 0)
            _ = try await fixture.partner(try await fixture.city("Porto", "PT"), kind: .friendship)
            #expect(try await fixture.partnerships.list(in: fixture.programme.id, all).total == 2)
            #expect(try await fixture.partnerships.list(in: fixture.programme.id, friendships).total == 1)
            try await fixture.partnerships.delete(first.id, in: fixture.programme.id, by: .system("test"))
            #expect(try await fixture.partnerships.list(in: fixture.programme.id, all).total == 1)
            // Which cities are partners already, among some: for the world directory's "adopt" buttons.
            let porto = try #require(
                try await fixture.partnerships.list(in: fixture.programme.id, friendships).items.first?.partnerCity)
            let elsewhere = try await fixture.city("Gdańsk", "PL")
            #expect(
                try await fixture.partnerships.partnerCities(
                    in: fixture.programme.id, among: [porto.id, elsewhere.id, first.partnerCity.id]) == [porto.id])
            // Another programme's ties are counted apart.
            let other = try await fixture.programmes.create(
                ProgrammeDraft(name: "Other", homeCityID: fixture.boston.id), by: .system("test"))
            #expect(try await fixture.partnerships.list(in: other.id, all).total == 0)
        }
    }
}

/// Every order and filter of the list reads an index in order and stops after the page: SQLite's plan has no
/// sorting step, so a programme of 100,000 ties pages as fast as one of 100 (BENCHMARKS.md §4).
@Suite struct PartnershipListPlanTests {
    @Test func everyOrderReadsAnIndexWithoutSorting() async throws {
        try await TestDatabase.sqlite.withStore { store in
            let fixture = try await Fixture(store: store)
            let sql = try store.sql()
            for sort in PartnershipQuery.Sort.allCases {
                for query in [
                    PartnershipQuery(sort: sort), PartnershipQuery(countryCode: "jp", sort: sort),
                    PartnershipQuery(page: PageRequest(page: 3, limit: 20), status: .active, sort: sort),
                ] {
                    let plan = try await sql.raw(
                        "EXPLAIN QUERY PLAN " + PartnershipRow.ids(of: fixture.programme.id, query)
                    )
                    .all().map { try $0.decode(column: "detail", as: String.self) }
                    #expect(plan.first?.contains("INDEX partnerships_list_") == true, "\(sort): \(plan)")
                    #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(sort): \(plan)")
                }
            }
        }
    }
}
