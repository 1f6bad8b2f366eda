import Testing

@testable import Server

/// The languages a record's form offers translations in: the partner city's country names one of them.
@Suite struct TranslationFieldsLanguagesTests {
    @Test func thePartnerCountrysLanguageIsOfferedAfterTheSitesOwn() {
        let site = Catalogs.shipped.languages.filter { $0 != "en" }
        #expect(site.contains("ja") && !site.contains("fr") && !site.contains("zh"))
        #expect(TranslationFields.languages(original: "en", values: [:], partnerCountry: "FR") == site + ["fr"])
        #expect(TranslationFields.languages(original: "en", values: [:], partnerCountry: "TW") == site + ["zh"])
        // Japan's language is the site's already, and the programme's own is never offered.
        #expect(TranslationFields.languages(original: "en", values: [:], partnerCountry: "JP") == site)
        #expect(
            TranslationFields.languages(original: "fr-CA", values: [:], partnerCountry: "FR")
                == Catalogs.shipped.languages)
        // No partner city, or a code that is no country: only the site's languages.
        #expect(TranslationFields.languages(original: "en", values: [:]) == site)
        #expect(TranslationFields.languages(original: "en", values: [:], partnerCountry: "XX") == site)
        // Languages typed into the form come before the partner's, and extra ones after it.
        #expect(
            TranslationFields.languages(
                original: "en", values: ["translations.de.summary": "Hallo"], partnerCountry: "FR", also: ["ko"])
                == site + ["de", "fr", "ko"])
    }
}
