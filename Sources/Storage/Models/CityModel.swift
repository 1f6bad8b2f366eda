import Domain
import FluentKit
import Foundation

final class CityModel: Model, @unchecked Sendable {
    static let schema = "cities"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    /// The name folded to lower case without diacritics, for prefix search.
    @Field(key: "search_name") var searchName: String
    @Field(key: "names") var names: [String: String]
    @Field(key: "country_code") var countryCode: String
    @OptionalField(key: "admin_region") var adminRegion: String?
    @OptionalField(key: "latitude") var latitude: Double?
    @OptionalField(key: "longitude") var longitude: Double?
    @OptionalField(key: "time_zone") var timeZone: String?
    @OptionalField(key: "population") var population: Int?
    @OptionalField(key: "geoname_id") var geonameID: Int?
    @OptionalField(key: "wikidata_id") var wikidataID: String?
    /// From the gazetteer: the ASCII name and the other names in every script, comma-separated.
    @OptionalField(key: "ascii_name") var asciiName: String?
    @OptionalField(key: "alternate_names") var alternateNames: String?
    /// Every name folded, for the search index (FTS5 on SQLite, full text on PostgreSQL).
    @OptionalField(key: "search_names") var searchNames: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(_ draft: CityDraft) {
        apply(draft)
    }

    func apply(_ draft: CityDraft) {
        name = draft.name
        searchName = Self.fold(draft.name)
        names = draft.names
        countryCode = draft.countryCode
        adminRegion = draft.adminRegion
        latitude = draft.coordinate?.latitude
        longitude = draft.coordinate?.longitude
        timeZone = draft.timeZone
        population = draft.population
        geonameID = draft.geonameID
        wikidataID = draft.wikidataID
        searchNames = Self.searchNames(
            name: draft.name, names: draft.names, asciiName: asciiName, alternateNames: alternateNames)
    }

    static func searchNames(
        name: String, names: [String: String], asciiName: String?, alternateNames: String?
    )
        -> String
    {
        CitySearch.searchText(
            name: name, names: names.keys.sorted().compactMap { names[$0] }, asciiName: asciiName,
            alternates: alternateNames.map { $0.split(separator: ",").map(String.init) } ?? [])
    }

    func toDomain() throws -> City {
        let coordinate = latitude.flatMap { lat in longitude.map { Coordinate(latitude: lat, longitude: $0) } }
        return City(
            id: try requireID(),
            CityDraft(
                name: name, names: names, countryCode: countryCode, adminRegion: adminRegion,
                coordinate: coordinate, timeZone: timeZone, population: population, geonameID: geonameID,
                wikidataID: wikidataID))
    }

    /// Lower case without diacritics: "Kyōto" → "kyoto".
    static func fold(_ text: String) -> String {
        CitySearch.fold(text)
    }
}
