import Domain
import Foundation
import Storage
import TestSupport
import Testing

@Suite struct WorldTieRepositoryTests {
    @Test(arguments: TestDatabase.all)
    func eachTieOnceSeenFromBothSidesAndRewritingChangesNothing(database: TestDatabase) async throws {
        try await database.withStore { store in
            _ = try await SQLGazetteerRepository(store: store).upsert([
                GazetteerPlace(
                    geonameID: 1, name: "Aachen", asciiName: "Aachen", alternateNames: ["Aix-la-Chapelle"],
                    coordinate: Coordinate(latitude: 50.7, longitude: 6.08), countryCode: "DE", population: 249_000,
                    timeZone: nil),
                GazetteerPlace(
                    geonameID: 2, name: "Reims", asciiName: "Reims", alternateNames: [],
                    coordinate: Coordinate(latitude: 49.2, longitude: 4.03), countryCode: "FR", population: 180_000,
                    timeZone: nil),
                GazetteerPlace(
                    geonameID: 3, name: "Cottbus", asciiName: "Cottbus", alternateNames: ["Chóśebuz"],
                    coordinate: Coordinate(latitude: 51.7, longitude: 14.3), countryCode: "DE", population: 99_000,
                    timeZone: nil),
            ])
            let cities = FluentCityRepository(store: store)
            let aachen = try #require(try await cities.named("aix la chapelle", in: "DE").first)
            #expect(aachen.name == "Aachen")
            #expect(try await cities.named("Aachen", in: "FR").isEmpty)
            #expect(try await cities.named("Aach", in: "DE").isEmpty)
            let reims = try #require(try await cities.find(geonameID: 2))
            let cottbus = try #require(try await cities.named("Chosebuz", in: "DE").first)

            let ties = FluentWorldTieRepository(store: store)
            let revision = try await ContentRevisionStore(store: store).current()
            let first = try await ties.upsert([
                WorldTieDraft(
                    cityA: aachen.id, cityB: reims.id, year: nil, kind: .sister, source: "wikipedia-list",
                    domestic: false),
                WorldTieDraft(
                    cityA: reims.id, cityB: aachen.id, year: nil, kind: .sister, source: "wikipedia-list",
                    domestic: false),
                WorldTieDraft(
                    cityA: aachen.id, cityB: cottbus.id, year: 1990, kind: .partnership, source: "german-partnerships",
                    domestic: true),
            ])
            #expect(first == WorldTieWrite(added: 2, merged: 0, unchanged: 1))
            #expect(try await ContentRevisionStore(store: store).current() == revision + 1)
            let merged = try await ties.upsert([
                WorldTieDraft(
                    cityA: reims.id, cityB: aachen.id, year: 1967, kind: .partnership, source: "german-partnerships",
                    domestic: false)
            ])
            #expect(merged == WorldTieWrite(added: 0, merged: 1, unchanged: 0))
            let again = try await ties.upsert([
                WorldTieDraft(
                    cityA: aachen.id, cityB: reims.id, year: 1967, kind: .sister, source: "wikipedia-list",
                    domestic: false)
            ])
            #expect(again == WorldTieWrite(added: 0, merged: 0, unchanged: 1))
            #expect(try await ties.count() == 2)

            let fromAachen = try await ties.partners(of: aachen.id)
            #expect(fromAachen.map(\.city.name) == ["Cottbus", "Reims"])
            #expect(fromAachen[0].domestic && !fromAachen[1].domestic)
            #expect(fromAachen[1].year == 1967 && fromAachen[1].sources == ["german-partnerships", "wikipedia-list"])
            #expect(try await ties.partners(of: reims.id).map(\.city.name) == ["Aachen"])
        }
    }
}
