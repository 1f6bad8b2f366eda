import Domain
import Foundation

/// One event, with schema.org Event data for search engines and calendars.
enum EventPage {
    struct Model {
        var programmeName: String
        var signedInAs: String?
        var id: UUID
        /// In the reader's language where the event has it, else the original.
        var title: InLanguage
        var kind: String
        var when: String
        var isApproximate: Bool
        var description: InLanguage?
        /// The title and description in other languages: the event's translations other than the one shown,
        /// and its own text when a translation is shown in its place.
        var translations: [(language: String, title: String, description: String?)]
        var venue: (name: String, address: String?, city: String?)?
        var hosts: [(name: String, url: String)]
        var partnerships: [(title: String, url: String)]
        var isInternal: Bool
        var canEdit: Bool
        var jsonLD: EventJSONLD
        var registration: RegistrationBox?
        var page: PageContext
    }

    /// The registration form, when the event takes registrations and is not over.
    struct RegistrationBox {
        var capacity: Int
        var confirmed: Int
        var waitlisted: Int
        /// The session's token, for a signed-in visitor (the form then carries it).
        var csrfToken: String?
        var values: [String: String] = [:]
        /// Already in the page's language.
        var errors: [FieldIssue] = []

        var placesLeft: Int { max(0, capacity - confirmed) }
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        return Layout.view(
            Layout.Model(
                title: model.title.text, siteName: model.programmeName,
                description: t("events.event.description", ["kind": model.kind, "when": model.when]),
                signedInAs: model.signedInAs, page: model.page)
        ) {
            HTML.jsonLD(model.jsonLD)
            nav(.class("breadcrumb"), .attr("aria-label", t("events.event.breadcrumb"))) {
                a(.href(SiteURL.events.path)) { t("events.event.all") }
                if model.canEdit {
                    " · "
                    a(.href(SiteURL.editEvent(model.id).path)) { t("events.event.edit") }
                    " · "
                    a(.href(SiteURL.deleteEvent(model.id).path), .class("danger-link")) { t("events.event.delete") }
                }
            }
            div(.class("page-intro")) {
                written("h1", model.title, page: model.page)
                p(.class("lede")) {
                    model.when
                    " · \(model.kind)"
                }
                if model.isApproximate {
                    p(.class("muted")) { t("events.event.approximate") }
                }
                if model.isInternal {
                    p(.class("muted")) {
                        span(.class("badge")) { t("events.internal") }
                        " "
                        t("events.event.internalNote")
                    }
                }
            }
            if let description = model.description {
                written("p", description, .class("summary"), page: model.page)
            }
            dl(.class("facts gift-facts")) {
                if let venue = model.venue {
                    dt { t("events.event.where") }
                    dd {
                        venue.name
                        if let address = venue.address { ", \(address)" }
                        if let city = venue.city { ", \(city)" }
                    }
                }
                if !model.hosts.isEmpty {
                    dt { t("events.event.hosts") }
                    dd {
                        for (index, host) in model.hosts.enumerated() {
                            if index > 0 { ", " }
                            a(.href(host.url)) { host.name }
                        }
                    }
                }
                if !model.partnerships.isEmpty {
                    dt { t("events.event.partnership") }
                    dd {
                        for (index, partnership) in model.partnerships.enumerated() {
                            if index > 0 { ", " }
                            a(.href(partnership.url)) { partnership.title }
                        }
                    }
                }
            }
            if let box = model.registration { registrationForm(model.id, box, t) }
            if model.canEdit {
                p { a(.href(SiteURL.eventRegistrations(model.id).path)) { t("events.event.registrations") } }
            }
            for translation in model.translations {
                section(.lang(translation.language)) {
                    h2 { translation.title }
                    if let description = translation.description { p { description } }
                }
            }
        }
    }
}

extension EventPage {
    static func registrationForm(_ id: UUID, _ box: RegistrationBox, _ t: Localizer) -> HTML {
        let e = { (field: String) in FormControls.messages(box.errors, field) }
        return section(.attr("aria-labelledby", "register"), .class("card register")) {
            h2(.id("register")) { t("registration.form.title") }
            p {
                if box.placesLeft > 0 {
                    t(
                        "registration.form.placesLeft",
                        ["left": t.number(box.placesLeft), "capacity": t.number(box.capacity)])
                } else {
                    t("registration.form.full", ["waiting": t.number(box.waitlisted)])
                }
            }
            if !box.errors.isEmpty {
                div(.class("form-error"), .attr("role", "alert")) { p { t("registration.form.correct") } }
            }
            form(.attr("method", "post"), .attr("action", SiteURL.register(id).path), .class("stack")) {
                if let token = box.csrfToken { csrfField(token) }
                FormControls.text(
                    "name", t("registration.form.name"), value: box.values["name"] ?? "", errors: e("name"),
                    required: true, t: t)
                FormControls.text(
                    "email", t("registration.form.email"), value: box.values["email"] ?? "", errors: e("email"),
                    hint: t("registration.form.emailHint"), type: "email", required: true, t: t)
                button(.attr("type", "submit"), .class("primary")) {
                    box.placesLeft > 0 ? t("registration.form.submit") : t("registration.form.joinWaitlist")
                }
            }
        }
    }
}

/// A schema.org Event, as JSON-LD.
struct EventJSONLD: Encodable, Sendable {
    struct Place: Encodable, Sendable {
        var type = "Place"
        var name: String
        var address: String?

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name, address
        }
    }

    struct Organization: Encodable, Sendable {
        var type = "Organization"
        var name: String

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name
        }
    }

    var context = "https://schema.org"
    var type = "Event"
    var name: String
    var description: String?
    var startDate: String
    var endDate: String?
    var eventStatus = "https://schema.org/EventScheduled"
    var location: Place?
    var organizer: [Organization]

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case type = "@type"
        case name, description, startDate, endDate, eventStatus, location, organizer
    }

    init(_ event: Event, hosts: [String]) {
        let dto = EventDTO(event)
        name = event.draft.title
        description = event.draft.description
        startDate = dto.start
        endDate = dto.end
        location = event.draft.venue.map { Place(name: $0.name, address: $0.address) }
        organizer = hosts.map { Organization(name: $0) }
    }
}
