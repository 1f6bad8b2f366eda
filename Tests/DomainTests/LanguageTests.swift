import Domain
import Foundation
import Testing

@Suite struct LanguagePreferenceTests {
    @Test func rangesAreReadInTheOrderOfTheirWeights() {
        let preference = LanguagePreference(acceptLanguage: "en;q=0.5, ja-JP, fr;q=0.8, de;q=0, *;q=0.1, bad tag")
        #expect(preference.ranges == ["ja-JP", "fr", "en"])
        #expect(LanguagePreference(acceptLanguage: "fr, en").ranges == ["fr", "en"])
    }

    @Test func lookupShortensARangeUntilItMatches() {
        let available = ["en", "ja", "zh-Hant"]
        #expect(LanguagePreference(ranges: ["ja-JP"]).lookup(in: available) == "ja")
        #expect(LanguagePreference(ranges: ["zh-Hant-TW"]).lookup(in: available) == "zh-Hant")
        #expect(LanguagePreference(ranges: ["ZH-hant"]).lookup(in: available) == "zh-Hant")
        // zh-Hans is not zh-Hant, and "zh" alone is not offered: nothing matches.
        #expect(LanguagePreference(ranges: ["zh-Hans-CN"]).lookup(in: available) == nil)
        // The first range that matches wins, even when a later one matches exactly.
        #expect(LanguagePreference(ranges: ["fr-CA", "ja", "en"]).lookup(in: available) == "ja")
        // A single-letter subtag is dropped with the one after it ("de-x-foo" → "de").
        #expect(LanguagePreference(ranges: ["en-x-private"]).lookup(in: available) == "en")
        #expect(LanguagePreference(ranges: []).lookup(in: available) == nil)
    }

    @Test func pluralCategoriesFollowCLDR() {
        #expect(PluralCategory.of(1, language: "en") == .one)
        #expect(PluralCategory.of(0, language: "en") == .other)
        #expect(PluralCategory.of(2, language: "en-GB") == .other)
        #expect(PluralCategory.of(1, language: "ja") == .other)
        #expect(PluralCategory.of(0, language: "fr") == .one)
        #expect(PluralCategory.of(2_000_000, language: "fr") == .many)
        #expect(PluralCategory.of(1, language: "zh-Hant") == .other)
        #expect(PluralCategory.of(1, language: "pt-BR") == .one)
    }

    @Test func aCityIsNamedInTheReadersLanguageWhereItHasThatName() {
        let kyoto = City(
            id: UUID(),
            CityDraft(name: "Kyoto", names: ["ja": "京都市", "en": "Kyoto"], countryCode: "JP"))
        #expect(kyoto.name(in: "ja") == "京都市")
        #expect(kyoto.name(in: "ja-JP") == "京都市")
        #expect(kyoto.name(in: "en") == "Kyoto")
        #expect(kyoto.name(in: "fr") == "Kyoto")
    }
}
