/// The sign-in form.
enum LoginPage {
    struct Model {
        var csrfToken: String
        var email: String = ""
        var next: String?
        var error: String?
        var devModeWarning = false
    }

    static func view(_ model: Model) -> HTML {
        Layout.view(Layout.Model(title: "Sign in", siteName: "Sister Cities", description: nil)) {
            div(.class("narrow")) {
                h1 { "Sign in" }
                p(.class("lede")) { "For programme staff, committee volunteers and partner-city editors." }
                if model.devModeWarning {
                    p(.class("notice")) { "Development mode: cookies are sent without the Secure flag." }
                }
                if let error = model.error {
                    div(.class("form-error"), .attr("role", "alert")) { p { error } }
                }
                form(.attr("method", "post"), .attr("action", SiteURL.login.path), .class("stack")) {
                    csrfField(model.csrfToken)
                    if let next = model.next {
                        input(.attr("type", "hidden"), .attr("name", "next"), .attr("value", next))
                    }
                    label(.attr("for", "email")) { "Email" }
                    input(
                        .id("email"), .attr("name", "email"), .attr("type", "email"), .attr("autocomplete", "username"),
                        .attr("value", model.email), .flag("required"))
                    label(.attr("for", "password")) { "Password" }
                    input(
                        .id("password"), .attr("name", "password"), .attr("type", "password"),
                        .attr("autocomplete", "current-password"), .flag("required"))
                    button(.attr("type", "submit"), .class("primary")) { "Sign in" }
                }
            }
        }
    }
}
