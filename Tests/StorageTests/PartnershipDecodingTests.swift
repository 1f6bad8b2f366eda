import Domain
import Foundation
import Storage
import TestSupport
import Testing

/// `find` and `list` read a partnership through one decoder: for the demo programme's ties, every field of
/// `find(id)` equals that tie in the list, and what `create` answered.
@Suite struct PartnershipDecodingTests {
    let author = ChangeAuthor.system("test")

    /// The demo programme's partner cities, as its loader writes them.
    static let partners: [CityDraft] = [
        CityDraft(
            name: "Kyoto", names: ["ja": "京都市", "en": "Kyoto"], countryCode: "JP", adminRegion: "Kyoto Prefecture",
            coordinate: Coordinate(latitude: 35.02107, longitude: 135.75385), timeZone: "Asia/Tokyo",
            population: 1_463_723, geonameID: 1_857_910),
        CityDraft(
            name: "Strasbourg", names: ["fr": "Strasbourg", "de": "Straßburg", "ja": "ストラスブール"], countryCode: "FR",
            adminRegion: "Grand Est", coordinate: Coordinate(latitude: 48.58392, longitude: 7.74553),
            timeZone: "Europe/Paris", population: 274_845, geonameID: 2_973_783),
        CityDraft(
            name: "Barcelona", names: ["es": "Barcelona", "ca": "Barcelona", "ja": "バルセロナ"], countryCode: "ES",
            adminRegion: "Catalonia", coordinate: Coordinate(latitude: 41.38879, longitude: 2.15899),
            timeZone: "Europe/Madrid", population: 1_686_208, geonameID: 3_128_760),
        CityDraft(
            name: "Hangzhou", names: ["zh-Hans": "杭州市", "ja": "杭州市"], countryCode: "CN", adminRegion: "Zhejiang",
            coordinate: Coordinate(latitude: 30.29365, longitude: 120.16142), timeZone: "Asia/Shanghai",
            population: 9_236_032, geonameID: 1_808_926),
        CityDraft(
            name: "Padua", names: ["it": "Padova", "ja": "パドヴァ"], countryCode: "IT", adminRegion: "Veneto",
            coordinate: Coordinate(latitude: 45.40797, longitude: 11.88586), timeZone: "Europe/Rome",
            population: 203_725, geonameID: 3_171_728),
        CityDraft(
            name: "Melbourne", names: ["en": "Melbourne", "ja": "メルボルン"], countryCode: "AU", adminRegion: "Victoria",
            coordinate: Coordinate(latitude: -37.814, longitude: 144.96332), timeZone: "Australia/Melbourne",
            population: 5_435_590, geonameID: 2_158_177),
        CityDraft(
            name: "Taipei", names: ["zh-Hant": "臺北市", "ja": "台北市"], countryCode: "TW", adminRegion: "Taipei",
            coordinate: Coordinate(latitude: 25.05306, longitude: 121.52639), timeZone: "Asia/Taipei",
            population: 7_871_900, geonameID: 1_668_341),
        CityDraft(
            name: "Sekondi-Takoradi", names: ["en": "Sekondi-Takoradi", "ja": "セコンディ・タコラディ"], countryCode: "GH",
            adminRegion: "Western Region", coordinate: Coordinate(latitude: 4.92678, longitude: -1.75773),
            timeZone: "Africa/Accra", population: 138_872, geonameID: 2_295_458),
        CityDraft(
            name: "Belfast", names: ["en": "Belfast", "ga": "Béal Feirste", "ja": "ベルファスト"], countryCode: "GB",
            adminRegion: "Northern Ireland", coordinate: Coordinate(latitude: 54.59682, longitude: -5.92541),
            timeZone: "Europe/London", population: 348_005, geonameID: 2_655_984),
        // No coordinates, zone or population: the optional columns read back as nil on both paths.
        CityDraft(name: "Praia", countryCode: "CV"),
    ]

    @Test(arguments: TestDatabase.all)
    func findEqualsTheListsElementForEveryDemoPartnership(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let programme = fixture.programme.id
            var created: [UUID: Partnership] = [:]
            for (index, draft) in Self.partners.enumerated() {
                let city = try await fixture.cities.create(draft, by: author)
                // Every precision of a date, every status, with and without focus areas, summary, sources and
                // translations.
                let established: PartialDate? =
                    switch index % 4 {
                    case 0: PartialDate("1959-06-24")
                    case 1: PartialDate("1960")
                    case 2: PartialDate("1980-03")
                    default: nil
                    }
                let tie = try await fixture.partnerships.create(
                    PartnershipDraft(
                        homeCityID: fixture.boston.id, partnerCityID: city.id,
                        kind: index == 5 ? .friendship : .sister,
                        status: index == 3 ? .ended : index == 7 ? .dormant : .active,
                        established: established, ended: index == 3 ? PartialDate("2001-11") : nil,
                        focusAreas: index.isMultiple(of: 2) ? [.education, .culture, .commerce, .community] : [],
                        summary: index == 0 ? "Boston's first sister city. 還暦, a rebirth." : nil,
                        sources: index == 0
                            ? [
                                WebLink(
                                    title: "Mayor Walsh reaffirms sister city partnership with Kyoto, Japan",
                                    url: "https://www.boston.gov/news/mayor-walsh-reaffirms-sister-city-partnership"),
                                WebLink(title: "Kyoto City", url: "https://www.city.kyoto.lg.jp/"),
                            ] : [],
                        translations: index == 0
                            ? Translations(["ja": ["summary": "ボストン市にとって最初の姉妹都市です。"]])
                            : index == 1
                                ? Translations(["fr": ["summary": "La première."], "de": ["summary": "Die erste."]])
                                : .none),
                    in: programme, by: author)
                created[tie.id] = tie
            }
            let listed = try await fixture.partnerships.list(
                in: programme, PartnershipQuery(page: PageRequest(limit: 100), sort: .partnerName))
            #expect(listed.items.count == Self.partners.count)
            #expect(Set(listed.items.map(\.id)) == Set(created.keys))
            for tie in listed.items {
                let found = try await fixture.partnerships.find(tie.id, in: programme)
                #expect(found == tie, "\(tie.partnerCity.name)")
                #expect(found == created[tie.id], "\(tie.partnerCity.name)")
                #expect(found.established?.precision == tie.established?.precision)
                #expect(found.homeCity == fixture.boston)
            }
            let kyoto = try #require(listed.items.first { $0.partnerCity.name == "Kyoto" })
            #expect(kyoto.established?.precision == .day && kyoto.sources.count == 2)
            #expect(kyoto.translations == Translations(["ja": ["summary": "ボストン市にとって最初の姉妹都市です。"]]))
            #expect(kyoto.partnerCity.names == ["ja": "京都市", "en": "Kyoto"])
            #expect(kyoto.partnerCity.coordinate == Coordinate(latitude: 35.02107, longitude: 135.75385))
            let praia = try #require(listed.items.first { $0.partnerCity.name == "Praia" })
            #expect(praia.partnerCity.coordinate == nil && praia.partnerCity.population == nil)

            // Another programme's partnership is not found in this one.
            let other = try await fixture.programmes.create(
                ProgrammeDraft(name: "Other", homeCityID: fixture.boston.id), by: author)
            let missing = await caught { _ = try await fixture.partnerships.find(kyoto.id, in: other.id) }
            guard case .notFound = missing as? DomainError else {
                Issue.record("expected not found, got \(String(describing: missing))")
                return
            }
        }
    }
}
