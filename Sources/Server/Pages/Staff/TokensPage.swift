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
        static let lifetimes: [(value: String, label: String)] = [
            ("30", "In 30 days"), ("90", "In 90 days"), ("365", "In a year"), ("never", "Never (until revoked)"),
        ]

        var programmeName: String
        var email: String
        var csrfToken: String
        var rows: [Row]
        /// The secret of a token just created: shown this once.
        var newSecret: String?
        var errors: [FieldIssue] = []
        /// The lifetime the form shows chosen.
        var expires = TokenLifetime.standard.text
    }

    static func view(_ model: Model) -> HTML {
        Layout.view(
            Layout.Model(title: "API tokens", siteName: model.programmeName, description: nil, signedInAs: model.email)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", "Breadcrumb")) { a(.href(SiteURL.staff.path)) { "Staff" } }
            h1 { "API tokens" }
            p(.class("lede")) {
                "A token lets a script use the JSON API as you, with your role. Send it as "
                element("code") { "Authorization: Bearer <token>" }
                ". It stops working when it expires, when you revoke it, or when you change your password."
            }
            if let secret = model.newSecret {
                div(.class("notice"), .attr("role", "status")) {
                    p { strong { "Copy your new token now. It is not shown again." } }
                    p { element("code", [.class("secret")]) { secret } }
                }
            }
            section(.attr("aria-labelledby", "new-token")) {
                h2(.id("new-token")) { "New token" }
                form(.attr("method", "post"), .attr("action", SiteURL.staffTokens.path), .class("inline-form")) {
                    csrfField(model.csrfToken)
                    label(.attr("for", "name")) { "Name" }
                    let messages = model.errors.filter { $0.field == "name" }.map(\.message)
                    for message in messages { p(.class("field-error")) { "Name \(message)." } }
                    input(
                        .id("name"), .attr("name", "name"), .attr("placeholder", "e.g. Nightly export"),
                        .flag("required"))
                    label(.attr("for", "expires")) { "Expires" }
                    for message in model.errors.filter({ $0.field == "expires" }).map(\.message) {
                        p(.class("field-error")) { "Expiry \(message)." }
                    }
                    element("select", [.id("expires"), .attr("name", "expires")]) {
                        for option in Model.lifetimes {
                            if option.value == model.expires {
                                element("option", [.attr("value", option.value), .flag("selected")]) { option.label }
                            } else {
                                element("option", [.attr("value", option.value)]) { option.label }
                            }
                        }
                    }
                    button(.attr("type", "submit"), .class("primary")) { "Create token" }
                }
            }
            section(.attr("aria-labelledby", "your-tokens")) {
                h2(.id("your-tokens")) { "Your tokens" }
                if model.rows.isEmpty {
                    p(.class("muted")) { "You have no tokens yet." }
                } else {
                    element("table", [.class("directory")]) {
                        element("thead") {
                            element("tr") {
                                for title in ["Name", "Created", "Last used", "Expires", ""] {
                                    element("th", [.attr("scope", "col")]) { title }
                                }
                            }
                        }
                        element("tbody") {
                            for row in model.rows {
                                element("tr") {
                                    element("th", [.attr("scope", "row"), .attr("data-label", "Name")]) { row.name }
                                    element("td", [.attr("data-label", "Created")]) { row.created }
                                    element("td", [.attr("data-label", "Last used")]) { row.lastUsed ?? "never" }
                                    element("td", [.attr("data-label", "Expires")]) { row.expires ?? "never" }
                                    element("td", [.attr("data-label", "Status")]) {
                                        if let revoked = row.revoked {
                                            "Revoked \(revoked)"
                                        } else if row.hasExpired {
                                            "Expired"
                                        } else {
                                            a(.href(SiteURL.staffTokenRevoke(row.id).path), .class("danger-link")) {
                                                "Revoke…"
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
        }
    }
}
