import Domain
import Foundation
import Hummingbird

/// Staff pages for the gazetteer: list and search, add, change.
struct CitiesEditingController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .staffCities, use: list)
        routes.on(.get, .newCity, use: newCity)
        routes.on(.post, .newCity, use: create)
        routes.on(.get, .editCity(UUID()), use: edit)
        routes.on(.post, .editCity(UUID()), use: update)
    }

    private func editor(_ request: Request, _ context: AppRequestContext) throws -> (Session, Actor) {
        let (session, _) = try context.signedIn(request, to: services.programmeID)
        return (session, try context.authorize(.editCities, in: services.programmeID))
    }

    private func page(
        _ session: Session, _ actor: Actor, programme: Programme, page: PageContext, title: String, action: String,
        values: [String: String], errors: [FieldIssue]
    ) async throws -> Response {
        var response = HTMLResponse.private(
            CityFormPage.view(
                CityFormPage.Model(
                    programmeName: programme.name, email: actor.user.email, csrfToken: session.csrfToken, title: title,
                    action: action, values: values, errors: errors, page: page)))
        if !errors.isEmpty { response.status = .unprocessableContent }
        return response
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, actor) = try editor(request, context)
        let query = QueryReader(request).string("q") ?? ""
        let page = try await services.cities.list(CityQuery(page: PageRequest(limit: 100), namePrefix: query))
        let programme = try context.programme
        let context = context.page(request)
        return HTMLResponse.private(
            CitiesPage.view(
                CitiesPage.Model(
                    programmeName: programme.name, email: actor.user.email, query: query,
                    rows: page.items.map {
                        CitiesPage.Model.Row(
                            name: $0.name,
                            country: context.t.countryName($0.countryCode) ?? $0.country?.name ?? $0.countryCode,
                            region: $0.adminRegion, editURL: SiteURL.editCity($0.id).path)
                    }, total: page.total, page: context)))
    }

    @Sendable func newCity(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, actor) = try editor(request, context)
        let page = context.page(request)
        return try await self.page(
            session, actor, programme: try context.programme, page: page, title: page.t("edit.city.new"),
            action: SiteURL.newCity.path, values: [:],
            errors: [])
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, actor) = try editor(request, context)
        var request = request
        let form = FormBody(try await request.collectBody(upTo: context.maxUploadSize))
        let page = context.page(request)
        let (input, issues) = CityForm.input(form, t: page.t)
        do {
            let draft = try InputIssues.merge(issues) { try input.draft() }
            _ = try await services.cities.create(draft, by: ChangeAuthor(actor))
            return Redirect.to(SiteURL.staffCities.path)
        } catch let error as DomainError {
            return try await self.page(
                session, actor, programme: try context.programme, page: page, title: page.t("edit.city.new"),
                action: SiteURL.newCity.path,
                values: CityForm.values(form), errors: FormControls.issues(error, besides: "geonameId", t: page.t))
        }
    }

    @Sendable func edit(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, actor) = try editor(request, context)
        let city = try await services.cities.find(try context.pathID())
        let page = context.page(request)
        return try await self.page(
            session, actor, programme: try context.programme, page: page,
            title: page.t("edit.city.edit", ["name": city.name]),
            action: SiteURL.editCity(city.id).path, values: CityForm.values(city), errors: [])
    }

    @Sendable func update(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, actor) = try editor(request, context)
        let city = try await services.cities.find(try context.pathID())
        var request = request
        let form = FormBody(try await request.collectBody(upTo: context.maxUploadSize))
        let page = context.page(request)
        let (input, issues) = CityForm.input(form, t: page.t)
        do {
            let draft = try InputIssues.merge(issues) { try input.draft() }
            _ = try await services.cities.update(city.id, with: draft, by: ChangeAuthor(actor))
            return Redirect.to(SiteURL.staffCities.path)
        } catch let error as DomainError {
            return try await self.page(
                session, actor, programme: try context.programme, page: page,
                title: page.t("edit.city.edit", ["name": city.name]),
                action: SiteURL.editCity(city.id).path, values: CityForm.values(form),
                errors: FormControls.issues(error, besides: "geonameId", t: page.t))
        }
    }
}
