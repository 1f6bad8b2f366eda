import Domain
import Foundation

/// `/staff/planner`: when the programme's cities can meet, in everyone's working hours.
enum MeetingPlannerPage {
    struct Model {
        struct Row {
            var times: [String]
            var outside: String?
        }

        var programmeName: String
        var email: String
        var cities: [(value: String, label: String)]
        var checked: Set<String>
        var date: String
        var workStart: String
        var workEnd: String
        var duration: String
        var errors: [FieldIssue]
        /// The chosen cities' names, the table's columns.
        var columns: [String] = []
        var overlaps: [Row] = []
        var proposals: [Row] = []
        var asked = false
    }

    static func view(_ model: Model) -> HTML {
        let e = { (field: String) in FormControls.messages(model.errors, field) }
        return Layout.view(
            Layout.Model(
                title: "Meeting planner", siteName: model.programmeName, description: nil, signedInAs: model.email)
        ) {
            div(.class("page-intro")) {
                h1 { "Joint-meeting planner" }
                p(.class("lede")) {
                    "When can the cities meet within everyone's working hours? Each city's own time zone and "
                    "daylight-saving rules on that day count. The date is the date in the first city chosen."
                }
            }
            form(.attr("method", "get"), .attr("action", SiteURL.staffPlanner.path), .class("stack wide")) {
                FormControls.checkboxes(
                    "cityIds", "Cities", options: model.cities, checked: model.checked, errors: e("cityIds"))
                FormControls.text("date", "Date", value: model.date, errors: e("date"), type: "date")
                div(.class("inline-fields")) {
                    FormControls.text(
                        "workStart", "Working hours start", value: model.workStart, errors: e("workStart"),
                        type: "time")
                    FormControls.text(
                        "workEnd", "Working hours end", value: model.workEnd, errors: e("workEnd"), type: "time")
                    FormControls.text(
                        "duration", "Meeting length (minutes)", value: model.duration, errors: e("duration"),
                        type: "number")
                }
                button(.attr("type", "submit"), .class("primary")) { "Find times" }
            }
            if model.asked && model.errors.isEmpty {
                section(.attr("aria-labelledby", "result")) {
                    if !model.overlaps.isEmpty {
                        h2(.id("result")) { "Times that suit everyone" }
                        table(model.columns, model.overlaps, outside: false)
                    } else {
                        h2(.id("result")) { "No time suits everyone" }
                        p {
                            "Working hours never overlap on this day. These \(model.proposals.count) slots reach least "
                            "outside them (minutes before the day starts plus after it ends, for all cities together):"
                        }
                        table(model.columns, model.proposals, outside: true)
                    }
                }
            }
        }
    }

    private static func table(_ columns: [String], _ rows: [Model.Row], outside: Bool) -> HTML {
        div(.class("table-scroll")) {
            element("table", [.class("directory planner")]) {
                element("thead") {
                    element("tr") {
                        for column in columns { element("th", [.attr("scope", "col")]) { column } }
                        if outside { element("th", [.attr("scope", "col")]) { "Outside hours" } }
                    }
                }
                element("tbody") {
                    for row in rows {
                        element("tr") {
                            for (index, time) in row.times.enumerated() {
                                element("td", [.attr("data-label", columns[index])]) { time }
                            }
                            if let extra = row.outside {
                                element("td", [.attr("data-label", "Outside hours")]) { extra }
                            }
                        }
                    }
                }
            }
        }
    }
}

extension MeetingPlannerPage.Model.Row {
    /// "Mon 15 Apr, 09:00–13:00 (UTC−4)" in each city.
    init(_ slot: MeetingSlot, cities: [MeetingCity], outside: Bool) {
        times = cities.map { city in
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = city.timeZone
            func clock(_ date: Date) -> String {
                let p = calendar.dateComponents([.hour, .minute], from: date)
                return String(format: "%02d:%02d", p.hour ?? 0, p.minute ?? 0)
            }
            let day = calendar.dateComponents([.day, .month, .weekday], from: slot.start)
            let weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][(day.weekday ?? 1) - 1]
            let offset = MeetingPlanDTO.offset(city.timeZone.secondsFromGMT(for: slot.start))
            return "\(weekday) \(day.day ?? 1) \(Format.monthName(day.month ?? 1).prefix(3)), "
                + "\(clock(slot.start))–\(clock(slot.end)) (UTC\(offset))"
        }
        self.outside = outside ? "\(slot.totalMinutesOutside) min" : nil
    }
}
