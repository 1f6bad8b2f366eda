import Domain
import FluentKit
import Foundation

/// Programmes in the FluentKit store.
public struct FluentProgrammeRepository: ProgrammeRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func find(_ id: UUID) async throws -> Programme {
        guard let model = try await ProgrammeModel.find(id, on: store.database()) else {
            throw DomainError.notFound(entity: "programme", id: id)
        }
        return try model.toDomain()
    }

    public func first() async throws -> Programme? {
        try await ProgrammeModel.query(on: store.database()).sort(\.$createdAt).sort(\.$id).first()?.toDomain()
    }

    public func all() async throws -> [Programme] {
        try await ProgrammeModel.query(on: store.database()).sort(\.$createdAt).sort(\.$id).all().map {
            try $0.toDomain()
        }
    }

    public func create(_ draft: ProgrammeDraft, by author: ChangeAuthor) async throws -> Programme {
        let db = store.database()
        let draft = try await validated(draft, on: db)
        let model = ProgrammeModel(draft)
        try await store.transaction { tx in
            try await model.create(on: tx)
            try await AuditRecorder.record(
                .create, .programme, id: try model.requireID(), before: ProgrammeSnapshot?.none,
                after: ProgrammeSnapshot(model), programme: try model.requireID(), by: author, at: store.clock.now(),
                on: tx)
        }
        return try model.toDomain()
    }

    public func update(_ id: UUID, with draft: ProgrammeDraft, by author: ChangeAuthor) async throws -> Programme {
        try await update(id, with: draft, action: .update, by: author)
    }

    func update(
        _ id: UUID, with draft: ProgrammeDraft, action: AuditAction, by author: ChangeAuthor
    ) async throws
        -> Programme
    {
        let db = store.database()
        guard let model = try await ProgrammeModel.find(id, on: db) else {
            throw DomainError.notFound(entity: "programme", id: id)
        }
        let before = ProgrammeSnapshot(model)
        model.apply(try await validated(draft, on: db))
        try await store.transaction { tx in
            try await model.update(on: tx)
            try await AuditRecorder.record(
                action, .programme, id: id, before: before, after: ProgrammeSnapshot(model), programme: id, by: author,
                at: store.clock.now(), on: tx)
        }
        return try model.toDomain()
    }

    private func validated(_ draft: ProgrammeDraft, on db: any Database) async throws -> ProgrammeDraft {
        let exists = if let cityID = draft.homeCityID { try await CityModel.find(cityID, on: db) != nil } else { true }
        return try draft.validated(homeCityExists: exists)
    }
}
