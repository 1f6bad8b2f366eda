import Domain
import FluentKit
import Foundation
import SQLKit

/// A programme's news in the FluentKit store.
public struct FluentArticleRepository: ArticleRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func list(in programme: UUID, _ query: ArticleQuery) async throws -> Domain.Page<Article> {
        let db = store.database()
        var ids: [UUID]?
        if let partnership = query.partnershipID {
            ids = try await ArticlePartnershipModel.query(on: db).filter(\.$partnership.$id == partnership).all()
                .map { $0.$article.id }
        }
        func filtered() -> QueryBuilder<ArticleModel> {
            let builder = ArticleModel.query(on: db).filter(\.$programme.$id == programme)
            switch query.status {
            case .published: builder.filter(\.$publishedAt != nil)
            case .draft: builder.filter(\.$publishedAt == nil)
            case .all: break
            }
            if let ids { builder.filter(\.$id ~~ ids) }
            return builder
        }
        let total = try await filtered().count()
        let models = try await filtered()
            .sort(Self.draftsFirst).sort(\.$publishedAt, .descending).sort(\.$updatedAt, .descending).sort(\.$id)
            .range(query.page.offset..<(query.page.offset + query.page.limit)).all()
        let links = try await partnerships(of: try models.map { try $0.requireID() }, on: db)
        return Domain.Page(
            items: try models.map { try $0.toDomain(partnerships: links[try $0.requireID()] ?? []) },
            request: query.page, total: total)
    }

    /// Drafts, which have no date yet, come before published articles on both databases.
    private static let draftsFirst = DatabaseQuery.Sort.custom(
        SQLRaw(#"CASE WHEN "articles"."published_at" IS NULL THEN 0 ELSE 1 END"#))

    private func partnerships(of articles: [UUID], on db: any Database) async throws -> [UUID: [UUID]] {
        guard !articles.isEmpty else { return [:] }
        let rows = try await ArticlePartnershipModel.query(on: db).filter(\.$article.$id ~~ articles)
            .sort(\.$position).all()
        return Dictionary(grouping: rows, by: { $0.$article.id }).mapValues { $0.map { $0.$partnership.id } }
    }

    public func find(_ id: UUID, in programme: UUID) async throws -> Article {
        let db = store.database()
        let model = try await model(id, in: programme, on: db)
        return try model.toDomain(partnerships: try await partnerships(of: [id], on: db)[id] ?? [])
    }

    public func create(_ draft: ArticleDraft, in programme: UUID, by author: ChangeAuthor) async throws -> Article {
        try await insert(draft, id: nil, in: programme, action: .create, by: author)
    }

    func insert(
        _ draft: ArticleDraft, id: UUID?, in programme: UUID, action: AuditAction, by author: ChangeAuthor
    ) async throws -> Article {
        let valid = try draft.validated(partnerships: try await known(in: programme))
        let model = ArticleModel(valid, programmeID: programme)
        model.id = id
        try await store.transaction { tx in
            try await model.create(on: tx)
            let articleID = try model.requireID()
            try await link(articleID, to: valid.partnershipIDs, on: tx)
            try await AuditRecorder.record(
                action, .article, id: articleID, before: ArticleSnapshot?.none,
                after: ArticleSnapshot(model, partnerships: valid.partnershipIDs), programme: programme, by: author,
                at: store.clock.now(), on: tx)
        }
        return try model.toDomain(partnerships: valid.partnershipIDs)
    }

    public func update(
        _ id: UUID, with draft: ArticleDraft, in programme: UUID, by author: ChangeAuthor
    ) async throws -> Article {
        try await update(id, with: draft, in: programme, action: .update, by: author)
    }

    func update(
        _ id: UUID, with draft: ArticleDraft, in programme: UUID, action: AuditAction, by author: ChangeAuthor
    ) async throws -> Article {
        let db = store.database()
        let model = try await model(id, in: programme, on: db)
        let before = ArticleSnapshot(model, partnerships: try await partnerships(of: [id], on: db)[id] ?? [])
        let valid = try draft.validated(partnerships: try await known(in: programme))
        model.apply(valid)
        try await store.transaction { tx in
            try await model.update(on: tx)
            try await ArticlePartnershipModel.query(on: tx).filter(\.$article.$id == id).delete()
            try await link(id, to: valid.partnershipIDs, on: tx)
            try await AuditRecorder.record(
                action, .article, id: id, before: before,
                after: ArticleSnapshot(model, partnerships: valid.partnershipIDs), programme: programme, by: author,
                at: store.clock.now(), on: tx)
        }
        return try model.toDomain(partnerships: valid.partnershipIDs)
    }

    public func delete(_ id: UUID, in programme: UUID, by author: ChangeAuthor) async throws {
        let db = store.database()
        let model = try await model(id, in: programme, on: db)
        let before = ArticleSnapshot(model, partnerships: try await partnerships(of: [id], on: db)[id] ?? [])
        try await store.transaction { tx in
            try await ArticlePartnershipModel.query(on: tx).filter(\.$article.$id == id).delete()
            try await model.delete(on: tx)
            try await AuditRecorder.record(
                .delete, .article, id: id, before: before, after: ArticleSnapshot?.none, programme: programme,
                by: author, at: store.clock.now(), on: tx)
        }
    }

    private func link(_ article: UUID, to partnerships: [UUID], on db: any Database) async throws {
        for (position, partnership) in partnerships.enumerated() {
            try await ArticlePartnershipModel(article: article, partnership: partnership, position: position)
                .create(on: db)
        }
    }

    /// The programme's partnership ids, which an article may name.
    private func known(in programme: UUID) async throws -> Set<UUID> {
        Set(
            try await PartnershipModel.query(on: store.database()).filter(\.$programme.$id == programme)
                .field(\.$id).all().compactMap(\.id))
    }

    private func model(_ id: UUID, in programme: UUID, on db: any Database) async throws -> ArticleModel {
        guard
            let model = try await ArticleModel.query(on: db)
                .filter(\.$id == id).filter(\.$programme.$id == programme).first()
        else { throw DomainError.notFound(entity: "article", id: id) }
        return model
    }
}
