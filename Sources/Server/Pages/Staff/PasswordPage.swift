import Domain

/// Change your own password.
enum PasswordPage {
    struct Model {
        var programmeName: String
        var email: String
        var csrfToken: String
        var errors: [FieldIssue] = []
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        return Layout.view(
            Layout.Model(
                title: t("password.title"), siteName: model.programmeName, description: nil, signedInAs: model.email,
                page: model.page)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", t("password.breadcrumb"))) {
                a(.href(SiteURL.staff.path)) { t("nav.staff") }
            }
            div(.class("narrow")) {
                h1 { t("password.title") }
                p(.class("lede")) {
                    t(
                        "password.lede",
                        ["min": t.number(PasswordPolicy.minLength), "max": t.number(PasswordPolicy.maxLength)])
                }
                form(.attr("method", "post"), .attr("action", SiteURL.staffPassword.path), .class("stack")) {
                    csrfField(model.csrfToken)
                    field(
                        "current", t("password.current"), autocomplete: "current-password", errors: model.errors, t: t)
                    field("new", t("password.new"), autocomplete: "new-password", errors: model.errors, t: t)
                    button(.attr("type", "submit"), .class("primary")) { t("password.submit") }
                }
            }
        }
    }

    private static func field(
        _ name: String, _ title: String, autocomplete: String, errors: [FieldIssue], t: Localizer
    ) -> HTML {
        let messages = errors.filter { $0.field == name }.map(t.issue)
        return div(.class(messages.isEmpty ? "field" : "field has-error")) {
            label(.attr("for", name)) { title }
            for message in messages {
                p(.class("field-error"), .id("\(name)-error")) {
                    t("password.fieldError", ["field": title, "message": message])
                }
            }
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
