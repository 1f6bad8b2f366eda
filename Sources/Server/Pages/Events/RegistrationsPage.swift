import Domain
import Foundation

/// The organisers' list of an event's registrations: places, the waitlist in order, and attendance.
enum RegistrationsPage {
    struct Model {
        var programmeName: String
        var email: String
        var csrfToken: String
        var eventID: UUID
        var title: String
        var capacity: Int?
        var registrations: [Registration]
    }

    static func view(_ model: Model) -> HTML {
        let confirmed = model.registrations.filter { $0.status == .confirmed }
        let waitlisted = model.registrations.filter { $0.status == .waitlisted }
        let cancelled = model.registrations.filter { $0.status == .cancelled }
        return Layout.view(
            Layout.Model(
                title: "Registrations: \(model.title)", siteName: model.programmeName, description: nil,
                signedInAs: model.email)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", "Breadcrumb")) {
                a(.href(SiteURL.event(model.eventID).path)) { model.title }
            }
            h1 { "Registrations" }
            p(.class("lede")) {
                (model.capacity.map { "\(confirmed.count) of \($0) places taken" } ?? "\(confirmed.count) registered")
                    + " · \(waitlisted.count) on the waitlist · \(confirmed.filter(\.attended).count) attended"
            }
            p { a(.href(SiteURL.eventRegistrationsCSV(model.eventID).path)) { "Download as CSV" } }
            if model.registrations.isEmpty {
                div(.class("empty-state")) { p { "No one has registered yet." } }
            } else {
                form(.attr("method", "post"), .attr("action", SiteURL.eventRegistrations(model.eventID).path)) {
                    csrfField(model.csrfToken)
                    h2 { "Places" }
                    ul(.class("plain-list")) {
                        for registration in confirmed {
                            li {
                                label(.class("check")) {
                                    if registration.attended {
                                        input(
                                            .attr("type", "checkbox"), .attr("name", "attended"),
                                            .attr("value", registration.id.uuidString), .flag("checked"))
                                    } else {
                                        input(
                                            .attr("type", "checkbox"), .attr("name", "attended"),
                                            .attr("value", registration.id.uuidString))
                                    }
                                    " \(registration.name) "
                                    span(.class("muted")) { "<\(registration.email)> attended" }
                                }
                                " "
                                a(.href(SiteURL.staffCancelRegistration(registration.id).path), .class("danger-link")) {
                                    "Cancel…"
                                }
                            }
                        }
                    }
                    button(.attr("type", "submit"), .class("primary")) { "Save attendance" }
                }
                if !waitlisted.isEmpty {
                    h2 { "Waitlist" }
                    ol {
                        for registration in waitlisted {
                            li {
                                "\(registration.name) "
                                span(.class("muted")) { "<\(registration.email)>" }
                                " "
                                a(.href(SiteURL.staffCancelRegistration(registration.id).path), .class("danger-link")) {
                                    "Remove…"
                                }
                            }
                        }
                    }
                }
                if !cancelled.isEmpty {
                    h2 { "Cancelled" }
                    ul {
                        for registration in cancelled {
                            li(.class("muted")) { "\(registration.name) <\(registration.email)>" }
                        }
                    }
                }
            }
        }
    }
}
