import Domain
import Foundation
import SQLKit

/// A city read straight from a row of SQL, for lists read often: what `CityModel.toDomain()` gives, without
/// FluentKit's reflection over the model's properties for every row.
enum CityRow {
    static let columns = [
        "id", "name", "names", "country_code", "admin_region", "latitude", "longitude", "time_zone", "population",
        "geoname_id", "wikidata_id",
    ]

    /// `"h"."name" AS "h_name", …`: the columns of the cities table joined as `alias`, named with that prefix.
    static func selection(_ alias: String) -> String {
        columns.map { #""\#(alias)"."\#($0)" AS "\#(alias)_\#($0)""# }.joined(separator: ", ")
    }

    static func decode(_ row: any SQLRow, alias: String) throws -> City {
        func column<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
            try row.decode(column: "\(alias)_\(name)", as: type)
        }
        let latitude = try column("latitude", as: Double?.self)
        let longitude = try column("longitude", as: Double?.self)
        return City(
            id: try column("id", as: UUID.self),
            CityDraft(
                name: try column("name", as: String.self), names: try column("names", as: [String: String].self),
                countryCode: try column("country_code", as: String.self),
                adminRegion: try column("admin_region", as: String?.self),
                coordinate: latitude.flatMap { lat in longitude.map { Coordinate(latitude: lat, longitude: $0) } },
                timeZone: try column("time_zone", as: String?.self),
                population: try column("population", as: Int?.self),
                geonameID: try column("geoname_id", as: Int?.self),
                wikidataID: try column("wikidata_id", as: String?.self)
            ))
    }
}
