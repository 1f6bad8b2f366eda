import Domain
import Foundation

/// A gazetteer city as the world API shows it.
struct WorldCityDTO: Encodable, Sendable {
    var id: String
    var geonameId: Int?
    var name: String
    var countryCode: String
    var country: String?
    var population: Int?
    var latitude: Double?
    var longitude: Double?
    var timeZone: String?

    init(_ city: City) {
        id = city.id.lowercasedString
        geonameId = city.geonameID
        name = city.name
        countryCode = city.countryCode
        country = Country.withCode(city.countryCode)?.name
        population = city.population
        latitude = city.coordinate?.latitude
        longitude = city.coordinate?.longitude
        timeZone = city.timeZone
    }
}

struct WorldPartnerDTO: Encodable, Sendable {
    var city: WorldCityDTO
    var year: Int?
    var kind: String
    var sources: [String]
    var domestic: Bool

    init(_ partner: WorldPartner) {
        city = WorldCityDTO(partner.city)
        year = partner.year
        kind = partner.kind.rawValue
        sources = partner.sources
        domestic = partner.domestic
    }
}

struct WorldPartnersDTO: Encodable, Sendable {
    var city: WorldCityDTO
    var partners: [WorldPartnerDTO]
}

struct PartnersOfPartnersDTO: Encodable, Sendable {
    struct Item: Encodable, Sendable {
        var city: WorldCityDTO
        var shared: [WorldCityDTO]
    }

    var city: WorldCityDTO
    var items: [Item]
}

struct WorldPathDTO: Encodable, Sendable {
    var from: WorldCityDTO
    var to: WorldCityDTO
    /// Ties on the shortest path; absent when no path of at most 8 ties joins them.
    var steps: Int?
    var path: [WorldCityDTO]?
}

struct WorldCountryDTO: Encodable, Sendable {
    var countryCode: String
    var country: String?
    var ties: Int
    var cities: Int

    init(_ count: WorldCountryCount) {
        countryCode = count.countryCode
        country = Country.withCode(count.countryCode)?.name
        ties = count.ties
        cities = count.cities
    }
}

struct AdoptInput: Decodable, Sendable {
    /// The partner city's GeoNames id.
    var geonameId: Int?
}
