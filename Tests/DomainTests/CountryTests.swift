import Domain
import Testing

@Suite struct CountryTests {
    @Test func tableHoldsEveryGeoNamesCountry() {
        #expect(Country.all.count == 252)
        #expect(Set(Country.all.map(\.code)).count == 252)
    }

    @Test func looksUpByCodeInAnyCase() throws {
        let japan = try #require(Country.withCode("jp"))
        #expect(japan.name == "Japan")
        #expect(japan.alpha3 == "JPN")
        #expect(japan.primaryLanguage == "ja")
        #expect(Country.withCode("TW")?.primaryLanguage == "zh")
        #expect(Country.withCode("XX") == nil)
    }

    @Test(arguments: [
        ("ja", true), ("zh-Hant", true), ("pt-BR", true), ("j", false), ("ja_JP", false), ("", false), ("ja-", false),
    ])
    func languageTagShape(tag: String, valid: Bool) {
        #expect(LanguageTag.isValid(tag) == valid)
    }
}
