import Domain
import Foundation

/// `/news`: the programme's articles, newest first; members also see drafts.
enum NewsPage {
    struct Model {
        struct Item {
            var title: String
            var url: String
            var date: String?
            var isoDate: String?
            var lede: String
            var isDraft: Bool
        }

        var programmeName: String
        var signedInAs: String?
        var canWrite: Bool
        var items: [Item]
        var pageNumber: Int
        var pageCount: Int
        var previousPageURL: String?
        var nextPageURL: String?
    }

    static func view(_ model: Model) -> HTML {
        Layout.view(
            Layout.Model(
                title: "News", siteName: model.programmeName,
                description: "News of \(model.programmeName) and its partner cities.", signedInAs: model.signedInAs,
                feedURL: SiteURL.newsFeed.path)
        ) {
            div(.class("page-intro")) {
                h1 { "News" }
                p(.class("lede")) {
                    "From the programme and its partner cities. Follow it in a feed reader: "
                    a(.href(SiteURL.newsFeed.path)) { "Atom feed" }
                    "."
                }
            }
            if model.canWrite { p { a(.href(SiteURL.newArticle.path)) { "Write an article" } } }
            if model.items.isEmpty {
                div(.class("empty-state")) {
                    p {
                        model.pageNumber > 1
                            ? "There is no page \(model.pageNumber)." : "No news has been published yet."
                    }
                }
            } else {
                ol(.class("articles")) {
                    for item in model.items {
                        li(.class("article-item")) {
                            h2 {
                                a(.href(item.url)) { item.title }
                                if item.isDraft { span(.class("badge")) { "Draft" } }
                            }
                            if let date = item.date, let iso = item.isoDate {
                                p(.class("muted")) { time(.attr("datetime", iso)) { date } }
                            }
                            p { item.lede }
                        }
                    }
                }
                if model.pageCount > 1 {
                    nav(.class("pager"), .attr("aria-label", "Pages")) {
                        if let previous = model.previousPageURL {
                            a(.href(previous), .attr("rel", "prev")) { "← Newer" }
                        }
                        span { "Page \(model.pageNumber) of \(model.pageCount)" }
                        if let next = model.nextPageURL { a(.href(next), .attr("rel", "next")) { "Older →" } }
                    }
                }
            }
        }
    }
}

extension NewsPage.Model {
    init(programme: Programme, page: Page<Article>, signedInAs: String?, canWrite: Bool) {
        programmeName = programme.name
        self.signedInAs = signedInAs
        self.canWrite = canWrite
        items = page.items.map {
            Item(
                title: $0.title, url: SiteURL.article($0.id).path, date: $0.publishedAt.map(Format.day),
                isoDate: $0.publishedAt.map(Format.isoDay), lede: $0.lede, isDraft: !$0.isPublished)
        }
        pageNumber = page.request.page
        pageCount = page.pageCount
        func url(_ number: Int) -> String {
            SiteURL.news.path(query: [("page", number == 1 ? nil : String(number))])
        }
        previousPageURL = pageNumber > 1 ? url(pageNumber - 1) : nil
        nextPageURL = page.hasNext ? url(pageNumber + 1) : nil
    }
}
