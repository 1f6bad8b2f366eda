import Domain
import Foundation

/// One article, its Markdown rendered safely.
enum ArticlePage {
    struct Model {
        var programmeName: String
        var signedInAs: String?
        var id: UUID
        var title: String
        var date: String?
        var isoDate: String?
        var isDraft: Bool
        var lede: String
        var body: HTML
        var partnerships: [(title: String, url: String)]
        var canEdit: Bool
    }

    static func view(_ model: Model) -> HTML {
        Layout.view(
            Layout.Model(
                title: model.title, siteName: model.programmeName, description: model.lede,
                signedInAs: model.signedInAs, feedURL: SiteURL.newsFeed.path)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", "Breadcrumb")) {
                a(.href(SiteURL.news.path)) { "All news" }
                if model.canEdit {
                    " · "
                    a(.href(SiteURL.editArticle(model.id).path)) { "Edit" }
                    " · "
                    a(.href(SiteURL.deleteArticle(model.id).path), .class("danger-link")) { "Delete…" }
                }
            }
            element("article", [.class("news-article")]) {
                h1 { model.title }
                p(.class("muted")) {
                    if model.isDraft {
                        span(.class("badge")) { "Draft" }
                        " Not published: only the programme's members see it."
                    } else if let date = model.date, let iso = model.isoDate {
                        time(.attr("datetime", iso)) { date }
                    }
                }
                div(.class("prose")) { model.body }
                if !model.partnerships.isEmpty {
                    p(.class("muted")) {
                        "About: "
                        for (index, partnership) in model.partnerships.enumerated() {
                            if index > 0 { ", " }
                            a(.href(partnership.url)) { partnership.title }
                        }
                    }
                }
            }
        }
    }
}

extension ArticlePage.Model {
    init(programme: Programme, article: Article, partnerships: [Partnership], signedInAs: String?, canEdit: Bool) {
        programmeName = programme.name
        self.signedInAs = signedInAs
        id = article.id
        title = article.title
        date = article.publishedAt.map(Format.day)
        isoDate = article.publishedAt.map(Format.isoDay)
        isDraft = !article.isPublished
        lede = article.lede
        body = MarkdownDocument(parsing: article.body).html
        let byID = Dictionary(uniqueKeysWithValues: partnerships.map { ($0.id, $0) })
        self.partnerships = article.partnershipIDs.compactMap { byID[$0] }.map {
            ($0.pairName, SiteURL.partnership($0.id).path)
        }
        self.canEdit = canEdit
    }
}
