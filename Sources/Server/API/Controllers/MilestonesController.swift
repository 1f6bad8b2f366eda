import Domain
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// `/api/v1/milestones`, `/milestones.ics` and the staff planner page.
struct MilestonesController {
    let planner: MilestonePlanner

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .apiMilestones, use: list)
        routes.on(.get, .milestonesCalendar, use: calendar)
        routes.on(.get, .staffMilestones, use: page)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let years = try MilestonePlanner.years(QueryReader(request), currentYear: try context.today.year)
        let programme = try context.programme
        let milestones = try await planner.plan(years, of: programme)
        return try JSONResponse.make(
            MilestonesDTO(
                from: years.lowerBound, to: years.upperBound, leadMonths: programme.milestoneLeadMonths,
                items: milestones.map(MilestoneDTO.init)))
    }

    @Sendable func calendar(_ request: Request, context: AppRequestContext) async throws -> Response {
        let years = try MilestonePlanner.years(QueryReader(request), currentYear: try context.today.year)
        let programme = try context.programme
        let milestones = try await planner.plan(years, of: programme)
        var headers = HTTPFields()
        headers[.contentType] = "text/calendar; charset=utf-8"
        headers[.contentDisposition] = #"inline; filename="milestones.ics""#
        let text = MilestoneCalendar.ics(programme: programme, milestones: milestones, now: context.now)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, actor) = try context.signedIn(request, to: planner.programmeID)
        let years = try MilestonePlanner.years(QueryReader(request), currentYear: try context.today.year)
        let programme = try context.programme
        let milestones = try await planner.plan(years, of: programme)
        let page = context.page(request)
        let t = page.t
        return HTMLResponse.private(
            MilestonesPage.view(
                MilestonesPage.Model(
                    programmeName: programme.name, email: actor.user.email, from: years.lowerBound,
                    to: years.upperBound,
                    leadMonths: programme.milestoneLeadMonths,
                    rows: milestones.map {
                        MilestonesPage.Model.Row(
                            when: t.date($0.anniversary.date),
                            pair: $0.partnership.pairName,
                            url: SiteURL.partnership($0.partnership.id).path,
                            what: t(
                                "partnership.timeline.anniversary", count: $0.anniversary.number,
                                ["ordinal": Anniversaries.ordinal($0.anniversary.number)]),
                            names: $0.anniversary.names.map { name in
                                "\(name.name)\(name.native.map { " \($0)" } ?? "") (\(name.tradition))"
                            }, planning: t.date($0.planningStarts))
                    }, page: page)))
    }
}
