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
    }

    static func view(_ model: Model) -> HTML {
        let e = { (field: String) in FormControls.messages(model.errors, field) }
        let v = { (field: String) in model.values[field] ?? "" }
        return Layout.view(
            Layout.Model(
                title: "Your volunteering", siteName: model.programmeName, description: nil,
                signedInAs: model.signedInAs)
        ) {
            h1 { "Your volunteering" }
            p(.class("lede")) { "Thank you, \(model.name). This page is yours: keep its link to yourself." }
            if let notice = model.notice { div(.class("notice"), .attr("role", "status")) { p { notice } } }
            if !model.errors.isEmpty {
                div(.class("form-error"), .attr("role", "alert")) {
                    for issue in model.errors where issue.field == "shift" { p { issue.message } }
                    if model.errors.contains(where: { $0.field != "shift" }) {
                        p { "Please correct the fields marked below." }
                    }
                }
            }
            h2 { "Your shifts" }
            if model.mine.isEmpty {
                div(.class("empty-state")) { p { "You have no shifts yet: choose one below." } }
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
                                button(.attr("type", "submit")) { "Withdraw" }
                            }
                        }
                    }
                }
            }
            h2 { "Shifts you can take" }
            if model.open.isEmpty {
                div(.class("empty-state")) { p { "No shift has a place free just now." } }
            } else {
                ul(.class("plain-list")) {
                    for line in model.open {
                        li {
                            strong { line.shift.draft.role }
                            " · \(line.eventTitle)"
                            span(.class("region")) {
                                "\(line.when) · \(line.shift.placesLeft) of \(line.shift.draft.places) places free"
                            }
                            form(
                                .attr("method", "post"), .attr("action", SiteURL.volunteeringSignup.path),
                                .class("inline-form")
                            ) {
                                hidden(model, shift: line.shift.id)
                                button(.attr("type", "submit"), .class("primary")) { "Take this shift" }
                            }
                        }
                    }
                }
            }
            h2 { "Log your time" }
            form(.attr("method", "post"), .attr("action", SiteURL.volunteeringHours.path), .class("stack wide")) {
                hidden(model, shift: nil)
                div(.class("inline-fields")) {
                    FormControls.text("day", "Day", value: v("day"), errors: e("day"), type: "date")
                    FormControls.text(
                        "time", "Time (h:mm)", value: v("time"), errors: e("time") + e("minutes"))
                }
                FormControls.select(
                    "activity", "What you did",
                    options: VolunteerActivity.allCases.map { ($0.rawValue, $0.label) },
                    selected: v("activity").isEmpty ? VolunteerActivity.eventSupport.rawValue : v("activity"),
                    errors: e("activity"))
                FormControls.select(
                    "eventId", "At an event", options: [("", "None")] + model.events, selected: v("eventId"),
                    errors: e("eventId"))
                FormControls.select(
                    "partnershipId", "For a partnership", options: [("", "None")] + model.partnerships,
                    selected: v("partnershipId"), errors: e("partnershipId"))
                FormControls.text("note", "Note", value: v("note"), errors: e("note"))
                button(.attr("type", "submit"), .class("primary")) { "Log the time" }
            }
            h2 { "Time you logged" }
            if model.hours.isEmpty {
                div(.class("empty-state")) { p { "Nothing logged yet." } }
            } else {
                p {
                    "Approved so far: "
                    strong { VolunteerHoursFormat.hours(model.approvedMinutes) }
                    " hours."
                }
                ul(.class("plain-list")) {
                    for entry in model.hours {
                        li {
                            strong { VolunteerHoursFormat.hours(entry.draft.minutes) }
                            " · \(Format.date(entry.draft.day)) · \(entry.draft.activity.label)"
                            span(.class("badge")) { entry.status == .approved ? "Approved" : "Waiting for approval" }
                            if let logged = entry.loggedMinutes {
                                span(.class("region")) {
                                    "You logged \(VolunteerHoursFormat.hours(logged)); corrected"
                                        + (entry.reviewNote.map { ": \($0)" } ?? ".")
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
