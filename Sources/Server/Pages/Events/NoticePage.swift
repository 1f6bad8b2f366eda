/// A short page that tells a person what just happened, with where to go next.
enum NoticePage {
    struct Model {
        var programmeName: String
        var signedInAs: String?
        var title: String
        var paragraphs: [String]
        var link: (label: String, url: String)?
        /// A form to confirm an action with: its address, hidden fields and button.
        var confirm: (action: String, fields: [(String, String)], label: String)?
        /// The request's language and place; the title, paragraphs and labels come already in its language.
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        Layout.view(
            Layout.Model(
                title: model.title, siteName: model.programmeName, description: nil, signedInAs: model.signedInAs,
                page: model.page)
        ) {
            div(.class("narrow")) {
                h1 { model.title }
                for paragraph in model.paragraphs { p(.class("lede")) { paragraph } }
                if let confirm = model.confirm {
                    form(.attr("method", "post"), .attr("action", confirm.action), .class("actions")) {
                        for (name, value) in confirm.fields {
                            input(.attr("type", "hidden"), .attr("name", name), .attr("value", value))
                        }
                        button(.attr("type", "submit"), .class("danger")) { confirm.label }
                        if let link = model.link { a(.href(link.url)) { link.label } }
                    }
                } else if let link = model.link {
                    p { a(.href(link.url)) { link.label } }
                }
            }
        }
    }
}
