/// Asks before a destructive action; the form posts only when the person confirms.
enum ConfirmPage {
    struct Model {
        var programmeName: String
        var email: String
        var title: String
        var message: String
        var action: String
        var confirmLabel: String
        var cancelURL: String
        var csrfToken: String
    }

    static func view(_ model: Model) -> HTML {
        Layout.view(
            Layout.Model(title: model.title, siteName: model.programmeName, description: nil, signedInAs: model.email)
        ) {
            div(.class("narrow")) {
                h1 { model.title }
                p(.class("lede")) { model.message }
                form(.attr("method", "post"), .attr("action", model.action), .class("actions")) {
                    csrfField(model.csrfToken)
                    button(.attr("type", "submit"), .class("danger")) { model.confirmLabel }
                    a(.href(model.cancelURL)) { "Cancel" }
                }
            }
        }
    }
}
