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
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        return Layout.view(
            Layout.Model(
                title: model.title, siteName: model.programmeName, description: nil, signedInAs: model.email,
                page: model.page)
        ) {
            div(.class("narrow")) {
                h1 { model.title }
                p(.class("lede")) { model.message }
                form(.attr("method", "post"), .attr("action", model.action), .class("actions")) {
                    csrfField(model.csrfToken)
                    button(.attr("type", "submit"), .class("danger")) { model.confirmLabel }
                    a(.href(model.cancelURL)) { t("confirm.cancel") }
                }
            }
        }
    }
}
