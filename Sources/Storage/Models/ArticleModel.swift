import Domain
import FluentKit
import Foundation

final class ArticleModel: Model, @unchecked Sendable {
    static let schema = "articles"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: ProgrammeModel
    @Field(key: "title") var title: String
    @Field(key: "body") var body: String
    @OptionalField(key: "summary") var summary: String?
    /// Nil while the article is a draft.
    @OptionalField(key: "published_at") var publishedAt: Date?
    /// The title, summary and body in other languages: per BCP 47 tag, field name → text; nil when none.
    @OptionalField(key: "translations") var translations: [String: [String: String]]?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(_ draft: ArticleDraft, programmeID: UUID) {
        $programme.id = programmeID
        apply(draft)
    }

    func apply(_ draft: ArticleDraft) {
        title = draft.title
        body = draft.body
        summary = draft.summary
        publishedAt = draft.publishedAt
        translations = draft.translations.isEmpty ? nil : draft.translations.byLanguage
    }

    func toDomain(partnerships: [UUID]) throws -> Article {
        Article(
            id: try requireID(),
            ArticleDraft(
                title: title, body: body, summary: summary, partnershipIDs: partnerships, publishedAt: publishedAt,
                translations: Translations(translations ?? [:])),
            updatedAt: updatedAt ?? createdAt ?? .distantPast)
    }
}

/// Which partnerships an article is about, one row each, so that a partnership's news is one indexed query
/// on both databases.
final class ArticlePartnershipModel: Model, @unchecked Sendable {
    static let schema = "article_partnerships"

    @ID(key: .id) var id: UUID?
    @Parent(key: "article_id") var article: ArticleModel
    @Parent(key: "partnership_id") var partnership: PartnershipModel
    @Field(key: "position") var position: Int

    init() {}

    init(article: UUID, partnership: UUID, position: Int) {
        $article.id = article
        $partnership.id = partnership
        self.position = position
    }
}
