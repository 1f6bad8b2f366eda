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
        var pageNumber: Int
        var pageCount: Int
        var previousPageURL: String?
        var nextPageURL: String?
    }

    static func view(_ model: Model) -> HTML {
        Layout.view(
            Layout.Model(
                title: "Organisations", siteName: model.programmeName,
                description: "The organisations that carry \(model.programmeName)'s partnerships.",
                signedInAs: model.signedInAs)
        ) {
            div(.class("page-intro")) {
                h1 { "Organisations" }
                p(.class("lede")) {
                    "City offices, committees, clubs, museums and schools that carry the partnerships."
                }
            }
            if model.canEdit {
                p {
                    a(.href(SiteURL.newOrganisation.path)) { "Add an organisation" }
                    " · "
                    a(.href(SiteURL.staffPeople.path)) { "People" }
                }
            }
            nav(.class("sort"), .attr("aria-label", "Kinds of organisation")) {
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
                div(.class("empty-state")) { p { "No organisations are recorded yet." } }
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
                if model.pageCount > 1 {
                    nav(.class("pager"), .attr("aria-label", "Pages")) {
                        if let previous = model.previousPageURL {
                            a(.href(previous), .attr("rel", "prev")) { "← Previous" }
                        }
                        span { "Page \(model.pageNumber) of \(model.pageCount)" }
                        if let next = model.nextPageURL { a(.href(next), .attr("rel", "next")) { "Next →" } }
                    }
                }
            }
        }
    }
}
