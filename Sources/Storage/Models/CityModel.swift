import Domain
import FluentKit
import Foundation

final class CityModel: Model, @unchecked Sendable {
    static let schema = "cities"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    /// The name folded to lower case without diacritics, for prefix search: derived, see `refreshDerived()`.
    @Field(key: "search_name") private(set) var searchName: String
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
    /// Every name folded, for the search index (FTS5 on SQLite, full text on PostgreSQL): derived, see
    /// `refreshDerived()`.
    @OptionalField(key: "search_names") private(set) var searchNames: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(_ draft: CityDraft) {
        apply(draft)
    }

    func apply(_ draft: CityDraft) {
        name = draft.name
        names = draft.names
        countryCode = draft.countryCode
        adminRegion = draft.adminRegion
        latitude = draft.coordinate?.latitude
        longitude = draft.coordinate?.longitude
        timeZone = draft.timeZone
        population = draft.population
        geonameID = draft.geonameID
        wikidataID = draft.wikidataID
        refreshDerived()
    }

    /// Sets the columns derived from the others, each by its function in `DerivedColumns`: the one place a
    /// city model's `search_name` and `search_names` are assigned.
    func refreshDerived() {
        searchName = DerivedColumns.citySearchName(name: name)
        searchNames = DerivedColumns.citySearchNames(
            name: name, names: names, asciiName: asciiName, alternateNames: alternateNames)
    }

    /// Creates or updates the city, then the copies its partnerships keep of its name and country
    /// (`PartnershipListKeys`): every write of a city model goes through here.
    func write(on tx: any Database) async throws {
        refreshDerived()
        try await save(on: tx)
        try await PartnershipListKeys.refresh(partnersOf: try requireID(), on: try tx.sql)
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
}
