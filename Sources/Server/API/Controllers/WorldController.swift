import Domain
import Foundation
import HTTPTypes
import Hummingbird
import Storage

/// `/api/v1/world/…`: the world gazetteer and, in time, its twinning network. Public: it is published data.
struct WorldController {
    let services: Services
    /// Ties by country take a pass over the whole directory: counted once per content revision.
    let countryCounts = RevisionCache<String, [WorldCountryCount]>(capacity: 1)

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .apiWorldCities, use: searchCities)
        routes.on(.get, SiteURL.apiWorldPartners, use: partners)
        routes.on(.get, SiteURL.worldCity, use: page)
        routes.on(.get, SiteURL.apiWorldPartnersOfPartners, use: partnersOfPartners)
        routes.on(.get, .apiWorldPath, use: path)
        routes.on(.get, .apiWorldCountries, use: countries)
        routes.on(.get, .world, use: overview)
        routes.on(.post, .apiWorldAdopt, use: adopt)
        routes.on(.post, .worldAdopt, use: adoptFromPage)
    }

    /// Records the world directory's tie between the programme's home city and the city with this GeoNames id
    /// as one of the programme's partnerships. Staff and above.
    static func adopt(
        geonameID: Int?, actor: Actor, programme: Programme, services: Services
    ) async throws -> Partnership {
        guard let home = programme.homeCityID else {
            throw DomainError.conflict("the programme has no home city yet: set it first")
        }
        guard let geonameID, let partner = try await services.cities.find(geonameID: geonameID) else {
            throw DomainError.invalid([FieldIssue(field: "geonameId", message: "is not a city of the gazetteer")])
        }
        guard let tie = try await services.worldTies.partners(of: home).first(where: { $0.city.id == partner.id })
        else {
            throw DomainError.invalid([
                FieldIssue(field: "geonameId", message: "is not twinned with the home city in the world directory")
            ])
        }
        return try await services.partnerships.create(
            try tie.partnership(home: home), in: services.programmeID, by: ChangeAuthor(actor))
    }

    @Sendable func adopt(_ request: Request, context: AppRequestContext) async throws -> Response {
        let actor = try context.authorize(.editProgramme, in: services.programmeID)
        let input = try await JSONRequest.decode(AdoptInput.self, from: request, context: context)
        let partnership = try await Self.adopt(
            geonameID: input.geonameId, actor: actor, programme: try context.programme, services: services)
        return try JSONResponse.created(PartnershipDTO(partnership), at: .apiPartnership(partnership.id))
    }

    @Sendable func adoptFromPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.signedIn(request, to: services.programmeID)
        let actor = try context.authorize(.editProgramme, in: services.programmeID)
        let form = try await FormBody.read(request, context)
        let partnership = try await Self.adopt(
            geonameID: form.nonEmpty("geonameId").flatMap { Int($0) }, actor: actor, programme: try context.programme,
            services: services)
        return Redirect.to(SiteURL.partnership(partnership.id).path)
    }

    /// Cities twinned with two or more of this city's partners, and the partners they share.
    static func partnersOfPartners(
        _ city: City, services: Services, limit: Int = 50
    ) async throws
        -> [(city: City, shared: [City])]
    {
        let found = try await TwinningGraph.partnersOfPartners(of: city.id, in: services.worldTies).prefix(limit)
        let cities = try await services.worldTies.cities(Set(found.flatMap { [$0.city] + Array($0.shared) }))
        return found.compactMap { entry in
            cities[entry.city].map { other in
                (other, entry.shared.compactMap { cities[$0] }.sorted { $0.name < $1.name })
            }
        }
    }

    @Sendable func partnersOfPartners(_ request: Request, context: AppRequestContext) async throws -> Response {
        let city = try await city(context)
        let found = try await Self.partnersOfPartners(city, services: services)
        return try JSONResponse.make(
            PartnersOfPartnersDTO(
                city: WorldCityDTO(city),
                items: found.map { .init(city: WorldCityDTO($0.city), shared: $0.shared.map(WorldCityDTO.init)) }))
    }

    /// `from` and `to` are GeoNames ids.
    @Sendable func path(_ request: Request, context: AppRequestContext) async throws -> Response {
        let query = QueryReader(request)
        guard let from = try query.integer("from", in: 1...999_999_999),
            let to = try query.integer("to", in: 1...999_999_999)
        else {
            throw RequestError.invalidQuery(parameter: "from", message: "from and to are required: two GeoNames ids")
        }
        guard let a = try await services.cities.find(geonameID: from),
            let b = try await services.cities.find(geonameID: to)
        else { throw HTTPError(.notFound) }
        let found = try await Self.path(from: a, to: b, services: services)
        return try JSONResponse.make(
            WorldPathDTO(
                from: WorldCityDTO(a), to: WorldCityDTO(b), steps: found.map { $0.count - 1 },
                path: found?.map(WorldCityDTO.init)))
    }

    static func path(from a: City, to b: City, services: Services) async throws -> [City]? {
        guard let ids = try await TwinningGraph.shortestPath(from: a.id, to: b.id, in: services.worldTies) else {
            return nil
        }
        let cities = try await services.worldTies.cities(Set(ids))
        return ids.compactMap { cities[$0] }
    }

    @Sendable func countries(_ request: Request, context: AppRequestContext) async throws -> Response {
        let counts = try await countriesNow()
        return try JSONResponse.make(["items": counts.map(WorldCountryDTO.init)])
    }

    /// `/world`: the directory by country, and how two cities connect (`?from=…&to=…`, by name).
    @Sendable func overview(_ request: Request, context: AppRequestContext) async throws -> Response {
        let query = QueryReader(request)
        var path: WorldPage.PathResult?
        if let from = query.string("from"), let to = query.string("to") {
            let a = try await services.cities.search(from, limit: 1).first?.city
            let b = try await services.cities.search(to, limit: 1).first?.city
            path = WorldPage.PathResult(
                from: from, to: to, a: a, b: b,
                cities: a != nil && b != nil ? try await Self.path(from: a!, to: b!, services: services) : nil)
        }
        let programme = try context.programme
        return HTMLResponse.page(
            WorldPage.view(
                WorldPage.Model(
                    programmeName: programme.name, signedInAs: context.identity.actor?.user.email,
                    countries: try await countriesNow(), path: path, page: context.page(request))))
    }

    private func countriesNow() async throws -> [WorldCountryCount] {
        try await countryCounts.value(for: "all", at: try await services.revisions.current()) {
            try await services.worldTies.countries()
        }
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
        let programme = try context.programme
        // Staff see, on their home city's page, which ties they can adopt into the programme.
        var adoptable: Set<UUID> = []
        var csrf: String?
        if city.id == programme.homeCityID, context.identity.actor?.may(.editProgramme, in: programme.id) == true,
            let session = context.identity.session
        {
            let kept = try await services.partnerships.partnerCities(
                in: programme.id, among: Set(partners.map(\.city.id)))
            adoptable = Set(partners.filter { !kept.contains($0.city.id) && $0.kind != .contact }.map(\.city.id))
            csrf = session.csrfToken
        }
        var response = HTMLResponse.page(
            WorldCityPage.view(
                WorldCityPage.Model(
                    programmeName: programme.name, signedInAs: context.identity.actor?.user.email, city: city,
                    partners: partners,
                    partnersOfPartners: try await Self.partnersOfPartners(city, services: services, limit: 20),
                    adoptable: adoptable, csrfToken: csrf, page: context.page(request))))
        if context.identity.actor != nil { response.headers[.cacheControl] = "no-store" }
        return response
    }

    /// `q` (required, at most 100 characters; blank finds nothing) and `limit` (1 to 50, 10 by default).
    @Sendable func searchCities(_ request: Request, context: AppRequestContext) async throws -> Response {
        let query = QueryReader(request)
        guard let raw = query.parameters.get("q") else {
            throw RequestError.invalidQuery(parameter: "q", message: "is required: part of a city's name")
        }
        // As sent, white space included: what the API document bounds. Blank finds nothing.
        guard raw.unicodeScalars.count <= 100 else {
            throw RequestError.invalidQuery(parameter: "q", message: "must be at most 100 characters")
        }
        let text = query.string("q") ?? ""
        let limit = try query.integer("limit", in: 1...50) ?? 10
        let hits = try await services.cities.search(text, limit: limit)
        var response = try JSONResponse.make(["items": hits.map { WorldCityDTO($0.city) }])
        response.headers[.cacheControl] = "public, max-age=300"
        return response
    }
}
