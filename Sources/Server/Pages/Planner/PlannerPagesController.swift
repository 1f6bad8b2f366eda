import Domain
import Foundation
import Hummingbird

/// The staff page of the joint-meeting planner.
struct PlannerPagesController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .staffPlanner, use: page)
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, actor) = try context.signedIn(request, to: services.programmeID)
        let programme = try context.programme
        let home = try await programme.homeCityID.asyncMap { try await services.cities.find($0) }
        let partners = try await services.partnerships.all(in: programme.id).map(\.partnerCity)
        let options = ([home].compactMap { $0 } + partners).filter { $0.timeZone != nil }.map {
            (value: $0.id.uuidString, label: "\($0.name) (\($0.timeZone ?? ""))")
        }
        let page = context.page(request)
        let query = QueryReader(request)
        let asked = request.uri.queryParameters.get("date") != nil
        let checked: [String] = request.uri.queryParameters.getAll("cityIds").map { String($0) }
        var model = MeetingPlannerPage.Model(
            programmeName: programme.name, email: actor.user.email, cities: options,
            checked: Set(checked.isEmpty ? options.prefix(2).map(\.value) : checked),
            date: query.string("date") ?? Format.isoDay(context.now), workStart: query.string("workStart") ?? "09:00",
            workEnd: query.string("workEnd") ?? "18:00", duration: query.string("duration") ?? "60", errors: [],
            asked: asked, page: page)
        var response: Response
        if asked {
            do {
                let planner = try await PlannerController.planner(
                    query, cityIDs: checked.joined(separator: ","), cities: services.cities)
                typealias Row = MeetingPlannerPage.Model.Row
                model.columns = planner.cities.map { $0.name }
                model.overlaps = planner.overlaps().map { Row($0, cities: planner.cities, outside: false, t: page.t) }
                if model.overlaps.isEmpty {
                    model.proposals = planner.leastBadSlots().map {
                        Row($0, cities: planner.cities, outside: true, t: page.t)
                    }
                }
            } catch DomainError.invalid(let issues) {
                model.errors = issues.map {
                    var issue = $0
                    if issue.field.hasPrefix("cityIds") { issue.field = "cityIds" }
                    return issue
                }
            }
        }
        response = HTMLResponse.private(MeetingPlannerPage.view(model))
        if !model.errors.isEmpty { response.status = .unprocessableContent }
        return response
    }
}
