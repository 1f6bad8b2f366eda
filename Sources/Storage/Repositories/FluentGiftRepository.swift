import Domain
import FluentKit
import Foundation
import SQLKit

/// A programme's gift register in the FluentKit store.
public struct FluentGiftRepository: GiftRepository {
    let store: Store
    let partnerships: FluentPartnershipRepository

    public init(store: Store) {
        self.store = store
        self.partnerships = FluentPartnershipRepository(store: store)
    }

    public func list(in programme: UUID, _ query: GiftQuery) async throws -> Domain.Page<Gift> {
        let db = store.database()
        func filtered() -> QueryBuilder<GiftModel> {
            let builder = GiftModel.query(on: db).filter(\.$programme.$id == programme)
            if let partnership = query.partnershipID { builder.filter(\.$partnership.$id == partnership) }
            for word in query.words {
                builder.filter(\.$searchText, .custom("LIKE"), "%" + Self.escapeLike(word) + "%")
            }
            return builder
        }
        let total = try await filtered().count()
        let builder = filtered()
        switch query.sort {
        case .given: builder.sort(Self.givenIsNull).sort(\.$given, .ascending)
        case .givenDescending: builder.sort(Self.givenIsNull).sort(\.$given, .descending)
        case .title: break
        }
        let models = try await builder.sort(\.$title).sort(\.$id)
            .range(query.page.offset..<(query.page.offset + query.page.limit)).all()
        let images = try await images(of: models.map { try $0.requireID() }, on: db)
        return Domain.Page(
            items: try models.map { try $0.toDomain(images: images[try $0.requireID()] ?? []) }, request: query.page,
            total: total)
    }

    /// Undated gifts sort last on both databases.
    private static let givenIsNull = DatabaseQuery.Sort.custom(
        SQLRaw(#"CASE WHEN "gifts"."given" IS NULL THEN 1 ELSE 0 END"#))

    /// Search words drop `%` and `_`, which LIKE would read as wildcards.
    static func escapeLike(_ word: String) -> String {
        word.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: "")
    }

    /// The images of these gifts, oldest first, without their bytes.
    private func images(of gifts: [UUID], on db: any Database) async throws -> [UUID: [GiftImage]] {
        guard !gifts.isEmpty else { return [:] }
        let models = try await GiftImageModel.query(on: db).filter(\.$gift.$id ~~ gifts)
            .field(\.$id).field(\.$gift.$id).field(\.$contentType).field(\.$byteCount).field(\.$caption)
            .field(\.$createdAt)
            .sort(\.$createdAt).sort(\.$id).all()
        return Dictionary(grouping: try models.map { try $0.toDomain() }, by: \.giftID)
    }

    public func find(_ id: UUID, in programme: UUID) async throws -> Gift {
        let db = store.database()
        let model = try await model(id, in: programme, on: db)
        return try model.toDomain(images: try await images(of: [id], on: db)[id] ?? [])
    }

    public func create(
        _ draft: GiftDraft, partnership: UUID, in programme: UUID, by author: ChangeAuthor
    ) async throws -> Gift {
        try await insert(draft, id: nil, partnership: partnership, in: programme, action: .create, by: author)
    }

    /// Inserts a gift (with `id` when it is put back from the audit trail) and records it.
    func insert(
        _ draft: GiftDraft, id: UUID?, partnership: UUID, in programme: UUID, action: AuditAction,
        by author: ChangeAuthor
    ) async throws -> Gift {
        let owner = try await partnerships.find(partnership, in: programme)
        let model = GiftModel(try draft.validated(for: owner), partnershipID: partnership, programmeID: programme)
        model.id = id
        try await store.transaction { tx in
            try await model.create(on: tx)
            try await AuditRecorder.record(
                action, .gift, id: try model.requireID(), parent: partnership, before: GiftSnapshot?.none,
                after: GiftSnapshot(model), programme: programme, by: author, at: store.clock.now(), on: tx)
        }
        return try model.toDomain(images: [])
    }

    public func update(
        _ id: UUID, with draft: GiftDraft, in programme: UUID, by author: ChangeAuthor
    ) async throws -> Gift {
        try await update(id, with: draft, in: programme, action: .update, by: author)
    }

    func update(
        _ id: UUID, with draft: GiftDraft, in programme: UUID, action: AuditAction, by author: ChangeAuthor
    ) async throws -> Gift {
        let db = store.database()
        let model = try await model(id, in: programme, on: db)
        let before = GiftSnapshot(model)
        let owner = try await partnerships.find(model.$partnership.id, in: programme)
        model.apply(try draft.validated(for: owner))
        try await store.transaction { tx in
            try await model.update(on: tx)
            try await AuditRecorder.record(
                action, .gift, id: id, parent: model.$partnership.id, before: before, after: GiftSnapshot(model),
                programme: programme, by: author, at: store.clock.now(), on: tx)
        }
        return try model.toDomain(images: try await images(of: [id], on: db)[id] ?? [])
    }

    public func delete(_ id: UUID, in programme: UUID, by author: ChangeAuthor) async throws {
        let db = store.database()
        let model = try await model(id, in: programme, on: db)
        try await store.transaction { tx in
            try await GiftImageModel.query(on: tx).filter(\.$gift.$id == id).delete()
            try await model.delete(on: tx)
            try await AuditRecorder.record(
                .delete, .gift, id: id, parent: model.$partnership.id, before: GiftSnapshot(model),
                after: GiftSnapshot?.none, programme: programme, by: author, at: store.clock.now(), on: tx)
        }
    }

    public func addImage(
        _ upload: ImageUpload, to gift: UUID, in programme: UUID, by author: ChangeAuthor
    ) async throws -> GiftImage {
        let db = store.database()
        _ = try await model(gift, in: programme, on: db)
        let image = GiftImageModel(upload, giftID: gift, programmeID: programme)
        try await store.transaction { tx in
            let count = try await GiftImageModel.query(on: tx).filter(\.$gift.$id == gift).count()
            guard count < ImageUpload.maxPerGift else {
                throw DomainError.conflict(
                    "a gift keeps at most \(ImageUpload.maxPerGift) images: delete one before adding another")
            }
            try await image.create(on: tx)
            try await AuditRecorder.record(
                .create, .giftImage, id: try image.requireID(), parent: gift, before: GiftImageSnapshot?.none,
                after: GiftImageSnapshot(image), programme: programme, by: author, at: store.clock.now(), on: tx)
        }
        return try image.toDomain()
    }

    public func image(_ id: UUID, in programme: UUID) async throws -> (GiftImage, Data) {
        let model = try await imageModel(id, in: programme, on: store.database())
        return (try model.toDomain(), model.data)
    }

    public func deleteImage(_ id: UUID, in programme: UUID, by author: ChangeAuthor) async throws {
        let db = store.database()
        let model = try await imageModel(id, in: programme, on: db)
        try await store.transaction { tx in
            try await model.delete(on: tx)
            try await AuditRecorder.record(
                .delete, .giftImage, id: id, parent: model.$gift.id, before: GiftImageSnapshot(model),
                after: GiftImageSnapshot?.none, programme: programme, by: author, at: store.clock.now(), on: tx)
        }
    }

    private func model(_ id: UUID, in programme: UUID, on db: any Database) async throws -> GiftModel {
        guard
            let model = try await GiftModel.query(on: db)
                .filter(\.$id == id).filter(\.$programme.$id == programme).first()
        else { throw DomainError.notFound(entity: "gift", id: id) }
        return model
    }

    private func imageModel(_ id: UUID, in programme: UUID, on db: any Database) async throws -> GiftImageModel {
        guard
            let model = try await GiftImageModel.query(on: db)
                .filter(\.$id == id).filter(\.$programme.$id == programme).first()
        else { throw DomainError.notFound(entity: "image", id: id) }
        return model
    }
}
