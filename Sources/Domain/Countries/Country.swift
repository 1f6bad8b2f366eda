/// A country by its ISO 3166-1 alpha-2 code, with its English name and languages.
public struct Country: Sendable, Hashable, Codable {
    /// ISO 3166-1 alpha-2 code, upper case ("JP").
    public let code: String
    /// ISO 3166-1 alpha-3 code ("JPN").
    public let alpha3: String
    /// English short name ("Japan").
    public let name: String
    /// Continent code: AF, AN, AS, EU, NA, OC or SA.
    public let continent: String
    /// Languages spoken, most used first, as BCP 47 tags ("ja", "zh-TW").
    public let languages: [String]
}

extension Country {
    /// All countries, sorted by English name.
    public static let all: [Country] = table.sorted { $0.name < $1.name }

    private static let byCode: [String: Country] = Dictionary(uniqueKeysWithValues: table.map { ($0.code, $0) })

    /// The country with this alpha-2 code, in any letter case of ASCII letters.
    public static func withCode(_ code: String) -> Country? {
        guard code.unicodeScalars.allSatisfy(\.isASCII) else { return nil }
        return byCode[code.uppercased()]
    }

    /// The primary language subtag of the country's main language ("zh" for "zh-TW").
    public var primaryLanguage: String? {
        languages.first.map { LanguageTag.primarySubtag(of: $0) }
    }
}
