import Domain
import Foundation

/// An article as the API shows it: its Markdown source and the HTML it is shown as.
struct ArticleDTO: Codable, Sendable {
    var id: String
    var url: String
    var title: String
    var summary: String?
    var body: String
    /// The body rendered as the site shows it: escaped text in a fixed set of elements, never raw HTML.
    var html: String
    var partnershipIds: [String]
    var status: String
    var publishedAt: String?
    var updatedAt: String
    /// The title, summary and body in other languages, by BCP 47 tag.
    var translations: TranslationsDTO

    init(_ article: Article) {
        id = article.id.lowercasedString
        url = SiteURL.article(article.id).path
        title = article.title
        summary = article.summary
        body = article.body
        html = MarkdownDocument(parsing: article.body).html.markup
        partnershipIds = article.partnershipIDs.map(\.lowercasedString)
        status = article.isPublished ? "published" : "draft"
        publishedAt = article.publishedAt.map(Timestamp.format)
        updatedAt = Timestamp.format(article.updatedAt)
        translations = article.translations.byLanguage
    }
}

/// An article as a client writes it.
struct ArticleInput: Decodable, Sendable {
    var title: String?
    var body: String?
    var summary: String?
    var partnershipIds: [UUID]?
    /// `draft` (the default) or `published`.
    var status: String?
    /// RFC 3339; for a published article, the date it shows. Defaults to when it is first published.
    var publishedAt: String?
    /// The title, summary and body in other languages, by BCP 47 tag; left out, none.
    var translations: TranslationsDTO?

    enum Status: String, CaseIterable {
        case draft, published
    }

    /// The draft; `current` is the article being replaced, whose publication date a republish keeps.
    func draft(current: Article?, now: Date, partnerships known: Set<UUID>) throws -> ArticleDraft {
        var issues: [FieldIssue] = []
        let status = InputIssues.choice(status, "status", default: Status.draft, into: &issues) ?? .draft
        var date: Date?
        if let publishedAt {
            if let parsed = Timestamp.parse(publishedAt) {
                date = parsed
            } else {
                issues.append(
                    FieldIssue(
                        field: "publishedAt",
                        message: "must be an RFC 3339 date-time such as 2019-04-12T15:00:00Z, or a day: 2019-04-12"))
            }
            if status == .draft {
                issues.append(FieldIssue(field: "publishedAt", message: "must be left out for a draft"))
            }
        }
        if title == nil { issues.append(FieldIssue(field: "title", rule: .missing)) }
        if body == nil { issues.append(FieldIssue(field: "body", rule: .missing)) }
        let published: Date? = status == .draft ? nil : (date ?? current?.publishedAt ?? now)
        let draft = ArticleDraft(
            title: title ?? "", body: body ?? "", summary: summary, partnershipIDs: partnershipIds ?? [],
            publishedAt: published, translations: Translations(translations ?? [:]))
        return try InputIssues.merge(issues) { try draft.validated(partnerships: known) }
    }
}

/// RFC 3339 timestamps in UTC, as the API writes and reads them.
enum Timestamp {
    static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }

    /// Accepts a whole second or fractions of one, with `Z` or an offset; a plain `YYYY-MM-DD` is that day's
    /// midnight UTC.
    static func parse(_ text: String) -> Date? {
        var trimmed = text.trimmingWhitespace
        if trimmed.count == 10, let day = PartialDate(trimmed), day.precision == .day { trimmed += "T00:00:00Z" }
        if let date = try? Date.ISO8601FormatStyle().parse(trimmed) { return date }
        return try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(trimmed)
    }
}
