import Domain
import FluentKit
import Foundation

/// A programme's delegations and exchanges in the FluentKit store.
public struct FluentExchangeRepository: ExchangeRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func list(in programme: UUID, _ query: ExchangeQuery) async throws -> Domain.Page<Exchange> {
        let db = store.database()
        func filtered() -> QueryBuilder<ExchangeModel> {
            let builder = ExchangeModel.query(on: db).filter(\.$programme.$id == programme)
            if let partnership = query.partnershipID { builder.filter(\.$partnership.$id == partnership) }
            if let direction = query.direction { builder.filter(\.$direction == direction.rawValue) }
            return builder
        }
        let total = try await filtered().count()
        let models = try await filtered().sort(\.$starts, .descending).sort(\.$title).sort(\.$id)
            .range(query.page.offset..<(query.page.offset + query.page.limit)).all()
        return Domain.Page(items: try models.map { try $0.toDomain() }, request: query.page, total: total)
    }

    public func find(_ id: UUID, in programme: UUID) async throws -> Exchange {
        try await model(id, in: programme, on: store.database()).toDomain()
    }

    public func create(_ draft: ExchangeDraft, in programme: UUID, by author: ChangeAuthor) async throws -> Exchange {
        try await insert(draft, id: nil, in: programme, action: .create, by: author)
    }

    func insert(
        _ draft: ExchangeDraft, id: UUID?, in programme: UUID, action: AuditAction, by author: ChangeAuthor
    ) async throws -> Exchange {
        let model = ExchangeModel(try await validated(draft, in: programme), programmeID: programme)
        model.id = id
        try await store.transaction { tx in
            try await model.create(on: tx)
            try await AuditRecorder.record(
                action, .exchange, id: try model.requireID(), parent: model.$partnership.id,
                before: ExchangeSnapshot?.none, after: ExchangeSnapshot(model), programme: programme, by: author,
                at: store.clock.now(), on: tx
            )
        }
        return try model.toDomain()
    }

    public func update(
        _ id: UUID, with draft: ExchangeDraft, in programme: UUID, by author: ChangeAuthor
    ) async throws -> Exchange {
        try await update(id, with: draft, in: programme, action: .update, by: author)
    }

    func update(
        _ id: UUID, with draft: ExchangeDraft, in programme: UUID, action: AuditAction, by author: ChangeAuthor
    ) async throws -> Exchange {
        let db = store.database()
        let model = try await model(id, in: programme, on: db)
        let before = ExchangeSnapshot(model)
        model.apply(try await validated(draft, in: programme))
        try await store.transaction { tx in
            try await model.update(on: tx)
            try await AuditRecorder.record(
                action, .exchange, id: id, parent: model.$partnership.id, before: before,
                after: ExchangeSnapshot(model), programme: programme, by: author, at: store.clock.now(), on: tx)
        }
        return try model.toDomain()
    }

    public func delete(_ id: UUID, in programme: UUID, by author: ChangeAuthor) async throws {
        let db = store.database()
        let model = try await model(id, in: programme, on: db)
        try await store.transaction { tx in
            try await model.delete(on: tx)
            try await AuditRecorder.record(
                .delete, .exchange, id: id, parent: model.$partnership.id, before: ExchangeSnapshot(model),
                after: ExchangeSnapshot?.none, programme: programme, by: author, at: store.clock.now(), on: tx)
        }
    }

    /// Validates against the programme's partnerships, events and people.
    func validated(_ draft: ExchangeDraft, in programme: UUID) async throws -> ExchangeDraft {
        let db = store.database()
        func ids<M: Model>(
            _ type: M.Type, _ programmeKey: KeyPath<M, ParentProperty<M, ProgrammeModel>>
        ) async throws
            -> Set<UUID> where M.IDValue == UUID
        {
            Set(
                try await M.query(on: db).filter(programmeKey.appending(path: \.$id) == programme).all().compactMap(
                    \.id))
        }
        return try draft.validated(
            partnerships: try await ids(PartnershipModel.self, \.$programme),
            events: try await ids(EventModel.self, \.$programme), people: try await ids(PersonModel.self, \.$programme))
    }

    private func model(_ id: UUID, in programme: UUID, on db: any Database) async throws -> ExchangeModel {
        guard
            let model = try await ExchangeModel.query(on: db)
                .filter(\.$id == id).filter(\.$programme.$id == programme).first()
        else { throw DomainError.notFound(entity: "exchange", id: id) }
        return model
    }
}
