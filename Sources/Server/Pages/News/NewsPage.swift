import Domain
import Foundation

/// `/news`: the programme's articles, newest first; members also see drafts.
enum NewsPage {
    struct Model {
        struct Item {
            /// In the reader's language where the programme gave it, like the lede.
            var title: InLanguage
            var url: String
            var date: String?
            var isoDate: String?
            var lede: InLanguage
            var isDraft: Bool
        }

        var programmeName: String
        var signedInAs: String?
        var canWrite: Bool
        var items: [Item]
        var pager: Pager
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        return Layout.view(
            Layout.Model(
                title: t("news.title"), siteName: model.programmeName,
                description: t("news.description", ["programme": model.programmeName]),
                signedInAs: model.signedInAs, feedURL: SiteURL.newsFeed.path, page: model.page)
        ) {
            div(.class("page-intro")) {
                h1 { t("news.title") }
                p(.class("lede")) {
                    let (before, after) = t.around("news.lede", "feed")
                    before
                    a(.href(SiteURL.newsFeed.path)) { t("news.feed") }
                    after
                }
            }
            if model.canWrite { p { a(.href(SiteURL.newArticle.path)) { t("news.write") } } }
            if model.items.isEmpty {
                div(.class("empty-state")) {
                    p {
                        model.pager.isPastTheEnd
                            ? t("pager.noSuchPage", ["page": t.number(model.pager.number)]) : t("news.empty")
                    }
                }
            } else {
                ol(.class("articles")) {
                    for item in model.items {
                        li(.class("article-item")) {
                            h2 {
                                written("a", item.title, .href(item.url), page: model.page)
                                if item.isDraft { span(.class("badge")) { t("news.draft") } }
                            }
                            if let date = item.date, let iso = item.isoDate {
                                p(.class("muted")) { time(.attr("datetime", iso)) { date } }
                            }
                            written("p", item.lede, page: model.page)
                        }
                    }
                }
                model.pager.view(t, previous: t("news.newer"), next: t("news.older"))
            }
        }
    }
}

extension NewsPage.Model {
    init(programme: Programme, page: Page<Article>, signedInAs: String?, canWrite: Bool, context: PageContext) {
        let t = context.t
        self.page = context
        programmeName = programme.name
        self.signedInAs = signedInAs
        self.canWrite = canWrite
        items = page.items.map {
            Item(
                title: context.title(of: $0), url: SiteURL.article($0.id).path,
                date: $0.publishedAt.map { t.day($0) }, isoDate: $0.publishedAt.map(Format.isoDay),
                lede: context.lede(of: $0), isDraft: !$0.isPublished)
        }
        pager = Pager(page) { SiteURL.news.path(query: [("page", $0 == 1 ? nil : String($0))]) }
    }
}
