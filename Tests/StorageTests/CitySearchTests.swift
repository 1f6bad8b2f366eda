import Domain
import Foundation
import Storage
import TestSupport
import Testing

@Suite struct CitySearchTests {
    func place(
        _ id: Int, _ name: String, _ country: String, _ population: Int, _ alternates: [String] = []
    ) -> GazetteerPlace {
        GazetteerPlace(
            geonameID: id, name: name, asciiName: CitySearch.fold(name), alternateNames: alternates,
            coordinate: Coordinate(latitude: 0, longitude: 0), countryCode: country, population: population,
            timeZone: nil)
    }

    @Test(arguments: TestDatabase.all)
    func anyNameInAnyScriptFindsTheRightCityFirst(database: TestDatabase) async throws {
        try await database.withStore { store in
            _ = try await SQLGazetteerRepository(store: store).upsert([
                place(1_857_910, "Kyoto", "JP", 1_459_640, ["Kioto", "Kyōto", "京都", "京都市"]),
                place(1_857_911, "Kyotamba", "JP", 8000),
                place(2_973_783, "Strasbourg", "FR", 274_845, ["Straßburg", "Strossburi"]),
                place(2_973_784, "Straßburg-Stadt", "AT", 1255),
                place(4_930_956, "Boston", "US", 653_833),
                place(2_655_138, "Boston", "GB", 45_339),
                place(1_850_147, "Tokyo", "JP", 9_733_276, ["東京", "Tōkyō"]),
            ])
            let cities = FluentCityRepository(store: store)
            func first(_ query: String) async throws -> String? {
                let hit = try await cities.search(query, limit: 5).first
                return hit.map { "\($0.city.name) \($0.city.countryCode)" }
            }
            for query in ["Kyoto", "Kyōto", "kyoto", "KYOTO", "京都", "Kyo"] {
                #expect(try await first(query) == "Kyoto JP", "\(query)")
            }
            for query in ["Straßburg", "strasb", "Strasbourg"] {
                #expect(try await first(query) == "Strasbourg FR", "\(query)")
            }
            #expect(try await first("東京") == "Tokyo JP")
            // Two cities of one name: the more populous first.
            #expect(try await cities.search("Boston", limit: 5).map(\.city.countryCode) == ["US", "GB"])
            #expect(try await cities.search("zzz", limit: 5).isEmpty)
            #expect(try await cities.search("  ", limit: 5).isEmpty)
            // Words the full-text syntax would read as operators, or split apart, are only words.
            for odd in ["ab½", "x & y | !z", "'quoted'", "a:*b", "ǃ", "東京 & 京都"] {
                _ = try await cities.search(odd, limit: 5)
                _ = try await cities.named(odd, in: "JP")
            }

            // A city the programme records is found too, under its own translations; renamed, under its new name.
            let kept = try await cities.create(
                CityDraft(name: "Kaunas", names: ["lt": "Kaunas", "pl": "Kowno"], countryCode: "LT"),
                by: .system("test"))
            #expect(try await first("Kowno") == "Kaunas LT")
            var draft = CityDraft(name: "Kauen", names: [:], countryCode: "LT")
            draft.population = 1
            _ = try await cities.update(kept.id, with: draft, by: .system("test"))
            #expect(try await first("Kowno") == nil)
            #expect(try await first("kauen") == "Kauen LT")
            // Any population the API accepts keeps the index's key within 64 bits.
            draft.population = Int.max - 1
            _ = try await cities.update(kept.id, with: draft, by: .system("test"))
            #expect(try await first("kauen") == "Kauen LT")
            try await cities.delete(kept.id, by: .system("test"))
            #expect(try await first("kauen") == nil)
        }
    }
}
