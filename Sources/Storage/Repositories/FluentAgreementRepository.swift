import Domain
import FluentKit
import Foundation
import SQLKit

/// A programme's agreements in the FluentKit store.
public struct FluentAgreementRepository: AgreementRepository {
    let store: Store
    let partnerships: FluentPartnershipRepository

    public init(store: Store) {
        self.store = store
        self.partnerships = FluentPartnershipRepository(store: store)
    }

    public func list(
        partnership: UUID, in programme: UUID, page: Domain.PageRequest
    ) async throws -> Domain.Page<Agreement> {
        _ = try await partnerships.find(partnership, in: programme)
        let db = store.database()
        func filtered() -> QueryBuilder<AgreementModel> {
            AgreementModel.query(on: db).filter(\.$programme.$id == programme).filter(\.$partnership.$id == partnership)
        }
        let total = try await filtered().count()
        let models = try await filtered()
            .sort(Self.signedIsNull).sort(\.$signed).sort(\.$createdAt).sort(\.$id)
            .range(page.offset..<(page.offset + page.limit))
            .all()
        return Domain.Page(items: try models.map { try $0.toDomain() }, request: page, total: total)
    }

    /// Undated agreements sort last on both databases.
    private static let signedIsNull = DatabaseQuery.Sort.custom(
        SQLRaw(#"CASE WHEN "agreements"."signed" IS NULL THEN 1 ELSE 0 END"#))

    public func find(_ id: UUID, in programme: UUID) async throws -> Agreement {
        try await model(id, in: programme, on: store.database()).toDomain()
    }

    public func create(
        _ draft: AgreementDraft, partnership: UUID, in programme: UUID, by author: ChangeAuthor
    )
        async throws -> Agreement
    {
        try await insert(draft, id: nil, partnership: partnership, in: programme, action: .create, by: author)
    }

    /// Inserts an agreement (with `id` when it is put back from the audit trail) and records it.
    func insert(
        _ draft: AgreementDraft, id: UUID?, partnership: UUID, in programme: UUID, action: AuditAction,
        by author: ChangeAuthor
    ) async throws -> Agreement {
        let owner = try await partnerships.find(partnership, in: programme)
        let model = AgreementModel(try draft.validated(for: owner), partnershipID: partnership, programmeID: programme)
        model.id = id
        try await store.transaction { tx in
            try await model.create(on: tx)
            try await AuditRecorder.record(
                action, .agreement, id: try model.requireID(), parent: partnership, before: AgreementSnapshot?.none,
                after: AgreementSnapshot(model), programme: programme, by: author, at: store.clock.now(), on: tx)
        }
        return try model.toDomain()
    }

    public func update(
        _ id: UUID, with draft: AgreementDraft, in programme: UUID, by author: ChangeAuthor
    )
        async throws -> Agreement
    {
        try await update(id, with: draft, in: programme, action: .update, by: author)
    }

    func update(
        _ id: UUID, with draft: AgreementDraft, in programme: UUID, action: AuditAction, by author: ChangeAuthor
    ) async throws -> Agreement {
        let db = store.database()
        let model = try await model(id, in: programme, on: db)
        let before = AgreementSnapshot(model)
        let owner = try await partnerships.find(model.$partnership.id, in: programme)
        model.apply(try draft.validated(for: owner))
        try await store.transaction { tx in
            try await model.update(on: tx)
            try await AuditRecorder.record(
                action, .agreement, id: id, parent: model.$partnership.id, before: before,
                after: AgreementSnapshot(model),
                programme: programme,
                by: author, at: store.clock.now(), on: tx)
        }
        return try model.toDomain()
    }

    public func delete(_ id: UUID, in programme: UUID, by author: ChangeAuthor) async throws {
        let db = store.database()
        let model = try await model(id, in: programme, on: db)
        try await store.transaction { tx in
            try await model.delete(on: tx)
            try await AuditRecorder.record(
                .delete, .agreement, id: id, parent: model.$partnership.id, before: AgreementSnapshot(model),
                after: AgreementSnapshot?.none,
                programme: programme, by: author, at: store.clock.now(), on: tx)
        }
    }

    private func model(_ id: UUID, in programme: UUID, on db: any Database) async throws -> AgreementModel {
        guard
            let model = try await AgreementModel.query(on: db)
                .filter(\.$id == id).filter(\.$programme.$id == programme).first()
        else { throw DomainError.notFound(entity: "agreement", id: id) }
        return model
    }
}
