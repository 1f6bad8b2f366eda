/// The page a person sees when something goes wrong: what happened in the reader's language, and the
/// server's own account of it (in English, marked so, on pages in other languages).
enum ErrorPage {
    struct Model {
        var status: Int
        var title: String
        var detail: String?
        var page: PageContext

        init(problem: Problem, page: PageContext) {
            status = problem.status
            title = problem.title
            detail = problem.detail
            self.page = page
        }
    }

    /// The statuses the catalogs explain; others show the server's title.
    static let explained = [400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 500, 503]

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        let known = explained.contains(model.status)
        let title = known ? t("error.title.\(model.status)") : model.title
        return Layout.view(
            Layout.Model(title: title, siteName: verbatim("Sister Cities"), description: nil, page: model.page)
        ) {
            div(.class("page-intro error-page")) {
                p(.class("role")) { t("error.status", ["status": String(model.status)]) }
                h1 { title }
                if known { p(.class("lede")) { t("error.explanation.\(model.status)") } }
                if let detail = model.detail {
                    if t.language == "en" {
                        p { detail }
                    } else {
                        p(.class("error-detail"), .lang("en")) { detail }
                    }
                }
                p { a(.href(SiteURL.directory.path)) { t("error.home") } }
            }
        }
    }
}
