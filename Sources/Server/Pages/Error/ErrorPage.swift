/// The page a person sees when something goes wrong.
enum ErrorPage {
    struct Model {
        var status: Int
        var title: String
        var detail: String?

        init(problem: Problem) {
            status = problem.status
            title = problem.title
            detail = problem.detail
        }
    }

    static func view(_ model: Model) -> HTML {
        Layout.view(Layout.Model(title: model.title, siteName: "Sister Cities", description: nil)) {
            div(.class("page-intro error-page")) {
                p(.class("role")) { "Error \(model.status)" }
                h1 { model.title }
                if let detail = model.detail { p(.class("lede")) { detail } }
                p { a(.href(SiteURL.directory.path)) { "Go to the partner cities" } }
            }
        }
    }
}
