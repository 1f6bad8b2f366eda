import Domain
import Foundation
import Hummingbird

/// `GET /api/v1/planner/meeting`: when several cities can meet within everyone's working hours.
struct PlannerController {
    let cities: any CityRepository

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .apiMeetingPlanner, use: meeting)
    }

    @Sendable func meeting(_ request: Request, context: AppRequestContext) async throws -> Response {
        let query = QueryReader(request)
        return try JSONResponse.make(
            MeetingPlanDTO(try await Self.planner(query, cityIDs: query.string("cityIds"), cities: cities)))
    }

    /// Reads `cityIds`, `date`, `workStart`, `workEnd` and `duration`, naming every bad one in a 422.
    /// `cityIDs` is the comma-separated list: the API takes one parameter, the staff form one per checkbox.
    static func planner(
        _ query: QueryReader, cityIDs: String?, cities: any CityRepository
    ) async throws -> MeetingPlanner {
        var issues: [FieldIssue] = []
        let raw = (cityIDs ?? "").split(separator: ",").map { String($0).trimmingWhitespace }
            .filter { !$0.isEmpty }
        if raw.count < 2 || raw.count > 10 {
            issues.append(FieldIssue(field: "cityIds", message: "must list 2 to 10 city ids, separated by commas"))
        }
        var chosen: [MeetingCity] = []
        for (index, text) in raw.prefix(10).enumerated() {
            guard let id = UUID(uuidString: text) else {
                issues.append(FieldIssue(field: "cityIds[\(index)]", message: "is not a city id"))
                continue
            }
            guard let city = try? await cities.find(id) else {
                issues.append(FieldIssue(field: "cityIds[\(index)]", message: "no such city"))
                continue
            }
            guard let zoneName = city.timeZone, let zone = TimeZone(identifier: zoneName) else {
                issues.append(FieldIssue(field: "cityIds[\(index)]", message: "\(city.name) has no time zone recorded"))
                continue
            }
            if !chosen.contains(where: { $0.id == id }) {
                chosen.append(MeetingCity(id: id, name: city.name, timeZone: zone))
            }
        }
        let dateText = query.string("date") ?? ""
        let date = PartialDate(dateText)
        if date?.precision != .day {
            issues.append(FieldIssue(field: "date", rule: .day))
        }
        let start = ClockTime(query.string("workStart") ?? "09:00")
        let end = ClockTime(query.string("workEnd") ?? "18:00")
        if start == nil { issues.append(FieldIssue(field: "workStart", message: "must be a time written HH:MM")) }
        if end == nil { issues.append(FieldIssue(field: "workEnd", message: "must be a time written HH:MM")) }
        if let start, let end, start >= end {
            issues.append(FieldIssue(field: "workEnd", message: "must be after the start of working hours"))
        }
        let duration = Int(query.string("duration") ?? "60")
        if duration == nil || !(15...480).contains(duration!) {
            issues.append(FieldIssue(field: "duration", message: "must be a number of minutes from 15 to 480"))
        }
        if chosen.count < 2, issues.isEmpty {
            issues.append(FieldIssue(field: "cityIds", message: "must name at least two different cities"))
        }
        guard issues.isEmpty, let date, let start, let end, let duration else { throw DomainError.invalid(issues) }
        return MeetingPlanner(cities: chosen, date: date, workStart: start, workEnd: end, durationMinutes: duration)
    }
}
