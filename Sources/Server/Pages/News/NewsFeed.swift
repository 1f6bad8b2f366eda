import Domain
import Foundation

/// The news as an Atom feed (RFC 4287), for feed readers.
enum NewsFeed {
    /// `base` is the site's address without a trailing slash: Atom ids and links are absolute.
    static func atom(programme: Programme, articles: [Article], base: String) -> String {
        let x = HTML.escape
        let updated = articles.map(\.updatedAt).max() ?? Date(timeIntervalSince1970: 0)
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom">"#,
            "<title>\(x(programme.name)) — News</title>",
            "<id>urn:uuid:\(programme.id.lowercasedString)</id>",
            "<updated>\(Timestamp.format(updated))</updated>",
            #"<link rel="self" type="application/atom+xml" href="\#(x(base + SiteURL.newsFeed.path))"/>"#,
            #"<link rel="alternate" type="text/html" href="\#(x(base + SiteURL.news.path))"/>"#,
            "<author><name>\(x(programme.organisation ?? programme.name))</name></author>",
        ]
        for article in articles {
            let html = MarkdownDocument(parsing: article.body).html.markup
            lines += [
                "<entry>",
                "<title>\(x(article.title))</title>",
                "<id>urn:uuid:\(article.id.lowercasedString)</id>",
                "<updated>\(Timestamp.format(article.updatedAt))</updated>",
                article.publishedAt.map { "<published>\(Timestamp.format($0))</published>" } ?? "",
                #"<link rel="alternate" type="text/html" href="\#(x(base + SiteURL.article(article.id).path))"/>"#,
                "<summary>\(x(article.lede))</summary>",
                // The rendered HTML, escaped once more as Atom's `type="html"` content requires.
                #"<content type="html" xml:base="\#(x(base + "/"))">\#(x(html))</content>"#,
                "</entry>",
            ]
        }
        lines.append("</feed>")
        return lines.filter { !$0.isEmpty }.joined(separator: "\n") + "\n"
    }
}
