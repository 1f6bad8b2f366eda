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
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        return Layout.view(
            Layout.Model(
                title: model.name, siteName: model.programmeName, description: nil, signedInAs: model.signedInAs,
                page: model.page)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", t("people.breadcrumb"))) {
                if let organisation = model.organisation {
                    a(.href(organisation.url)) { organisation.name }
                } else {
                    a(.href(SiteURL.organisations.path)) { t("nav.organisations") }
                }
                if model.canEdit {
                    " · "
                    a(.href(SiteURL.editPerson(model.id).path)) { t("people.edit") }
                    " · "
                    a(.href(SiteURL.deletePerson(model.id).path), .class("danger-link")) { t("people.delete") }
                }

            }
            div(.class("page-intro")) {
                h1 {
                    if let native = model.nativeName {
                        span(.lang(model.nativeLanguage ?? "und")) { native }
                        " "
                        span(.class("native-name")) { t("people.nativeName", ["name": model.name]) }
                    } else {
                        model.name
                    }
                }
                if !model.isPublic {
                    p(.class("muted")) {
                        span(.class("badge")) { t("people.private") }
                        " "
                        t("people.privateAbout")
                    }
                }
            }
            if !model.offices.isEmpty {
                section(.attr("aria-labelledby", "offices")) {
                    h2(.id("offices")) { t("people.offices") }
                    ul {
                        for office in model.offices {
                            li {
                                strong { office.title }
                                if let organisation = office.organisation {
                                    t("people.officeAt")
                                    a(.href(organisation.url)) { organisation.name }
                                }
                                if let period = office.period {
                                    span(.class("muted")) { t("people.period", ["period": period]) }
                                }
                            }
                        }
                    }
                }
            }
            if let contact = model.contact {
                section(.attr("aria-labelledby", "contact")) {
                    h2(.id("contact")) { t("people.contact") }
                    p(.class("muted")) { t("people.contactAbout") }
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
                    h2(.id("their-data")) { t("people.data.title") }
                    p {
                        // "On their request: {{download}} (JSON), or {{erase}}.": the two links sit in the sentence.
                        let (before, rest) =
                            model.canErase
                            ? t.around("people.data.requestOrErase", "download")
                            : t.around("people.data.request", "download")
                        let after = rest.components(separatedBy: "{{erase}}")
                        before
                        a(.href(SiteURL.apiPersonalData(model.id).path)) { t("people.data.download") }
                        after[0]
                        if model.canErase {
                            a(.href(SiteURL.erasePerson(model.id).path), .class("danger-link")) {
                                t("people.data.erase")
                            }
                            after.count > 1 ? after[1] : ""
                        }
                    }
                }
            }
        }
    }
}
