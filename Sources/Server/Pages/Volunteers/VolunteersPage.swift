import Domain
import Foundation

/// `/staff/volunteers`: time waiting for approval, totals, the coming shifts, and the forms to add a shift and to
/// send a volunteer their page.
enum VolunteersPage {
    struct ShiftRow {
        var shift: Shift
        var eventTitle: String
        var when: String
        var volunteers: [String]
    }

    struct Model {
        var programmeName: String
        var email: String
        var csrfToken: String
        var pending: [VolunteerHours]
        /// Names of the events and partnerships entries refer to.
        var subjects: [UUID: String]
        var totals: HoursTotals
        var year: Int?
        var years: [Int]
        var shifts: [ShiftRow]
        var events: [(value: String, label: String)]
        var volunteers: [(value: String, label: String)]
        var values: [String: String] = [:]
        var notice: String?
        var errors: [FieldIssue] = []
    }

    static func view(_ model: Model) -> HTML {
        let e = { (field: String) in FormControls.messages(model.errors, field) }
        let v = { (field: String) in model.values[field] ?? "" }
        return Layout.view(
            Layout.Model(title: "Volunteers", siteName: model.programmeName, description: nil, signedInAs: model.email)
        ) {
            h1 { "Volunteers" }
            p(.class("lede")) {
                "Volunteers take shifts and log their own time on their personal page; time counts once a coordinator "
                "has approved it."
            }
            p { a(.href(SiteURL.staffExport(.volunteerHours).path)) { "Download all logged time as CSV" } }
            if let notice = model.notice { div(.class("notice"), .attr("role", "status")) { p { notice } } }
            if !model.errors.isEmpty {
                div(.class("form-error"), .attr("role", "alert")) {
                    p { "Please correct the fields marked below." }
                    for issue in model.errors where ["time", "note", "minutes"].contains(issue.field) {
                        p { issue.field == "note" ? "Why: \(issue.message)" : "Corrected time: \(issue.message)" }
                    }
                }
            }
            h2 { "Waiting for approval (\(model.pending.count))" }
            if model.pending.isEmpty {
                div(.class("empty-state")) { p { "Nothing waits: every logged hour has been reviewed." } }
            } else {
                pendingTable(model)
            }
            totalsSection(model)
            h2 { "Coming shifts" }
            if model.shifts.isEmpty {
                div(.class("empty-state")) { p { "No shifts are planned. Add one to an event below." } }
            } else {
                div(.class("table-scroll")) {
                    element("table", [.class("directory")]) {
                        element("thead") {
                            element("tr") {
                                for column in ["Event", "Role", "When", "Places", "Volunteers"] {
                                    element("th", [.attr("scope", "col")]) { column }
                                }
                            }
                        }
                        element("tbody") {
                            for row in model.shifts {
                                element("tr") {
                                    element("td", [.attr("data-label", "Event")]) {
                                        a(.href(SiteURL.event(row.shift.eventID).path)) { row.eventTitle }
                                    }
                                    element("td", [.attr("data-label", "Role")]) { row.shift.draft.role }
                                    element("td", [.attr("data-label", "When")]) { row.when }
                                    element("td", [.attr("data-label", "Places")]) {
                                        "\(row.shift.taken) of \(row.shift.draft.places) taken"
                                    }
                                    element("td", [.attr("data-label", "Volunteers")]) {
                                        row.volunteers.isEmpty ? "none yet" : row.volunteers.joined(separator: ", ")
                                    }
                                }
                            }
                        }
                    }
                }
            }
            h2 { "Add a shift" }
            form(.attr("method", "post"), .attr("action", SiteURL.staffVolunteerShifts.path), .class("stack wide")) {
                csrfField(model.csrfToken)
                FormControls.select(
                    "eventId", "Event", options: [("", "Choose…")] + model.events, selected: v("eventId"),
                    errors: e("eventId"))
                FormControls.text(
                    "role", "Role", value: v("role"), errors: e("role"), hint: "Welcome desk, set-up, interpreter…")
                div(.class("inline-fields")) {
                    FormControls.text(
                        "start", "Starts (venue time)", value: v("start"), errors: e("start"), type: "datetime-local")
                    FormControls.text(
                        "end", "Ends (venue time)", value: v("end"), errors: e("end"), type: "datetime-local")
                    FormControls.text(
                        "places", "Places", value: v("places").isEmpty ? "2" : v("places"), errors: e("places"),
                        type: "number")
                }
                button(.attr("type", "submit"), .class("primary")) { "Add the shift" }
            }
            h2 { "Send a volunteer their page" }
            p {
                "The volunteer gets an email with a personal link: there they take shifts and log their time. "
                "Only people with an email address are listed."
            }
            form(.attr("method", "post"), .attr("action", SiteURL.staffVolunteerLink.path), .class("stack wide")) {
                csrfField(model.csrfToken)
                FormControls.select(
                    "personId", "Volunteer", options: [("", "Choose…")] + model.volunteers, selected: "",
                    errors: e("personId"))
                button(.attr("type", "submit"), .class("primary")) { "Email the link" }
            }
        }
    }

    private static func pendingTable(_ model: Model) -> HTML {
        div(.class("table-scroll")) {
            element("table", [.class("directory")]) {
                element("thead") {
                    element("tr") {
                        for column in ["Volunteer", "Day", "Time", "Activity", "Review"] {
                            element("th", [.attr("scope", "col")]) { column }
                        }
                    }
                }
                element("tbody") {
                    for entry in model.pending {
                        element("tr") {
                            element("td", [.attr("data-label", "Volunteer")]) { entry.volunteerName }
                            element("td", [.attr("data-label", "Day")]) { Format.date(entry.draft.day) }
                            element("td", [.attr("data-label", "Time")]) {
                                VolunteerHoursFormat.hours(entry.draft.minutes)
                            }
                            element("td", [.attr("data-label", "Activity")]) {
                                entry.draft.activity.label
                                if let subject = (entry.draft.eventID ?? entry.draft.partnershipID)
                                    .flatMap({ model.subjects[$0] })
                                {
                                    span(.class("region")) { subject }
                                }
                                if let note = entry.draft.note { span(.class("region")) { "“\(note)”" } }
                            }
                            element("td", [.attr("data-label", "Review")]) {
                                form(
                                    .attr("method", "post"), .attr("action", SiteURL.staffReviewHours(entry.id).path),
                                    .class("inline-form")
                                ) {
                                    csrfField(model.csrfToken)
                                    button(.attr("type", "submit"), .class("primary")) { "Approve" }
                                }
                                element("details", [.class("correct")]) {
                                    element("summary") { "Correct the time…" }
                                    form(
                                        .attr("method", "post"),
                                        .attr("action", SiteURL.staffReviewHours(entry.id).path), .class("stack")
                                    ) {
                                        csrfField(model.csrfToken)
                                        FormControls.text("time", "Corrected time (h:mm)", value: "", errors: [])
                                        FormControls.text("note", "Why", value: "", errors: [])
                                        button(.attr("type", "submit")) { "Correct and approve" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func totalsSection(_ model: Model) -> HTML {
        section {
            h2 { "Approved time\(model.year.map { " in \($0)" } ?? "")" }
            nav(.class("sort"), .attr("aria-label", "Year")) {
                span(.class("sort-label")) { "Year:" }
                ul {
                    for (label, year) in [("All", nil)] + model.years.map({ (String($0), Optional($0)) }) {
                        let url = SiteURL.staffVolunteers.path(query: [("year", year.map(String.init))])
                        li {
                            if model.year == year {
                                a(.href(url), .attr("aria-current", "true")) { label }
                            } else {
                                a(.href(url)) { label }
                            }
                        }
                    }
                }
            }
            if model.totals.totalMinutes == 0 {
                div(.class("empty-state")) { p { "No approved time yet." } }
            } else {
                p {
                    strong { VolunteerHoursFormat.hours(model.totals.totalMinutes) }
                    " hours in all."
                }
                div(.class("cards")) {
                    totalsCard("By volunteer", model.totals.byVolunteer)
                    totalsCard("By activity", model.totals.byActivity)
                    if model.year == nil { totalsCard("By year", model.totals.byYear) }
                }
            }
        }
    }

    private static func totalsCard(_ title: String, _ lines: [HoursTotals.Line]) -> HTML {
        section(.class("card")) {
            h3 { title }
            dl(.class("totals")) {
                for line in lines {
                    dt { line.label }
                    dd(.attr("title", "\(line.entries) \(line.entries == 1 ? "entry" : "entries")")) {
                        VolunteerHoursFormat.hours(line.minutes)
                    }
                }
            }
        }
    }
}
