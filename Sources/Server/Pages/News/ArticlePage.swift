import Domain
import Foundation

/// One article, its Markdown rendered safely.
enum ArticlePage {
    struct Model {
        var programmeName: String
        var signedInAs: String?
        var id: UUID
        /// The title, lede and body in the reader's language where the programme gave them.
        var title: InLanguage
        var date: String?
        var isoDate: String?
        var isDraft: Bool
        var lede: InLanguage
        /// The body's Markdown, rendered in the view.
        var body: InLanguage
        var partnerships: [(title: String, url: String)]
        var canEdit: Bool
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        return Layout.view(
            Layout.Model(
                title: model.title.text, siteName: model.programmeName, description: model.lede.text,
                signedInAs: model.signedInAs, feedURL: SiteURL.newsFeed.path, page: model.page)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", t("news.breadcrumb"))) {
                a(.href(SiteURL.news.path)) { t("news.all") }
                if model.canEdit {
                    " · "
                    a(.href(SiteURL.editArticle(model.id).path)) { t("news.edit") }
                    " · "
                    a(.href(SiteURL.deleteArticle(model.id).path), .class("danger-link")) { t("news.delete") }
                }
            }
            element("article", [.class("news-article")]) {
                written("h1", model.title, page: model.page)
                p(.class("muted")) {
                    if model.isDraft {
                        span(.class("badge")) { t("news.draft") }
                        " "
                        t("news.notPublished")
                    } else if let date = model.date, let iso = model.isoDate {
                        time(.attr("datetime", iso)) { date }
                    }
                }
                // The mark stands outside the body, whose `lang` is the original's.
                if model.body.isUntranslated { p { untranslatedMark(model.body, page: model.page) } }
                let own = model.body.language == model.page.t.language
                element("div", [.class("prose")] + (own ? [] : [.lang(model.body.language)])) {
                    MarkdownDocument(parsing: model.body.text).html
                }
                if !model.partnerships.isEmpty {
                    p(.class("muted")) {
                        let (before, after) = t.around("news.about", "partnerships")
                        before
                        for (index, partnership) in model.partnerships.enumerated() {
                            if index > 0 { t("news.separator") }
                            a(.href(partnership.url)) { partnership.title }
                        }
                        after
                    }
                }
            }
        }
    }
}

extension ArticlePage.Model {
    init(
        programme: Programme, article: Article, partnerships: [Partnership], signedInAs: String?, canEdit: Bool,
        context: PageContext
    ) {
        let t = context.t
        page = context
        programmeName = programme.name
        self.signedInAs = signedInAs
        id = article.id
        title = context.title(of: article)
        date = article.publishedAt.map { t.day($0) }
        isoDate = article.publishedAt.map(Format.isoDay)
        isDraft = !article.isPublished
        lede = context.lede(of: article)
        body = context.body(of: article)
        let byID = Dictionary(uniqueKeysWithValues: partnerships.map { ($0.id, $0) })
        self.partnerships = article.partnershipIDs.compactMap { byID[$0] }.map {
            (
                "\($0.homeCity.name(in: t.language)) – \($0.partnerCity.name(in: t.language))",
                SiteURL.partnership($0.id).path
            )
        }
        self.canEdit = canEdit
    }
}
