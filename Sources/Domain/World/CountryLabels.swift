import Foundation

/// Reads the country labels twin-town lists use — "England, United Kingdom", "Republic of Ireland",
/// "Georgia (country)", "Tschech. Republik", typos and all — as ISO 3166-1 alpha-2 codes.
public enum CountryLabels {
    /// Labels the ISO names do not cover, as the sources write them. England, Scotland, Wales and Northern
    /// Ireland are the United Kingdom's; Northern Cyprus is in Cyprus as GeoNames files it.
    static let englishAliases: [String: String] = [
        "England": "GB", "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB", "Great Britain": "GB",
        "UK": "GB", "Republic of Ireland": "IE", "Russia": "RU", "Turkey": "TR", "Palestine": "PS",
        "West Bank": "PS", "Gaza": "PS", "Georgia (country)": "GE", "Cape Verde": "CV", "Kosovo": "XK",
        "Northern Cyprus": "CY", "Ivory Coast": "CI", "São Tomé and Príncipe": "ST",
        "Democratic Republic of the Congo": "CD", "Republic of the Congo": "CG", "Moldavia": "MD",
        "Falkland Islands": "FK", "East Timor": "TL", "Bosnia and Hercegovina": "BA", "Surinam": "SR",
        "Brunei": "BN", "Micronesia": "FM", "Åland Islands": "AX", "Macedonia": "MK", "Burma": "MM",
        "Swaziland": "SZ", "The Gambia": "GM", "The Bahamas": "BS", "Vatican City": "VA", "USA": "US",
        "United States of America": "US", "Czechia": "CZ", "South Korea": "KR", "North Korea": "KP",
        "Laos": "LA", "Syria": "SY", "Iran": "IR", "Vietnam": "VN", "Taiwan": "TW", "Venezuela": "VE",
        "Bolivia": "BO", "Tanzania": "TZ",
        // Typos and stray words, as found in the Wikipedia list.
        "Grece": "GR", "Japa": "JP", "Kazakhstah": "KZ", "Madagaskar": "MG", "Island": "IS", "in Italy": "IT",
    ]

    static let germanAliases: [String: String] = [
        "Großbritannien": "GB", "England": "GB", "Schottland": "GB", "Wales": "GB", "Nordirland": "GB",
        "Tschech. Republik": "CZ", "Tschechische Republik": "CZ", "USA": "US", "Rußland": "RU", "Russland": "RU",
        "Slow. Republik": "SK", "Slowakische Republik": "SK", "Bosnien-Herzegowina": "BA",
        "Palästinensische Autonomiebehörde": "PS", "Palästina": "PS", "Moldawien": "MD", "Mazedonien": "MK",
        "Philipinen": "PH", "Philippinen": "PH", "Kosovo": "XK", "Zaire": "CD", "Elfenbeinküste": "CI",
        "Republik Korea": "KR", "Südkorea": "KR", "Weißrussland": "BY", "Holland": "NL", "Türkei": "TR",
    ]

    public enum Language: Sendable {
        case english, german
    }

    /// The country a label names: the label itself, or its parts ("Réunion, France": Réunion first, then
    /// France; "England, United Kingdom": England, which is the United Kingdom's). nil when nothing fits.
    public static func code(_ label: String, language: Language) -> String? {
        let trimmed = label.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        let (names, aliases) = language == .english ? (english, englishAliases) : (german, germanAliases)
        func lookup(_ text: String) -> String? {
            if let code = aliases[text] ?? names[text] { return code }
            if text.count == 2, text == text.uppercased(), Country.withCode(text) != nil { return text }
            return nil
        }
        if let code = lookup(trimmed) { return code }
        let parts = trimmed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        for part in parts.count > 1 ? [parts.first!, parts.last!] : [] {
            if let code = lookup(part) { return code }
        }
        return nil
    }
}
