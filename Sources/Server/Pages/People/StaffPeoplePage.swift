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
        var pager: Pager
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        return Layout.view(
            Layout.Model(
                title: t("people.title"), siteName: model.programmeName, description: nil, signedInAs: model.email,
                page: model.page)
        ) {
            div(.class("page-intro")) {
                h1 { t("people.title") }
                p(.class("lede")) { t("people.lede") }
            }
            if model.canEdit {
                p {
                    a(.href(SiteURL.newPerson.path)) { t("people.add") }
                    " · "
                    a(.href(SiteURL.organisations.path)) { t("nav.organisations") }
                    " · "
                    a(.href(SiteURL.staffExport(.people).path)) { t("people.csv") }
                }
            }
            form(
                .attr("method", "get"), .attr("action", SiteURL.staffPeople.path), .class("search"),
                .attr("role", "search")
            ) {
                label(.attr("for", "q")) { t("people.find") }
                input(
                    .attr("type", "search"), .id("q"), .attr("name", "q"), .attr("value", model.text),
                    .attr("maxlength", "200"))
                button(.attr("type", "submit")) { t("people.search") }
            }
            if model.items.isEmpty {
                div(.class("empty-state")) {
                    p { model.text.isEmpty ? t("people.empty") : t("people.noMatch", ["query": model.text]) }
                }
            } else {
                p(.class("muted")) { t("people.count", count: model.total) }
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
                            if !item.isPublic { span(.class("badge")) { t("people.private") } }
                        }
                    }
                }
                model.pager.view(t)
            }
        }
    }
}
