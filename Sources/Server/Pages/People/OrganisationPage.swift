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
        /// What it does, in the reader's language where the programme gave one.
        var notes: InLanguage?
        var partnerships: [(title: String, url: String)]
        var people: [(name: String, url: String, role: String?)]
        var canEdit: Bool
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        return Layout.view(
            Layout.Model(
                title: model.name, siteName: model.programmeName,
                description: t("organisations.pageDescription", ["name": model.name, "kind": model.kind]),
                signedInAs: model.signedInAs, page: model.page)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", t("organisations.breadcrumb"))) {
                a(.href(SiteURL.organisations.path)) { t("organisations.all") }
                if model.canEdit {
                    " · "
                    a(.href(SiteURL.editOrganisation(model.id).path)) { t("organisations.edit") }
                    " · "
                    a(.href(SiteURL.deleteOrganisation(model.id).path), .class("danger-link")) {
                        t("organisations.delete")
                    }
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
                    if let city = model.city {
                        t("organisations.kindIn", ["kind": model.kind, "city": city])
                    } else {
                        model.kind
                    }
                }
            }
            if let website = model.website { p { a(.href(website)) { website } } }
            if let notes = model.notes { written("p", notes, .class("summary"), page: model.page) }
            section(.attr("aria-labelledby", "serves")) {
                h2(.id("serves")) { t("organisations.serves") }
                if model.partnerships.isEmpty {
                    p(.class("muted")) { t("organisations.noPartnerships") }
                } else {
                    ul { for p in model.partnerships { li { a(.href(p.url)) { p.title } } } }
                }
            }
            section(.attr("aria-labelledby", "people")) {
                h2(.id("people")) { t("organisations.people") }
                if model.people.isEmpty {
                    p(.class("muted")) { t("organisations.noPeople") }
                } else {
                    ul {
                        for person in model.people {
                            li {
                                a(.href(person.url)) { person.name }
                                if let role = person.role {
                                    span(.class("muted")) { t("organisations.role", ["role": role]) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
