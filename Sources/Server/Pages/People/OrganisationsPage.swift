import Domain
import Foundation

/// `/organisations`: the organisations that serve the programme's partnerships.
enum OrganisationsPage {
    struct Model {
        struct Item {
            var name: String
            var nativeName: String?
            var url: String
            var kind: String
            var city: String?
        }

        var programmeName: String
        var signedInAs: String?
        var canEdit: Bool
        var items: [Item]
        var kinds: [(value: String, label: String, url: String, current: Bool)]
        var pager: Pager
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        return Layout.view(
            Layout.Model(
                title: t("organisations.title"), siteName: model.programmeName,
                description: t("organisations.description", ["programme": model.programmeName]),
                signedInAs: model.signedInAs, page: model.page)
        ) {
            div(.class("page-intro")) {
                h1 { t("organisations.title") }
                p(.class("lede")) { t("organisations.lede") }
            }
            if model.canEdit {
                p {
                    a(.href(SiteURL.newOrganisation.path)) { t("organisations.add") }
                    " · "
                    a(.href(SiteURL.staffPeople.path)) { t("organisations.people") }
                }
            }
            nav(.class("sort"), .attr("aria-label", t("organisations.kinds"))) {
                ul {
                    for kind in model.kinds {
                        li {
                            if kind.current {
                                a(.href(kind.url), .attr("aria-current", "true")) { kind.label }
                            } else {
                                a(.href(kind.url)) { kind.label }
                            }
                        }
                    }
                }
            }
            if model.items.isEmpty {
                div(.class("empty-state")) { p { t("organisations.empty") } }
            } else {
                ul(.class("plain-list")) {
                    for item in model.items {
                        li {
                            a(.href(item.url)) { item.name }
                            if let native = item.nativeName {
                                " "
                                span(.class("native-name")) { native }
                            }
                            span(.class("muted")) {
                                " · \(item.kind)"
                                if let city = item.city { " · \(city)" }
                            }
                        }
                    }
                }
                model.pager.view(t)
            }
        }
    }
}
