import Domain
import Foundation
import Testing

@Suite struct TwinListTests {
    @Test func csvLinesKeepQuotedCommasAndQuotes() {
        #expect(CSVLine.fields(#"Berat,Albania,"Gozo, Malta",Malta"#) == ["Berat", "Albania", "Gozo, Malta", "Malta"])
        #expect(CSVLine.fields(#""a ""b"" c",,x"#) == [#"a "b" c"#, "", "x"])
    }

    @Test func rowsOfBothListsAndTheirHeaders() throws {
        let wiki = TwinFormat.wikipediaList
        #expect(wiki.row(["city1", "country1", "city2", "country2"], line: 1) == nil)
        let row = try #require(wiki.row(["Berat", "Albania", "Fermo", "Italy"], line: 2)).get()
        #expect(row.a == PlaceLabel(name: "Berat", countryLabel: "Albania") && row.kind == .sister && row.year == nil)
        #expect(throws: GeoNamesLine.Problem.self) { try wiki.row(["Berat", "Albania"], line: 3)?.get() }

        let german = TwinFormat.germanPartnerships
        #expect(german.row(["gemeindename", "plz"], line: 1) == nil)
        let fields = [
            "Aachen", "52062", "NRW", "50.7", "6.0", "Montebourg", "Frankreich", "Europa", "1960", "f", "", "",
        ]
        let tie = try #require(german.row(fields, line: 2)).get()
        #expect(tie.a.countryLabel == "Deutschland" && tie.b.name == "Montebourg" && tie.year == 1960)
        #expect(tie.kind == .friendship)
        var contact = fields
        contact[9] = "k"
        contact[8] = ""
        let second = try #require(german.row(contact, line: 3)).get()
        #expect(second.kind == .contact && second.year == nil)
    }

    @Test func namesAreTriedAsWrittenThenWithoutTheirQualifiers() {
        #expect(
            PlaceLabel(name: "Kispest (Budapest)", countryLabel: "").variants == [
                "Kispest (Budapest)", "Kispest", "Budapest",
            ])
        #expect(
            PlaceLabel(name: "Halifax/Calderdale", countryLabel: "").variants == [
                "Halifax/Calderdale", "Halifax", "Calderdale",
            ])
        #expect(
            PlaceLabel(name: "Tokyo – Arakawa", countryLabel: "").variants == ["Tokyo – Arakawa", "Arakawa", "Tokyo"])
        #expect(PlaceLabel(name: "Krosno County", countryLabel: "").variants == ["Krosno County", "Krosno"])
        #expect(PlaceLabel(name: "St Neot", countryLabel: "").variants == ["St Neot", "Saint Neot"])
        #expect(PlaceLabel(name: "Lengnau, Bern", countryLabel: "").variants == ["Lengnau, Bern", "Lengnau"])
    }

    @Test func countryLabelsAsTheListsWriteThem() {
        let english: [(String, String?)] = [
            ("England", "GB"), ("England, United Kingdom", "GB"), ("Scotland", "GB"), ("Wales, United Kingdom", "GB"),
            ("Republic of Ireland", "IE"), ("Georgia (country)", "GE"), ("Japa", "JP"), ("Grece", "GR"),
            ("Réunion, France", "RE"), ("Brandenburg, Germany", "DE"), ("United States", "US"), ("Japan", "JP"),
            ("", nil), ("Atlantis", nil),
        ]
        for (label, code) in english { #expect(CountryLabels.code(label, language: .english) == code, "\(label)") }
        let german: [(String, String?)] = [
            ("Frankreich", "FR"), ("Großbritannien", "GB"), ("Tschech. Republik", "CZ"), ("Rußland", "RU"),
            ("Vereinigte Staaten", "US"), ("Deutschland", "DE"), ("Philipinen", "PH"),
        ]
        for (label, code) in german { #expect(CountryLabels.code(label, language: .german) == code, "\(label)") }
    }

    @Test func theOnlyCityOrTheMostPopulousIsChosenElseNone() {
        func city(_ name: String, _ population: Int?) -> City {
            City(id: UUID(), CityDraft(name: name, countryCode: "US", population: population))
        }
        let big = city("Springfield", 167_000)
        let small = city("Springfield", 12_000)
        #expect(Reconciliation.decide([], variant: "x", original: "x") == nil)
        #expect(
            Reconciliation.decide([small], variant: "Springfield", original: "Springfield")
                == .matched(small, note: "by name"))
        #expect(
            Reconciliation.decide([small, big], variant: "Springfield", original: "Springfield")
                == .matched(big, note: "by name, the most populous of 2"))
        let twin = city("Springfield", 12_000)
        guard
            case .ambiguous(let candidates) = Reconciliation.decide(
                [small, twin], variant: "Springfield", original: "Springfield (MA)")
        else {
            Issue.record("two equal candidates should be ambiguous")
            return
        }
        #expect(candidates.count == 2)
    }
}
