import Domain
import Foundation

/// `/volunteering?key=…`: a volunteer's own page, reached by the personal link they were emailed. Their shifts,
/// the shifts they can take, the form to log time, and the time they logged with what became of it.
enum VolunteeringPage {
    struct ShiftLine {
        var shift: Shift
        var eventTitle: String
        var when: String
    }

    struct Model {
        var programmeName: String
        var signedInAs: String?
        /// The CSRF token of a signed-in session, which every form must then carry too.
        var csrfToken: String?
        var key: String
        var name: String
        var mine: [ShiftLine]
        var open: [ShiftLine]
        var hours: [VolunteerHours]
        var approvedMinutes: Int
        var events: [(value: String, label: String)]
        var partnerships: [(value: String, label: String)]
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
                title: t("volunteers.own.title"), siteName: model.programmeName, description: nil,
                signedInAs: model.signedInAs, page: model.page)
        ) {
            h1 { t("volunteers.own.title") }
            p(.class("lede")) { t("volunteers.own.lede", ["name": model.name]) }
            if let notice = model.notice { div(.class("notice"), .attr("role", "status")) { p { notice } } }
            if !model.errors.isEmpty {
                div(.class("form-error"), .attr("role", "alert")) {
                    for issue in model.errors where issue.field == "shift" { p { t.issue(issue) } }
                    if model.errors.contains(where: { $0.field != "shift" }) {
                        p { t("volunteers.correct") }
                    }
                }
            }
            h2 { t("volunteers.own.mine") }
            if model.mine.isEmpty {
                div(.class("empty-state")) { p { t("volunteers.own.mineEmpty") } }
            } else {
                ul(.class("plain-list")) {
                    for line in model.mine {
                        li {
                            strong { line.shift.draft.role }
                            " · \(line.eventTitle)"
                            span(.class("region")) { line.when }
                            form(
                                .attr("method", "post"), .attr("action", SiteURL.volunteeringWithdraw.path),
                                .class("inline-form")
                            ) {
                                hidden(model, shift: line.shift.id)
                                button(.attr("type", "submit")) { t("volunteers.own.withdraw") }
                            }
                        }
                    }
                }
            }
            h2 { t("volunteers.own.open") }
            if model.open.isEmpty {
                div(.class("empty-state")) { p { t("volunteers.own.openEmpty") } }
            } else {
                ul(.class("plain-list")) {
                    for line in model.open {
                        li {
                            strong { line.shift.draft.role }
                            " · \(line.eventTitle)"
                            span(.class("region")) {
                                line.when + " · "
                                    + t(
                                        "volunteers.own.placesFree", count: line.shift.draft.places,
                                        ["left": t.number(line.shift.placesLeft)])
                            }
                            form(
                                .attr("method", "post"), .attr("action", SiteURL.volunteeringSignup.path),
                                .class("inline-form")
                            ) {
                                hidden(model, shift: line.shift.id)
                                button(.attr("type", "submit"), .class("primary")) { t("volunteers.own.take") }
                            }
                        }
                    }
                }
            }
            h2 { t("volunteers.own.log") }
            form(.attr("method", "post"), .attr("action", SiteURL.volunteeringHours.path), .class("stack wide")) {
                hidden(model, shift: nil)
                div(.class("inline-fields")) {
                    FormControls.text(
                        "day", t("volunteers.form.day"), value: v("day"), errors: e("day"), type: "date", t: t)
                    FormControls.text(
                        "time", t("volunteers.form.time"), value: v("time"), errors: e("time") + e("minutes"), t: t)
                }
                FormControls.select(
                    "activity", t("volunteers.form.activity"),
                    options: VolunteerActivity.allCases.map { ($0.rawValue, t.label("volunteers.activity", $0)) },
                    selected: v("activity").isEmpty ? VolunteerActivity.eventSupport.rawValue : v("activity"),
                    errors: e("activity"), t: t)
                FormControls.select(
                    "eventId", t("volunteers.form.event"), options: [("", t("volunteers.form.none"))] + model.events,
                    selected: v("eventId"), errors: e("eventId"), t: t)
                FormControls.select(
                    "partnershipId", t("volunteers.form.partnership"),
                    options: [("", t("volunteers.form.none"))] + model.partnerships,
                    selected: v("partnershipId"), errors: e("partnershipId"), t: t)
                FormControls.text("note", t("volunteers.form.note"), value: v("note"), errors: e("note"), t: t)
                button(.attr("type", "submit"), .class("primary")) { t("volunteers.form.submit") }
            }
            h2 { t("volunteers.own.logged") }
            if model.hours.isEmpty {
                div(.class("empty-state")) { p { t("volunteers.own.loggedEmpty") } }
            } else {
                p {
                    let (before, after) = t.around("volunteers.own.approved", "hours")
                    before
                    strong { VolunteerHoursFormat.hours(model.approvedMinutes) }
                    after
                }
                ul(.class("plain-list")) {
                    for entry in model.hours {
                        li {
                            strong { VolunteerHoursFormat.hours(entry.draft.minutes) }
                            " · \(t.date(entry.draft.day)) · \(t.label("volunteers.activity", entry.draft.activity))"
                            span(.class("badge")) {
                                entry.status == .approved
                                    ? t("volunteers.status.approved") : t("volunteers.status.pending")
                            }
                            if let logged = entry.loggedMinutes {
                                span(.class("region")) {
                                    let hours = VolunteerHoursFormat.hours(logged)
                                    if let note = entry.reviewNote {
                                        t("volunteers.own.correctedNote", ["hours": hours, "note": note])
                                    } else {
                                        t("volunteers.own.corrected", ["hours": hours])
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func hidden(_ model: Model, shift: UUID?) -> HTML {
        span {
            input(.attr("type", "hidden"), .attr("name", "key"), .attr("value", model.key))
            if let shift { input(.attr("type", "hidden"), .attr("name", "shiftId"), .attr("value", shift.uuidString)) }
            if let token = model.csrfToken { csrfField(token) }
        }
    }
}
