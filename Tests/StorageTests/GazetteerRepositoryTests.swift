import Domain
import Foundation
import Storage
import TestSupport
import Testing

@Suite struct GazetteerRepositoryTests {
    func place(_ id: Int, _ name: String, population: Int? = 1000, country: String = "JP") -> GazetteerPlace {
        GazetteerPlace(
            geonameID: id, name: name, asciiName: name, alternateNames: ["\(name)-shi"],
            coordinate: Coordinate(latitude: 35, longitude: 135), countryCode: country, population: population,
            timeZone: "Asia/Tokyo")
    }

    @Test(arguments: TestDatabase.all)
    func upsertsByGeoNamesIdWritingOnlyWhatChanged(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let cities = FluentCityRepository(store: store)
            // A city the programme already keeps, with its own translation of the name.
            let kept = try await cities.create(
                CityDraft(name: "Kyoto", names: ["ja": "京都市"], countryCode: "JP", geonameID: 1_857_910),
                by: .system("test"))
            _ = fixture
            let gazetteer = SQLGazetteerRepository(store: store)
            let first = try await gazetteer.upsert([
                place(1_857_910, "Kyoto", population: 1_459_640), place(1, "Uji"), place(2, "Nara"), place(2, "Nara"),
            ])
            #expect(first == GazetteerWrite(inserted: 2, updated: 1, unchanged: 0))
            // Pages kept under the content revision are renewed when places change, and only then.
            let revisions = ContentRevisionStore(store: store)
            let written = try await revisions.current()
            let again = try await gazetteer.upsert([place(1_857_910, "Kyoto", population: 1_459_640), place(1, "Uji")])
            #expect(again == GazetteerWrite(inserted: 0, updated: 0, unchanged: 2))
            #expect(try await revisions.current() == written)
            let changed = try await gazetteer.upsert([place(1, "Uji", population: 2000)])
            #expect(changed == GazetteerWrite(inserted: 0, updated: 1, unchanged: 0))
            #expect(try await revisions.current() == written + 1)

            let kyoto = try await cities.find(kept.id)
            #expect(kyoto.names == ["ja": "京都市"] && kyoto.population == 1_459_640)
            #expect(try await cities.find(geonameID: 1)?.population == 2000)
            #expect(try await cities.find(geonameID: 2)?.name == "Nara")
        }
    }
}
