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
        routes.on(.get, SiteURL.editCity, use: edit)
        routes.on(.post, SiteURL.editCity, use: update)
    }

    private func page(_ editor: Editor, _ form: FormState) -> Response {
        editor.respond(CityFormPage.view(CityFormPage.Model(editor: editor, form: form)), form: form)
    }

    private func form(_ editor: Editor, city: City?, values: [String: String], errors: [FieldIssue] = []) -> FormState {
        FormState(
            title: city.map { editor.t("edit.city.edit", ["name": $0.name]) } ?? editor.t("edit.city.new"),
            action: city.map { SiteURL.editCity($0.id).path } ?? SiteURL.newCity.path,
            cancelURL: SiteURL.staffCities.path, values: values, errors: errors)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let actor = try context.editor(request, may: .editCities).actor
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
        let editor = try context.editor(request, may: .editCities)
        return page(editor, form(editor, city: nil, values: [:]))
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .editCities)
        return try await editor.submit(request, context: context, besides: "geonameId") { form in
            let (input, issues) = CityForm.input(form, t: editor.t)
            _ = try await services.cities.create(
                try InputIssues.merge(issues) { try input.draft() }, by: editor.author)
            return SiteURL.staffCities.path
        } invalid: { form, errors in
            page(editor, self.form(editor, city: nil, values: CityForm.values(form), errors: errors))
        }
    }

    @Sendable func edit(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .editCities)
        let city = try await services.cities.find(try context.pathID())
        return page(editor, form(editor, city: city, values: CityForm.values(city)))
    }

    @Sendable func update(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .editCities)
        let city = try await services.cities.find(try context.pathID())
        return try await editor.submit(request, context: context, besides: "geonameId") { form in
            let (input, issues) = CityForm.input(form, t: editor.t)
            _ = try await services.cities.update(
                city.id, with: try InputIssues.merge(issues) { try input.draft() }, by: editor.author)
            return SiteURL.staffCities.path
        } invalid: { form, errors in
            page(editor, self.form(editor, city: city, values: CityForm.values(form), errors: errors))
        }
    }
}
