import Domain
import Foundation

/// Your API tokens: create, see when each was last used, revoke.
enum TokensPage {
    struct Model {
        struct Row {
            var id: UUID
            var name: String
            var created: String
            var lastUsed: String?
            var revoked: String?
            /// When it stops working, or nil for a token that lasts until revoked.
            var expires: String?
            var hasExpired: Bool
        }

        /// The lifetimes offered for a new token, as (form value, label).
        static func lifetimes(_ t: Localizer) -> [(value: String, label: String)] {
            [
                ("30", t("tokens.lifetime.days30")), ("90", t("tokens.lifetime.days90")),
                ("365", t("tokens.lifetime.year")), ("never", t("tokens.lifetime.never")),
            ]
        }

        var programmeName: String
        var email: String
        var csrfToken: String
        var rows: [Row]
        /// The secret of a token just created: shown this once.
        var newSecret: String?
        var errors: [FieldIssue] = []
        /// The lifetime the form shows chosen.
        var expires = TokenLifetime.standard.text
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        return Layout.view(
            Layout.Model(
                title: t("tokens.title"), siteName: model.programmeName, description: nil, signedInAs: model.email,
                page: model.page)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", t("password.breadcrumb"))) {
                a(.href(SiteURL.staff.path)) { t("nav.staff") }
            }
            h1 { t("tokens.title") }
            p(.class("lede")) {
                let (before, after) = t.around("tokens.lede", "header")
                before
                element("code") { verbatim("Authorization: Bearer <token>") }
                after
            }
            if let secret = model.newSecret {
                div(.class("notice"), .attr("role", "status")) {
                    p { strong { t("tokens.copyNow") } }
                    p { element("code", [.class("secret")]) { secret } }
                }
            }
            section(.attr("aria-labelledby", "new-token")) {
                h2(.id("new-token")) { t("tokens.new.title") }
                form(.attr("method", "post"), .attr("action", SiteURL.staffTokens.path), .class("inline-form")) {
                    csrfField(model.csrfToken)
                    label(.attr("for", "name")) { t("tokens.new.name") }
                    for issue in model.errors.filter({ $0.field == "name" }) {
                        p(.class("field-error")) {
                            t("password.fieldError", ["field": t("tokens.new.name"), "message": t.issue(issue)])
                        }
                    }
                    input(
                        .id("name"), .attr("name", "name"), .attr("placeholder", t("tokens.new.placeholder")),
                        .flag("required"))
                    label(.attr("for", "expires")) { t("tokens.new.expires") }
                    for issue in model.errors.filter({ $0.field == "expires" }) {
                        p(.class("field-error")) {
                            t("password.fieldError", ["field": t("tokens.new.expiry"), "message": t.issue(issue)])
                        }
                    }
                    element("select", [.id("expires"), .attr("name", "expires")]) {
                        for option in Model.lifetimes(t) {
                            if option.value == model.expires {
                                element("option", [.attr("value", option.value), .flag("selected")]) { option.label }
                            } else {
                                element("option", [.attr("value", option.value)]) { option.label }
                            }
                        }
                    }
                    button(.attr("type", "submit"), .class("primary")) { t("tokens.new.submit") }
                }
            }
            section(.attr("aria-labelledby", "your-tokens")) {
                h2(.id("your-tokens")) { t("tokens.list.title") }
                if model.rows.isEmpty {
                    p(.class("muted")) { t("tokens.list.empty") }
                } else {
                    tokensTable(model.rows, t)
                }
            }
        }
    }

    private static func tokensTable(_ rows: [Model.Row], _ t: Localizer) -> HTML {
        let name = t("tokens.list.name")
        let created = t("tokens.list.created")
        let lastUsed = t("tokens.list.lastUsed")
        let expires = t("tokens.list.expires")
        return element("table", [.class("directory")]) {
            element("thead") {
                element("tr") {
                    for title in [name, created, lastUsed, expires, ""] {
                        element("th", [.attr("scope", "col")]) { title }
                    }
                }
            }
            element("tbody") {
                for row in rows {
                    element("tr") {
                        element("th", [.attr("scope", "row"), .attr("data-label", name)]) { row.name }
                        element("td", [.attr("data-label", created)]) { row.created }
                        element("td", [.attr("data-label", lastUsed)]) { row.lastUsed ?? t("tokens.list.never") }
                        element("td", [.attr("data-label", expires)]) { row.expires ?? t("tokens.list.never") }
                        element("td", [.attr("data-label", t("tokens.list.status"))]) {
                            if let revoked = row.revoked {
                                t("tokens.list.revoked", ["date": revoked])
                            } else if row.hasExpired {
                                t("tokens.list.expired")
                            } else {
                                a(.href(SiteURL.staffTokenRevoke(row.id).path), .class("danger-link")) {
                                    t("tokens.list.revoke")
                                    span(.class("visually-hidden")) { " \(row.name)" }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
