import Domain
import Foundation
import Hummingbird

/// `/api/v1/world/…`: the world gazetteer and, in time, its twinning network. Public: it is published data.
struct WorldController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .apiWorldCities, use: searchCities)
        routes.on(.get, .apiWorldPartners(0), use: partners)
        routes.on(.get, .worldCity(0), use: page)
    }

    /// The city with the path's GeoNames id; 404 for an id the gazetteer does not have.
    private func city(_ context: AppRequestContext) async throws -> City {
        guard let id = context.parameters.get("geonameId", as: Int.self), id > 0,
            let city = try await services.cities.find(geonameID: id)
        else { throw HTTPError(.notFound) }
        return city
    }

    /// The city's twins in the world directory, from every list that names them.
    @Sendable func partners(_ request: Request, context: AppRequestContext) async throws -> Response {
        let city = try await city(context)
        let partners = try await services.worldTies.partners(of: city.id)
        return try JSONResponse.make(
            WorldPartnersDTO(city: WorldCityDTO(city), partners: partners.map(WorldPartnerDTO.init)))
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let city = try await city(context)
        let partners = try await services.worldTies.partners(of: city.id)
        let programme = try await services.programmes.find(services.programmeID)
        return HTMLResponse.page(
            WorldCityPage.view(
                WorldCityPage.Model(
                    programmeName: programme.name, signedInAs: context.identity.actor?.user.email, city: city,
                    partners: partners)))
    }

    /// `q` (1 to 100 characters, required) and `limit` (1 to 50, 10 by default).
    @Sendable func searchCities(_ request: Request, context: AppRequestContext) async throws -> Response {
        let query = QueryReader(request)
        guard let text = query.string("q") else {
            throw RequestError.invalidQuery(parameter: "q", message: "is required: part of a city's name")
        }
        guard text.count <= 100 else {
            throw RequestError.invalidQuery(parameter: "q", message: "must be at most 100 characters")
        }
        let limit = try query.integer("limit", in: 1...50) ?? 10
        let hits = try await services.cities.search(text, limit: limit)
        var response = try JSONResponse.make(["items": hits.map { WorldCityDTO($0.city) }])
        response.headers[.cacheControl] = "public, max-age=300"
        return response
    }
}

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
