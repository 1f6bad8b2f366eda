import Domain
import FluentKit
import Foundation

/// An article as the audit trail keeps it.
struct ArticleSnapshot: Codable {
    var title: String
    var body: String
    var summary: String?
    var partnershipIDs: [UUID]
    var publishedAt: Date?
    /// Absent in versions recorded before texts had translations.
    var translations: [String: [String: String]]?

    init(_ model: ArticleModel, partnerships: [UUID]) {
        title = model.title
        body = model.body
        summary = model.summary
        partnershipIDs = partnerships
        publishedAt = model.publishedAt
        translations = model.translations
    }

    var draft: ArticleDraft {
        ArticleDraft(
            title: title, body: body, summary: summary, partnershipIDs: partnershipIDs, publishedAt: publishedAt,
            translations: Translations(translations ?? [:]))
    }
}
