import Domain
import Foundation

/// `/staff/people`: everyone the programme works with, private people included, searchable by name.
enum StaffPeoplePage {
    struct Model {
        struct Item {
            var name: String
            var nativeName: String?
            var url: String
            var organisation: String?
            var isPublic: Bool
            var email: String?
        }

        var programmeName: String
        var email: String
        var text: String
        var canEdit: Bool
        var items: [Item]
        var total: Int
        var pageNumber: Int
        var pageCount: Int
        var previousPageURL: String?
        var nextPageURL: String?
    }

    static func view(_ model: Model) -> HTML {
        Layout.view(
            Layout.Model(title: "People", siteName: model.programmeName, description: nil, signedInAs: model.email)
        ) {
            div(.class("page-intro")) {
                h1 { "People" }
                p(.class("lede")) { "Officials, hosts, partners and volunteers of the programme." }
            }
            if model.canEdit {
                p {
                    a(.href(SiteURL.newPerson.path)) { "Add a person" }
                    " · "
                    a(.href(SiteURL.organisations.path)) { "Organisations" }
                    " · "
                    a(.href(SiteURL.staffExport(.people).path)) { "Download as CSV" }
                }
            }
            form(
                .attr("method", "get"), .attr("action", SiteURL.staffPeople.path), .class("search"),
                .attr("role", "search")
            ) {
                label(.attr("for", "q")) { "Find by name" }
                input(
                    .attr("type", "search"), .id("q"), .attr("name", "q"), .attr("value", model.text),
                    .attr("maxlength", "200"))
                button(.attr("type", "submit")) { "Search" }
            }
            if model.items.isEmpty {
                div(.class("empty-state")) {
                    p { model.text.isEmpty ? "No people are recorded yet." : "No one matches “\(model.text)”." }
                }
            } else {
                p(.class("muted")) { "\(model.total) \(model.total == 1 ? "person" : "people"), by family name." }
                ul(.class("plain-list")) {
                    for item in model.items {
                        li {
                            a(.href(item.url)) { item.name }
                            if let native = item.nativeName {
                                " "
                                span(.class("native-name")) { native }
                            }
                            span(.class("muted")) {
                                if let organisation = item.organisation { " · \(organisation)" }
                                if let email = item.email { " · \(email)" }
                            }
                            if !item.isPublic { span(.class("badge")) { "Private" } }
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
