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
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        let e = { (field: String) in FormControls.messages(model.errors, field, t: t) }
        let v = { (field: String) in model.values[field] ?? "" }
        return Layout.view(
            Layout.Model(
                title: t("volunteers.staff.title"), siteName: model.programmeName, description: nil,
                signedInAs: model.email, page: model.page)
        ) {
            h1 { t("volunteers.staff.title") }
            p(.class("lede")) { t("volunteers.staff.lede") }
            p { a(.href(SiteURL.staffExport(.volunteerHours).path)) { t("volunteers.staff.csv") } }
            if let notice = model.notice { div(.class("notice"), .attr("role", "status")) { p { notice } } }
            if !model.errors.isEmpty {
                div(.class("form-error"), .attr("role", "alert")) {
                    p { t("volunteers.correct") }
                    for issue in model.errors where ["time", "note", "minutes"].contains(issue.field) {
                        p {
                            issue.field == "note"
                                ? t("volunteers.staff.whyError", ["message": t.issue(issue)])
                                : t("volunteers.staff.timeError", ["message": t.issue(issue)])
                        }
                    }
                }
            }
            h2 { t("volunteers.staff.pending", ["count": t.number(model.pending.count)]) }
            if model.pending.isEmpty {
                div(.class("empty-state")) { p { t("volunteers.staff.pendingEmpty") } }
            } else {
                pendingTable(model, t)
            }
            totalsSection(model, t)
            h2 { t("volunteers.staff.shifts") }
            if model.shifts.isEmpty {
                div(.class("empty-state")) { p { t("volunteers.staff.shiftsEmpty") } }
            } else {
                div(.class("table-scroll")) {
                    element("table", [.class("directory")]) {
                        element("thead") {
                            element("tr") {
                                for column in [
                                    t("volunteers.staff.event"), t("volunteers.staff.role"), t("volunteers.staff.when"),
                                    t("volunteers.staff.places"), t("volunteers.staff.volunteers"),
                                ] {
                                    element("th", [.attr("scope", "col")]) { column }
                                }
                            }
                        }
                        element("tbody") {
                            for row in model.shifts {
                                element("tr") {
                                    element("td", [.attr("data-label", t("volunteers.staff.event"))]) {
                                        a(.href(SiteURL.event(row.shift.eventID).path)) { row.eventTitle }
                                    }
                                    element("td", [.attr("data-label", t("volunteers.staff.role"))]) {
                                        row.shift.draft.role
                                    }
                                    element("td", [.attr("data-label", t("volunteers.staff.when"))]) { row.when }
                                    element("td", [.attr("data-label", t("volunteers.staff.places"))]) {
                                        t(
                                            "volunteers.staff.taken", count: row.shift.draft.places,
                                            ["taken": t.number(row.shift.taken)])
                                    }
                                    element("td", [.attr("data-label", t("volunteers.staff.volunteers"))]) {
                                        row.volunteers.isEmpty ? t("volunteers.staff.noneYet") : t.list(row.volunteers)
                                    }
                                }
                            }
                        }
                    }
                }
            }
            h2 { t("volunteers.staff.addShift") }
            form(.attr("method", "post"), .attr("action", SiteURL.staffVolunteerShifts.path), .class("stack wide")) {
                csrfField(model.csrfToken)
                FormControls.select(
                    "eventId", t("volunteers.staff.event"), options: [("", t("volunteers.choose"))] + model.events,
                    selected: v("eventId"), errors: e("eventId"), t: t)
                FormControls.text(
                    "role", t("volunteers.staff.role"), value: v("role"), errors: e("role"),
                    hint: t("volunteers.staff.roleHint"), t: t)
                div(.class("inline-fields")) {
                    FormControls.text(
                        "start", t("volunteers.staff.starts"), value: v("start"), errors: e("start"),
                        type: "datetime-local", t: t)
                    FormControls.text(
                        "end", t("volunteers.staff.ends"), value: v("end"), errors: e("end"), type: "datetime-local",
                        t: t)
                    FormControls.text(
                        "places", t("volunteers.staff.places"), value: v("places").isEmpty ? "2" : v("places"),
                        errors: e("places"), type: "number", t: t)
                }
                button(.attr("type", "submit"), .class("primary")) { t("volunteers.staff.addShiftSubmit") }
            }
            h2 { t("volunteers.staff.sendLink") }
            p { t("volunteers.staff.sendLinkAbout") }
            form(.attr("method", "post"), .attr("action", SiteURL.staffVolunteerLink.path), .class("stack wide")) {
                csrfField(model.csrfToken)
                FormControls.select(
                    "personId", t("volunteers.staff.volunteer"),
                    options: [("", t("volunteers.choose"))] + model.volunteers, selected: "", errors: e("personId"),
                    t: t)
                button(.attr("type", "submit"), .class("primary")) { t("volunteers.staff.sendLinkSubmit") }
            }
        }
    }

    private static func pendingTable(_ model: Model, _ t: Localizer) -> HTML {
        div(.class("table-scroll")) {
            element("table", [.class("directory")]) {
                element("thead") {
                    element("tr") {
                        for column in [
                            t("volunteers.staff.volunteer"), t("volunteers.staff.day"), t("volunteers.staff.time"),
                            t("volunteers.staff.activity"), t("volunteers.staff.review"),
                        ] {
                            element("th", [.attr("scope", "col")]) { column }
                        }
                    }
                }
                element("tbody") {
                    for entry in model.pending {
                        element("tr") {
                            element("td", [.attr("data-label", t("volunteers.staff.volunteer"))]) {
                                entry.volunteerName
                            }
                            element("td", [.attr("data-label", t("volunteers.staff.day"))]) {
                                t.date(entry.draft.day)
                            }
                            element("td", [.attr("data-label", t("volunteers.staff.time"))]) {
                                VolunteerHoursFormat.hours(entry.draft.minutes)
                            }
                            element("td", [.attr("data-label", t("volunteers.staff.activity"))]) {
                                t.label("volunteers.activity", entry.draft.activity)
                                if let subject = (entry.draft.eventID ?? entry.draft.partnershipID)
                                    .flatMap({ model.subjects[$0] })
                                {
                                    span(.class("region")) { subject }
                                }
                                if let note = entry.draft.note {
                                    span(.class("region")) { t("volunteers.staff.quoted", ["note": note]) }
                                }
                            }
                            element("td", [.attr("data-label", t("volunteers.staff.review"))]) {
                                form(
                                    .attr("method", "post"), .attr("action", SiteURL.staffReviewHours(entry.id).path),
                                    .class("inline-form")
                                ) {
                                    csrfField(model.csrfToken)
                                    button(.attr("type", "submit"), .class("primary")) { t("volunteers.staff.approve") }
                                }
                                element("details", [.class("correct")]) {
                                    element("summary") { t("volunteers.staff.correctTime") }
                                    form(
                                        .attr("method", "post"),
                                        .attr("action", SiteURL.staffReviewHours(entry.id).path), .class("stack")
                                    ) {
                                        csrfField(model.csrfToken)
                                        FormControls.text(
                                            "time", t("volunteers.staff.correctedTime"), value: "", errors: [], t: t)
                                        FormControls.text(
                                            "note", t("volunteers.staff.why"), value: "", errors: [], t: t)
                                        button(.attr("type", "submit")) { t("volunteers.staff.correctSubmit") }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func totalsSection(_ model: Model, _ t: Localizer) -> HTML {
        section {
            h2 {
                if let year = model.year {
                    t("volunteers.staff.approvedIn", ["year": String(year)])
                } else {
                    t("volunteers.staff.approved")
                }
            }
            nav(.class("sort"), .attr("aria-label", t("volunteers.staff.year"))) {
                span(.class("sort-label")) { t("volunteers.staff.yearLabel") }
                ul {
                    for (label, year) in [(t("volunteers.staff.allYears"), nil)]
                        + model.years.map({ (String($0), Optional($0)) })
                    {
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
                div(.class("empty-state")) { p { t("volunteers.staff.approvedEmpty") } }
            } else {
                p {
                    let (before, after) = t.around("volunteers.staff.inAll", "hours")
                    before
                    strong { VolunteerHoursFormat.hours(model.totals.totalMinutes) }
                    after
                }
                div(.class("cards")) {
                    totalsCard(t("volunteers.staff.byVolunteer"), model.totals.byVolunteer, t)
                    totalsCard(
                        t("volunteers.staff.byActivity"),
                        model.totals.byActivity.map { line in
                            var line = line
                            line.label = ReportCharts.activity(line, t)
                            return line
                        }, t)
                    if model.year == nil { totalsCard(t("volunteers.staff.byYear"), model.totals.byYear, t) }
                }
            }
        }
    }

    private static func totalsCard(_ title: String, _ lines: [HoursTotals.Line], _ t: Localizer) -> HTML {
        section(.class("card")) {
            h3 { title }
            dl(.class("totals")) {
                for line in lines {
                    dt { line.label }
                    dd(.attr("title", t("volunteers.staff.entries", count: line.entries))) {
                        VolunteerHoursFormat.hours(line.minutes)
                    }
                }
            }
        }
    }
}
