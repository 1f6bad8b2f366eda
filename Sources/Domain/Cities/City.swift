import Foundation

/// A populated place that can be one side of a partnership.
public struct City: Sendable, Hashable, Identifiable {
    public var id: UUID
    /// The English (or most widely used) name: "Kyoto".
    public var name: String
    /// Names in other languages keyed by BCP 47 tag: ["ja": "京都市"].
    public var names: [String: String]
    /// ISO 3166-1 alpha-2 code of the city's country.
    public var countryCode: String
    /// State, prefecture, province or region: "Massachusetts", "Kyoto Prefecture".
    public var adminRegion: String?
    public var coordinate: Coordinate?
    /// IANA time zone of the place: "Asia/Tokyo".
    public var timeZone: String?
    public var population: Int?
    public var geonameID: Int?
    public var wikidataID: String?

    public init(id: UUID, _ draft: CityDraft) {
        self.id = id
        self.name = draft.name
        self.names = draft.names
        self.countryCode = draft.countryCode
        self.adminRegion = draft.adminRegion
        self.coordinate = draft.coordinate
        self.timeZone = draft.timeZone
        self.population = draft.population
        self.geonameID = draft.geonameID
        self.wikidataID = draft.wikidataID
    }

    public var country: Country? { Country.withCode(countryCode) }

    /// The name in the country's main language, when it differs from ``name``: "京都市" for Kyoto.
    public var nativeName: String? {
        guard let language = country?.primaryLanguage else { return nil }
        let match = names.keys.sorted().first { LanguageTag.primarySubtag(of: $0) == language }
        guard let match, let native = names[match], native != name else { return nil }
        return native
    }

    /// The name for readers of `language` (a BCP 47 tag): ``name`` for English, else the name kept in that
    /// language ("京都市" for "ja", "ja-JP" too), else ``name``.
    public func name(in language: String) -> String {
        guard LanguageTag.primarySubtag(of: language) != "en" else { return name }
        return LanguagePreference(ranges: [language]).lookup(in: names.keys.sorted()).flatMap { names[$0] } ?? name
    }

    /// The BCP 47 tag of ``nativeName``, for marking up its language.
    public var nativeNameLanguage: String? {
        guard let native = nativeName else { return nil }
        return names.keys.sorted().first { names[$0] == native }
    }
}
