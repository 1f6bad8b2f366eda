import Foundation

/// A news article of the programme, written in Markdown, kept as a draft until it is published.
public struct Article: Sendable, Hashable, Identifiable {
    public var id: UUID
    public var title: String
    /// Markdown; rendered safely (raw HTML is never passed through).
    public var body: String
    /// A line for lists and feeds; the body's first paragraph when left out.
    public var summary: String?
    /// The partnerships the article is about.
    public var partnershipIDs: [UUID]
    /// When it was (or is to be shown as) published, in UTC; nil while it is a draft.
    public var publishedAt: Date?
    public var updatedAt: Date
    /// The title, summary and body in other languages than the programme's.
    public var translations: Translations

    public init(id: UUID, _ draft: ArticleDraft, updatedAt: Date) {
        self.id = id
        title = draft.title
        body = draft.body
        summary = draft.summary
        partnershipIDs = draft.partnershipIDs
        publishedAt = draft.publishedAt
        translations = draft.translations
        self.updatedAt = updatedAt
    }

    public var isPublished: Bool { publishedAt != nil }

    public var draft: ArticleDraft {
        ArticleDraft(
            title: title, body: body, summary: summary, partnershipIDs: partnershipIDs, publishedAt: publishedAt,
            translations: translations)
    }

    /// The summary, or the start of the body.
    public var lede: String {
        Self.lede(summary: summary, body: body)
    }

    /// The lede for a reader of `reader`, the original being in `originalLanguage`: the translation's summary,
    /// else the start of the translation's body, else the original's lede, marked untranslated when the
    /// reader reads another language.
    public func lede(originalLanguage: String, for reader: String) -> InLanguage {
        let readsOriginal = LanguageTag.primarySubtag(of: reader) == LanguageTag.primarySubtag(of: originalLanguage)
        if !readsOriginal, let translation = translations.translation(for: reader),
            translation.fields["summary"] != nil || translation.fields["body"] != nil
        {
            return InLanguage(
                text: Self.lede(summary: translation.fields["summary"], body: translation.fields["body"] ?? ""),
                language: translation.language, isUntranslated: false)
        }
        return InLanguage(text: lede, language: originalLanguage, isUntranslated: !readsOriginal)
    }

    static func lede(summary: String?, body: String) -> String {
        summary ?? MarkdownDocument(parsing: body).excerpt(maxLength: 280)
    }
}

/// The fields of an article as a client writes them.
public struct ArticleDraft: Sendable, Hashable {
    public var title: String
    public var body: String
    public var summary: String?
    public var partnershipIDs: [UUID]
    /// Nil keeps the article a draft.
    public var publishedAt: Date?
    /// The title, summary and body in other languages than the programme's.
    public var translations: Translations

    /// The fields given in other languages, with the original's limits: every translation has a title and body.
    public static let translatedFields = [
        TranslatedField("title", required: true, maxLength: 200),
        TranslatedField("summary", maxLength: 500),
        TranslatedField("body", required: true, maxLength: 100_000),
    ]

    public init(
        title: String, body: String, summary: String? = nil, partnershipIDs: [UUID] = [], publishedAt: Date? = nil,
        translations: Translations = .none
    ) {
        self.title = title
        self.body = body
        self.summary = summary
        self.partnershipIDs = partnershipIDs
        self.publishedAt = publishedAt
        self.translations = translations
    }

    /// Checks the draft; `partnerships` are the ids the programme has.
    public func validated(partnerships known: Set<UUID>) throws(DomainError) -> ArticleDraft {
        var draft = self
        draft.title = title.trimmingWhitespace
        draft.summary = summary?.trimmingWhitespace.nilIfEmpty
        var seen = Set<UUID>()
        draft.partnershipIDs = partnershipIDs.filter { seen.insert($0).inserted }
        var v = Validator()
        v.requireText(draft.title, field: "title", maxLength: 200)
        v.requireText(draft.body, field: "body", maxLength: 100_000)
        v.checkText(draft.summary, field: "summary", maxLength: 500)
        draft.translations = translations.validated(fields: Self.translatedFields, into: &v)
        if draft.partnershipIDs.count > 50 { v.add("partnershipIds", .tooMany(max: 50, .partnerships)) }
        for (index, id) in draft.partnershipIDs.enumerated() where !known.contains(id) {
            v.add("partnershipIds[\(index)]", .notInProgramme(.partnership))
        }
        if let date = draft.publishedAt, !(Self.earliest...Self.latest).contains(date) {
            v.add("publishedAt", .range(from: 1900, to: 2200, .year))
        }
        try v.check()
        return draft
    }

    static let earliest = Date(timeIntervalSince1970: -2_208_988_800)  // 1900-01-01T00:00:00Z
    static let latest = Date(timeIntervalSince1970: 7_258_118_400)  // 2200-01-01T00:00:00Z
}

/// Which articles to list: newest first.
public struct ArticleQuery: Sendable, Hashable {
    public enum Status: String, Sendable, CaseIterable {
        case published, draft, all
    }

    public var page: PageRequest
    public var status: Status
    public var partnershipID: UUID?

    public init(page: PageRequest = .init(), status: Status = .published, partnershipID: UUID? = nil) {
        self.page = page
        self.status = status
        self.partnershipID = partnershipID
    }
}

/// A programme's news; every call is scoped to one programme.
public protocol ArticleRepository: Sendable {
    /// Newest first: drafts by their last change, published articles by their date.
    func list(in programme: UUID, _ query: ArticleQuery) async throws -> Page<Article>
    func find(_ id: UUID, in programme: UUID) async throws -> Article
    func create(_ draft: ArticleDraft, in programme: UUID, by author: ChangeAuthor) async throws -> Article
    func update(
        _ id: UUID, with draft: ArticleDraft, in programme: UUID, by author: ChangeAuthor
    ) async throws
        -> Article
    func delete(_ id: UUID, in programme: UUID, by author: ChangeAuthor) async throws
}
