/// The sign-in form.
enum LoginPage {
    struct Model {
        var csrfToken: String
        var email: String = ""
        var next: String?
        var error: String?
        var devModeWarning = false
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        return Layout.view(
            Layout.Model(
                title: t("login.title"), siteName: verbatim("Sister Cities"), description: nil, page: model.page)
        ) {
            div(.class("narrow")) {
                h1 { t("login.title") }
                p(.class("lede")) { t("login.lede") }
                if model.devModeWarning {
                    p(.class("notice")) { t("login.devMode") }
                }
                if let error = model.error {
                    div(.class("form-error"), .attr("role", "alert")) { p { error } }
                }
                form(.attr("method", "post"), .attr("action", SiteURL.login.path), .class("stack")) {
                    csrfField(model.csrfToken)
                    if let next = model.next {
                        input(.attr("type", "hidden"), .attr("name", "next"), .attr("value", next))
                    }
                    label(.attr("for", "email")) { t("login.email") }
                    input(
                        .id("email"), .attr("name", "email"), .attr("type", "email"), .attr("autocomplete", "username"),
                        .attr("value", model.email), .flag("required"))
                    label(.attr("for", "password")) { t("login.password") }
                    input(
                        .id("password"), .attr("name", "password"), .attr("type", "password"),
                        .attr("autocomplete", "current-password"), .flag("required"))
                    button(.attr("type", "submit"), .class("primary")) { t("login.submit") }
                }
            }
        }
    }
}
