import Domain
import Foundation

/// One person: their name in their own order and script, the offices they held, and (for coordinators and
/// above) how to reach them.
enum PersonPage {
    struct Model {
        struct Office {
            var title: String
            var organisation: (name: String, url: String)?
            var period: String?
        }

        var programmeName: String
        var signedInAs: String?
        var id: UUID
        var name: String
        var nativeName: String?
        var nativeLanguage: String?
        var isPublic: Bool
        var organisation: (name: String, url: String)?
        var offices: [Office]
        /// Shown only to those who may read contact details.
        var contact: [(term: String, value: String)]?
        var consent: String?
        var notes: String?
        var canEdit: Bool
        /// Staff and above may erase a person's data on request.
        var canErase: Bool = false
    }

    static func view(_ model: Model) -> HTML {
        Layout.view(
            Layout.Model(
                title: model.name, siteName: model.programmeName, description: nil, signedInAs: model.signedInAs)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", "Breadcrumb")) {
                if let organisation = model.organisation {
                    a(.href(organisation.url)) { organisation.name }
                } else {
                    a(.href(SiteURL.organisations.path)) { "Organisations" }
                }
                if model.canEdit {
                    " · "
                    a(.href(SiteURL.editPerson(model.id).path)) { "Edit" }
                    " · "
                    a(.href(SiteURL.deletePerson(model.id).path), .class("danger-link")) { "Delete…" }
                }

            }
            div(.class("page-intro")) {
                h1 {
                    if let native = model.nativeName {
                        span(.lang(model.nativeLanguage ?? "und")) { native }
                        " "
                        span(.class("native-name")) { "(\(model.name))" }
                    } else {
                        model.name
                    }
                }
                if !model.isPublic {
                    p(.class("muted")) {
                        span(.class("badge")) { "Private" }
                        " Only the programme's members see this person."
                    }
                }
            }
            if !model.offices.isEmpty {
                section(.attr("aria-labelledby", "offices")) {
                    h2(.id("offices")) { "Offices" }
                    ul {
                        for office in model.offices {
                            li {
                                strong { office.title }
                                if let organisation = office.organisation {
                                    ", "
                                    a(.href(organisation.url)) { organisation.name }
                                }
                                if let period = office.period { span(.class("muted")) { " (\(period))" } }
                            }
                        }
                    }
                }
            }
            if let contact = model.contact {
                section(.attr("aria-labelledby", "contact")) {
                    h2(.id("contact")) { "Contact" }
                    p(.class("muted")) { "Seen only by coordinators, staff and administrators." }
                    dl(.class("facts")) {
                        for item in contact {
                            dt { item.term }
                            dd { item.value }
                        }
                    }
                    if let consent = model.consent { p { consent } }
                    if let notes = model.notes { p(.class("notes")) { notes } }
                }
                section(.attr("aria-labelledby", "their-data")) {
                    h2(.id("their-data")) { "Their data" }
                    p {
                        "On their request: "
                        a(.href(SiteURL.apiPersonalData(model.id).path)) { "download everything kept about them" }
                        " (JSON)"
                        if model.canErase {
                            ", or "
                            a(.href(SiteURL.erasePerson(model.id).path), .class("danger-link")) { "erase it…" }
                        }
                        "."
                    }
                }
            }
        }
    }
}
