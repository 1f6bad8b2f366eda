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
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let confirmed = model.registrations.filter { $0.status == .confirmed }
        let waitlisted = model.registrations.filter { $0.status == .waitlisted }
        let cancelled = model.registrations.filter { $0.status == .cancelled }
        let t = model.page.t
        let counts = [
            "taken": t.number(confirmed.count), "waiting": t.number(waitlisted.count),
            "attended": t.number(confirmed.filter(\.attended).count),
        ]
        return Layout.view(
            Layout.Model(
                title: t("registration.list.pageTitle", ["event": model.title]), siteName: model.programmeName,
                description: nil, signedInAs: model.email, page: model.page)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", t("events.event.breadcrumb"))) {
                a(.href(SiteURL.event(model.eventID).path)) { model.title }
            }
            h1 { t("registration.list.title") }
            p(.class("lede")) {
                if let capacity = model.capacity {
                    t("registration.list.summaryOf", counts.merging(["capacity": t.number(capacity)]) { $1 })
                } else {
                    t("registration.list.summary", counts)
                }
            }
            p { a(.href(SiteURL.eventRegistrationsCSV(model.eventID).path)) { t("registration.list.csv") } }
            if model.registrations.isEmpty {
                div(.class("empty-state")) { p { t("registration.list.empty") } }
            } else {
                form(.attr("method", "post"), .attr("action", SiteURL.eventRegistrations(model.eventID).path)) {
                    csrfField(model.csrfToken)
                    h2 { t("registration.list.places") }
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
                                    span(.class("muted")) {
                                        t("registration.list.attended", ["email": registration.email])
                                    }
                                }
                                " "
                                a(.href(SiteURL.staffCancelRegistration(registration.id).path), .class("danger-link")) {
                                    t("registration.list.cancel")
                                }
                            }
                        }
                    }
                    button(.attr("type", "submit"), .class("primary")) { t("registration.list.save") }
                }
                if !waitlisted.isEmpty {
                    h2 { t("registration.list.waitlist") }
                    ol {
                        for registration in waitlisted {
                            li {
                                "\(registration.name) "
                                span(.class("muted")) { "<\(registration.email)>" }
                                " "
                                a(.href(SiteURL.staffCancelRegistration(registration.id).path), .class("danger-link")) {
                                    t("registration.list.remove")
                                }
                            }
                        }
                    }
                }
                if !cancelled.isEmpty {
                    h2 { t("registration.list.cancelled") }
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
