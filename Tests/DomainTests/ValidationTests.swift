import Domain
import Foundation
import Testing

@Suite struct CityValidationTests {
    @Test func acceptsAndNormalisesAGoodCity() throws {
        let draft = try CityDraft(
            name: "  Kyoto ", names: ["ja": "京都市"], countryCode: "jp",
            coordinate: .init(latitude: 35, longitude: 135.7),
            timeZone: "Asia/Tokyo", population: 1_463_723, geonameID: 1_857_910, wikidataID: "Q34600"
        ).validated()
        #expect(draft.name == "Kyoto")
        #expect(draft.countryCode == "JP")
    }

    @Test func namesEveryBadField() {
        let draft = CityDraft(
            name: " ", names: ["not a tag": "x"], countryCode: "ZZ", coordinate: .init(latitude: 91, longitude: -181),
            timeZone: "Mars/Olympus", population: -1, geonameID: 0, wikidataID: "34600")
        #expect(throws: DomainError.self) { try draft.validated() }
        do {
            _ = try draft.validated()
        } catch let DomainError.invalid(issues) {
            #expect(
                Set(issues.map(\.field)) == [
                    "name", "names.not a tag", "country", "latitude", "longitude", "timeZone", "population",
                    "geonameId", "wikidataId",
                ])
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func nativeNameComesFromTheCountrysLanguage() {
        let kyoto = City(id: UUID(), CityDraft(name: "Kyoto", names: ["ja": "京都市", "en": "Kyoto"], countryCode: "JP"))
        #expect(kyoto.nativeName == "京都市")
        #expect(kyoto.nativeNameLanguage == "ja")
        let melbourne = City(id: UUID(), CityDraft(name: "Melbourne", names: ["en": "Melbourne"], countryCode: "AU"))
        #expect(melbourne.nativeName == nil)
    }
}

@Suite struct PartnershipRuleTests {
    let boston = City(id: UUID(), CityDraft(name: "Boston", countryCode: "US"))
    let kyoto = City(id: UUID(), CityDraft(name: "Kyoto", countryCode: "JP"))
    let cambridge = City(id: UUID(), CityDraft(name: "Cambridge", countryCode: "US"))

    func issues(_ draft: PartnershipDraft, home: City?, partner: City?) -> [FieldIssue] {
        do {
            _ = try draft.validated(homeCity: home, partnerCity: partner)
            return []
        } catch let DomainError.invalid(issues) {
            return issues
        } catch {
            return [FieldIssue(field: "?", message: "\(error)")]
        }
    }

    @Test func aCityCannotPartnerItself() {
        let found = issues(
            PartnershipDraft(homeCityID: boston.id, partnerCityID: boston.id), home: boston, partner: boston)
        #expect(found.contains { $0.field == "partnerCityId" && $0.message.contains("itself") })
    }

    @Test func partnersMustBeOfDifferentNations() {
        let found = issues(
            PartnershipDraft(homeCityID: boston.id, partnerCityID: cambridge.id), home: boston, partner: cambridge)
        #expect(found.contains { $0.field == "partnerCityId" && $0.message.contains("same country") })
        #expect(
            issues(PartnershipDraft(homeCityID: boston.id, partnerCityID: kyoto.id), home: boston, partner: kyoto)
                .isEmpty)
    }

    @Test func endedIsNotBeforeEstablishedAndMeansEnded() {
        let draft = PartnershipDraft(
            homeCityID: boston.id, partnerCityID: kyoto.id, status: .active, established: PartialDate(year: 1959),
            ended: PartialDate(year: 1950))
        let fields = Set(issues(draft, home: boston, partner: kyoto).map(\.field))
        #expect(fields == ["ended", "status"])
    }

    @Test func unknownCitiesAndBadSourcesAreNamed() {
        let draft = PartnershipDraft(
            homeCityID: boston.id, partnerCityID: UUID(), sources: [WebLink(title: "", url: "ftp://x")])
        let fields = Set(issues(draft, home: boston, partner: nil).map(\.field))
        #expect(fields == ["partnerCityId", "sources[0].title", "sources[0].url"])
    }
}

@Suite struct TextRuleTests {
    @Test func lengthsCountUnicodeScalarsAsJSONSchemaDoes() {
        // 150 × "e" + combining acute: 150 characters, 300 scalars.
        let long = String(repeating: "e\u{301}", count: 150)
        #expect(throws: DomainError.self) { try CityDraft(name: long, countryCode: "FR").validated() }
        // A space followed by a combining mark is not blank.
        #expect(throws: Never.self) { try CityDraft(name: " \u{301}", countryCode: "FR").validated() }
    }

    @Test func nulCharactersAreRefused() {
        #expect(throws: DomainError.self) { try CityDraft(name: "Ky\u{0}oto", countryCode: "JP").validated() }
        #expect(throws: DomainError.self) {
            try CityDraft(name: "Kyoto", countryCode: "JP", timeZone: "Asia/Tokyo\u{0}").validated()
        }
        #expect(!WebLink.isWebURL("https://example.org/\u{0}"))
    }

    @Test func onlyASCIICountryCodes() {
        // "ıt" upper-cases to "IT" but is not a country code.
        #expect(Country.withCode("\u{131}t") == nil)
        #expect(throws: DomainError.self) { try CityDraft(name: "Roma", countryCode: "\u{131}t").validated() }
    }
}
