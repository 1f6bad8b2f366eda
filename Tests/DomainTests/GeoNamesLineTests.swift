import Domain
import Foundation
import Testing

@Suite struct GeoNamesLineTests {
    static let countries: Set<String> = ["JP", "FR", "XK"]

    /// Kyoto as cities500.txt has it (alternate names shortened).
    static let kyoto =
        "1857910\tKyoto\tKyoto\tKioto,Kyōto,Kyoto,京都,京都市\t35.02107\t135.75385\tP\tPPLA\tJP\t\t22\t\t\t\t1459640\t\t50\tAsia/Tokyo\t2024-05-14"

    @Test func readsTheNineteenColumns() throws {
        let place = try GeoNamesLine.parse(Self.kyoto[...], number: 1, countries: Self.countries).get()
        #expect(place.geonameID == 1_857_910 && place.name == "Kyoto" && place.countryCode == "JP")
        #expect(place.alternateNames == ["Kioto", "Kyōto", "京都", "京都市"])
        #expect(place.coordinate == Coordinate(latitude: 35.02107, longitude: 135.75385))
        #expect(place.population == 1_459_640 && place.timeZone == "Asia/Tokyo")
    }

    @Test func reportsWhatIsWrongWithALineInsteadOfGuessing() {
        let cases: [(String, String)] = [
            ("1\tA\tA", "3 columns where GeoNames has 19"),
            (Self.kyoto.replacingOccurrences(of: "1857910", with: "x1"), "the GeoNames id \"x1\" is not a number"),
            (Self.kyoto.replacingOccurrences(of: "35.02107", with: "95.0"), "no coordinates: \"95.0\", \"135.75385\""),
            (Self.kyoto.replacingOccurrences(of: "\tJP\t", with: "\tZZ\t"), "unknown country code \"ZZ\""),
            (Self.kyoto.replacingOccurrences(of: "1459640", with: "many"), "the population \"many\" is not a number"),
            (Self.kyoto.replacingOccurrences(of: "\tKyoto\tKyoto\t", with: "\t \tKyoto\t"), "the place has no name"),
        ]
        for (line, reason) in cases {
            let result = GeoNamesLine.parse(line[...], number: 7, countries: Self.countries)
            #expect(throws: GeoNamesLine.Problem(line: 7, reason: reason)) { try result.get() }
        }
    }

    @Test func fingerprintsChangeWithTheDataAndOnlyWithIt() throws {
        let a = try GeoNamesLine.parse(Self.kyoto[...], number: 1, countries: Self.countries).get()
        let b = try GeoNamesLine.parse(Self.kyoto[...], number: 99, countries: Self.countries).get()
        var c = a
        c.population = 1_459_641
        #expect(a.fingerprint == b.fingerprint && a.fingerprint != c.fingerprint)
    }

    @Test func countryCodesComeFromCountryInfo() {
        let text = "#ISO\tISO3\n#comment\nJP\tJPN\t392\nXK\tXKX\t0\n\n"
        #expect(GeoNamesLine.countryCodes(countryInfo: text) == ["JP", "XK"])
    }
}
