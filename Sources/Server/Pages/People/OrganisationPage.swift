import Domain
import Foundation

/// One organisation: what it is, where, the partnerships it serves and its people.
enum OrganisationPage {
    struct Model {
        var programmeName: String
        var signedInAs: String?
        var id: UUID
        var name: String
        var nativeName: String?
        var kind: String
        var city: String?
        var website: String?
        var notes: String?
        var partnerships: [(title: String, url: String)]
        var people: [(name: String, url: String, role: String?)]
        var canEdit: Bool
    }

    static func view(_ model: Model) -> HTML {
        Layout.view(
            Layout.Model(
                title: model.name, siteName: model.programmeName, description: "\(model.name): \(model.kind).",
                signedInAs: model.signedInAs)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", "Breadcrumb")) {
                a(.href(SiteURL.organisations.path)) { "All organisations" }
                if model.canEdit {
                    " · "
                    a(.href(SiteURL.editOrganisation(model.id).path)) { "Edit" }
                    " · "
                    a(.href(SiteURL.deleteOrganisation(model.id).path), .class("danger-link")) { "Delete…" }
                }
            }
            div(.class("page-intro")) {
                h1 {
                    model.name
                    if let native = model.nativeName {
                        " "
                        span(.class("native-name")) { native }
                    }
                }
                p(.class("lede")) {
                    model.kind
                    if let city = model.city { " in \(city)" }
                }
            }
            if let website = model.website { p { a(.href(website)) { website } } }
            if let notes = model.notes { p(.class("summary")) { notes } }
            section(.attr("aria-labelledby", "serves")) {
                h2(.id("serves")) { "Partnerships it serves" }
                if model.partnerships.isEmpty {
                    p(.class("muted")) { "None recorded." }
                } else {
                    ul { for p in model.partnerships { li { a(.href(p.url)) { p.title } } } }
                }
            }
            section(.attr("aria-labelledby", "people")) {
                h2(.id("people")) { "People" }
                if model.people.isEmpty {
                    p(.class("muted")) { "No one is listed publicly." }
                } else {
                    ul {
                        for person in model.people {
                            li {
                                a(.href(person.url)) { person.name }
                                if let role = person.role { span(.class("muted")) { ", \(role)" } }
                            }
                        }
                    }
                }
            }
        }
    }
}
