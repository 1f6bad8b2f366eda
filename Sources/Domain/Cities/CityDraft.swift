import Foundation

/// The fields of a city as a client writes them, before it is stored.
public struct CityDraft: Sendable, Hashable {
    public var name: String
    public var names: [String: String]
    public var countryCode: String
    public var adminRegion: String?
    public var coordinate: Coordinate?
    public var timeZone: String?
    public var population: Int?
    public var geonameID: Int?
    public var wikidataID: String?

    public init(
        name: String, names: [String: String] = [:], countryCode: String, adminRegion: String? = nil,
        coordinate: Coordinate? = nil, timeZone: String? = nil, population: Int? = nil, geonameID: Int? = nil,
        wikidataID: String? = nil
    ) {
        self.name = name
        self.names = names
        self.countryCode = countryCode
        self.adminRegion = adminRegion
        self.coordinate = coordinate
        self.timeZone = timeZone
        self.population = population
        self.geonameID = geonameID
        self.wikidataID = wikidataID
    }

    /// The draft with text trimmed and the country code upper-cased, then checked field by field.
    public func validated() throws(DomainError) -> CityDraft {
        var draft = self
        draft.name = name.trimmingWhitespace
        let country = Country.withCode(countryCode.trimmingWhitespace)
        draft.countryCode = country?.code ?? countryCode
        draft.adminRegion = adminRegion?.trimmingWhitespace.nilIfEmpty
        draft.names = names.mapValues(\.trimmingWhitespace)
        var v = Validator()
        v.requireText(draft.name, field: "name", maxLength: 200)
        if country == nil {
            v.add("country", .countryCode(countryCode))
        }
        v.checkText(draft.adminRegion, field: "adminRegion", maxLength: 200)
        if draft.names.count > 100 { v.add("names", .tooMany(max: 100, .names)) }
        for (tag, value) in draft.names.sorted(by: { $0.key < $1.key }) {
            if !LanguageTag.isValid(tag) {
                v.add("names.\(tag)", .languageTag(tag, examples: ["ja", "zh-Hant"]))
            }
            v.requireText(value, field: "names.\(tag)", maxLength: 200)
        }
        if let coordinate {
            if !(coordinate.latitude >= -90 && coordinate.latitude <= 90) {
                v.add("latitude", .range(from: -90, to: 90, .degrees))
            }
            if !(coordinate.longitude >= -180 && coordinate.longitude <= 180) {
                v.add("longitude", .range(from: -180, to: 180, .degrees))
            }
        }
        if let zone = timeZone,
            !zone.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.generalCategory != .control })
                || TimeZone(identifier: zone) == nil || !zone.contains("/") && zone != "UTC"
        {
            v.add("timeZone", .timeZone(zone))
        }
        if let population, population < 0 { v.add("population", .notNegative) }
        if let geonameID, geonameID <= 0 { v.add("geonameId", .geoNamesID) }
        if let wikidataID, !Self.isWikidataID(wikidataID) {
            v.add("wikidataId", .wikidataID)
        }
        try v.check()
        return draft
    }

    static func isWikidataID(_ text: String) -> Bool {
        text.count >= 2 && text.count <= 20 && text.first == "Q" && text.dropFirst().first != "0"
            && text.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }
}

extension String {
    /// nil for the empty string.
    public var nilIfEmpty: String? { isEmpty ? nil : self }
}
