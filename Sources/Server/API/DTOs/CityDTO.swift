import Domain
import Foundation

/// A city as the API shows it.
struct CityDTO: Codable, Sendable {
    var id: String
    var name: String
    var names: [String: String]
    var nativeName: String?
    var country: String
    var countryName: String
    var adminRegion: String?
    var latitude: Double?
    var longitude: Double?
    var timeZone: String?
    var population: Int?
    var geonameId: Int?
    var wikidataId: String?

    init(_ city: City) {
        id = city.id.lowercasedString
        name = city.name
        names = city.names
        nativeName = city.nativeName
        country = city.countryCode
        countryName = city.country?.name ?? city.countryCode
        adminRegion = city.adminRegion
        latitude = city.coordinate?.latitude
        longitude = city.coordinate?.longitude
        timeZone = city.timeZone
        population = city.population
        geonameId = city.geonameID
        wikidataId = city.wikidataID
    }
}

/// A city as a client writes it. Every field is optional here so that all missing and bad fields are
/// reported together.
struct CityInput: Decodable, Sendable {
    var name: String?
    var names: [String: String]?
    var country: String?
    var adminRegion: String?
    var latitude: Double?
    var longitude: Double?
    var timeZone: String?
    var population: Int?
    var geonameId: Int?
    var wikidataId: String?

    func draft() throws -> CityDraft {
        var issues: [FieldIssue] = []
        if name == nil { issues.append(FieldIssue(field: "name", rule: .missing)) }
        if country == nil { issues.append(FieldIssue(field: "country", rule: .missing)) }
        if let latitude, longitude == nil {
            issues.append(FieldIssue(field: "longitude", message: "is required with latitude"))
            if !(-90...90).contains(latitude) {
                issues.append(FieldIssue(field: "latitude", message: "must be between -90 and 90"))
            }
        }
        if let longitude, latitude == nil {
            issues.append(FieldIssue(field: "latitude", message: "is required with longitude"))
            if !(-180...180).contains(longitude) {
                issues.append(FieldIssue(field: "longitude", message: "must be between -180 and 180"))
            }
        }
        let coordinate = latitude.flatMap { lat in longitude.map { Coordinate(latitude: lat, longitude: $0) } }
        let draft = CityDraft(
            name: name ?? "", names: names ?? [:], countryCode: country ?? "", adminRegion: adminRegion,
            coordinate: coordinate, timeZone: timeZone, population: population, geonameID: geonameId,
            wikidataID: wikidataId)
        return try InputIssues.merge(issues) { try draft.validated() }
    }
}
