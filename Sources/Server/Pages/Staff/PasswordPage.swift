import Domain

/// Change your own password.
enum PasswordPage {
    struct Model {
        var programmeName: String
        var email: String
        var csrfToken: String
        var errors: [FieldIssue] = []
    }

    static func view(_ model: Model) -> HTML {
        Layout.view(
            Layout.Model(
                title: "Change password", siteName: model.programmeName, description: nil, signedInAs: model.email)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", "Breadcrumb")) { a(.href(SiteURL.staff.path)) { "Staff" } }
            div(.class("narrow")) {
                h1 { "Change password" }
                p(.class("lede")) {
                    "At least \(PasswordPolicy.minLength) and at most \(PasswordPolicy.maxLength) characters, and not one of the most common passwords. Every session ends and every API token of yours is revoked; you sign in again."
                }
                form(.attr("method", "post"), .attr("action", SiteURL.staffPassword.path), .class("stack")) {
                    csrfField(model.csrfToken)
                    field("current", "Current password", autocomplete: "current-password", errors: model.errors)
                    field("new", "New password", autocomplete: "new-password", errors: model.errors)
                    button(.attr("type", "submit"), .class("primary")) { "Change password" }
                }
            }
        }
    }

    private static func field(_ name: String, _ title: String, autocomplete: String, errors: [FieldIssue]) -> HTML {
        let messages = errors.filter { $0.field == name }.map(\.message)
        return div(.class(messages.isEmpty ? "field" : "field has-error")) {
            label(.attr("for", name)) { title }
            for message in messages { p(.class("field-error"), .id("\(name)-error")) { "\(title) \(message)." } }
            if messages.isEmpty {
                input(
                    .id(name), .attr("name", name), .attr("type", "password"), .attr("autocomplete", autocomplete),
                    .flag("required"))
            } else {
                input(
                    .id(name), .attr("name", name), .attr("type", "password"), .attr("autocomplete", autocomplete),
                    .flag("required"), .attr("aria-invalid", "true"), .attr("aria-describedby", "\(name)-error"))
            }
        }
    }
}
