import Domain
import Foundation
import Hummingbird

/// `/api/v1/cities`: the gazetteer of cities partnerships refer to.
struct CitiesController {
    let cities: any CityRepository
    /// Cities are shared, but only staff of the served programme may change them.
    let programmeID: UUID

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .apiCities, use: list)
        routes.on(.post, .apiCities, use: create)
        routes.on(.get, SiteURL.apiCity, use: show)
        routes.on(.put, SiteURL.apiCity, use: update)
        routes.on(.delete, SiteURL.apiCity, use: delete)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let query = QueryReader(request)
        let page = try await cities.list(
            CityQuery(
                page: try query.page(), countryCode: try query.country(), namePrefix: query.string("q"),
                sort: try query.choice("sort", as: CityQuery.Sort.self) ?? .name))
        return try JSONResponse.make(ListDTO(page, CityDTO.init))
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let actor = try context.authorize(.editCities, in: programmeID)
        let input = try await JSONRequest.decode(CityInput.self, from: request, context: context)
        let city = try await cities.create(try input.draft(), by: ChangeAuthor(actor))
        return try JSONResponse.created(CityDTO(city), at: .apiCity(city.id))
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        try JSONResponse.make(CityDTO(try await cities.find(try context.pathID())))
    }

    @Sendable func update(_ request: Request, context: AppRequestContext) async throws -> Response {
        let actor = try context.authorize(.editCities, in: programmeID)
        let id = try context.pathID()
        let input = try await JSONRequest.decode(CityInput.self, from: request, context: context)
        return try JSONResponse.make(
            CityDTO(try await cities.update(id, with: try input.draft(), by: ChangeAuthor(actor))))
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let actor = try context.authorize(.editCities, in: programmeID)
        try await cities.delete(try context.pathID(), by: ChangeAuthor(actor))
        return Response(status: .noContent)
    }
}
