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
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        let e = { (field: String) in FormControls.messages(model.errors, field, t: t) }
        return Layout.view(
            Layout.Model(
                title: t("planner.title"), siteName: model.programmeName, description: nil, signedInAs: model.email,
                page: model.page)
        ) {
            div(.class("page-intro")) {
                h1 { t("planner.heading") }
                p(.class("lede")) { t("planner.lede") }
            }
            form(.attr("method", "get"), .attr("action", SiteURL.staffPlanner.path), .class("stack wide")) {
                FormControls.checkboxes(
                    "cityIds", t("planner.cities"), options: model.cities, checked: model.checked,
                    errors: e("cityIds"), t: t)
                FormControls.text("date", t("planner.date"), value: model.date, errors: e("date"), type: "date", t: t)
                div(.class("inline-fields")) {
                    FormControls.text(
                        "workStart", t("planner.workStart"), value: model.workStart, errors: e("workStart"),
                        type: "time", t: t)
                    FormControls.text(
                        "workEnd", t("planner.workEnd"), value: model.workEnd, errors: e("workEnd"), type: "time",
                        t: t)
                    FormControls.text(
                        "duration", t("planner.duration"), value: model.duration, errors: e("duration"),
                        type: "number", t: t)
                }
                button(.attr("type", "submit"), .class("primary")) { t("planner.find") }
            }
            if model.asked && model.errors.isEmpty {
                section(.attr("aria-labelledby", "result")) {
                    if !model.overlaps.isEmpty {
                        h2(.id("result")) { t("planner.suits") }
                        table(model.columns, model.overlaps, outside: false, t)
                    } else {
                        h2(.id("result")) { t("planner.noneSuits") }
                        p { t("planner.proposals", count: model.proposals.count) }
                        table(model.columns, model.proposals, outside: true, t)
                    }
                }
            }
        }
    }

    private static func table(_ columns: [String], _ rows: [Model.Row], outside: Bool, _ t: Localizer) -> HTML {
        div(.class("table-scroll")) {
            element("table", [.class("directory planner")]) {
                element("thead") {
                    element("tr") {
                        for column in columns { element("th", [.attr("scope", "col")]) { column } }
                        if outside { element("th", [.attr("scope", "col")]) { t("planner.outside") } }
                    }
                }
                element("tbody") {
                    for row in rows {
                        element("tr") {
                            for (index, time) in row.times.enumerated() {
                                element("td", [.attr("data-label", columns[index])]) { time }
                            }
                            if let extra = row.outside {
                                element("td", [.attr("data-label", t("planner.outside"))]) { extra }
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
    init(_ slot: MeetingSlot, cities: [MeetingCity], outside: Bool, t: Localizer = .base) {
        times = cities.map { city in
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = city.timeZone
            func clock(_ date: Date) -> String {
                let p = calendar.dateComponents([.hour, .minute], from: date)
                return String(format: "%02d:%02d", p.hour ?? 0, p.minute ?? 0)
            }
            let offset = MeetingPlanDTO.offset(city.timeZone.secondsFromGMT(for: slot.start))
            return t(
                "planner.slot",
                [
                    "day": Self.day(slot.start, calendar, t), "start": clock(slot.start), "end": clock(slot.end),
                    "offset": offset,
                ])
        }
        self.outside = outside ? t("planner.minutes", ["minutes": t.number(slot.totalMinutesOutside)]) : nil
    }

    /// "Mon 15 Apr" in English, the language's own short day otherwise ("4月15日(月)").
    private static func day(_ moment: Date, _ calendar: Calendar, _ t: Localizer) -> String {
        guard t.language == "en" || t.isPseudo else {
            return moment.formatted(
                Date.FormatStyle(locale: t.locale, calendar: calendar, timeZone: calendar.timeZone).weekday(
                    .abbreviated
                ).day().month(.abbreviated))
        }
        let day = calendar.dateComponents([.day, .month, .weekday], from: moment)
        let weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][(day.weekday ?? 1) - 1]
        return "\(weekday) \(day.day ?? 1) \(Format.monthName(day.month ?? 1).prefix(3))"
    }
}
