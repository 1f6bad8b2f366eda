import Domain
import FluentKit
import Foundation
import SQLKit

/// Sessions in the FluentKit store.
public struct FluentSessionRepository: SessionRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func create(userID: UUID, secretHash: String, csrfToken: String, at date: Date) async throws -> Session {
        let model = SessionModel()
        model.$user.id = userID
        model.secretHash = secretHash
        model.csrfToken = csrfToken
        model.createdAt = date
        model.lastSeenAt = date
        try await store.transaction { tx in try await model.create(on: tx) }
        return try model.toDomain()
    }

    public func find(secretHash: String) async throws -> Session? {
        try await SessionModel.query(on: store.database()).filter(\.$secretHash == secretHash).first()?.toDomain()
    }

    public func touch(_ id: UUID, at date: Date) async throws {
        try await store.transaction { tx in
            try await SessionModel.query(on: tx).filter(\.$id == id).set(\.$lastSeenAt, to: date).update()
        }
    }

    public func delete(_ id: UUID) async throws {
        try await store.transaction { tx in try await SessionModel.query(on: tx).filter(\.$id == id).delete() }
    }

    public func deleteAll(userID: UUID) async throws {
        try await store.transaction { tx in
            try await SessionModel.query(on: tx).filter(\.$user.$id == userID).delete()
        }
    }
}

/// API tokens in the FluentKit store.
public struct FluentAPITokenRepository: APITokenRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func create(
        userID: UUID, name: String, secretHash: String, at date: Date, expiresAt: Date?
    ) async throws -> APIToken {
        var v = Validator()
        v.requireText(name, field: "name", maxLength: 100)
        try v.check()
        let model = APITokenModel()
        model.$user.id = userID
        model.name = name.trimmingWhitespace
        model.secretHash = secretHash
        model.createdAt = date
        model.expiresAt = expiresAt
        try await store.transaction { tx in try await model.create(on: tx) }
        return try model.toDomain()
    }

    public func findActive(secretHash: String) async throws -> APIToken? {
        try await APITokenModel.query(on: store.database())
            .filter(\.$secretHash == secretHash).filter(\.$revokedAt == nil).first()?.toDomain()
    }

    public func list(userID: UUID) async throws -> [APIToken] {
        try await APITokenModel.query(on: store.database()).filter(\.$user.$id == userID).sort(\.$createdAt).all()
            .map { try $0.toDomain() }
    }

    public func revoke(_ id: UUID, of userID: UUID?, at date: Date) async throws {
        try await store.transaction { tx in
            let query = APITokenModel.query(on: tx).filter(\.$id == id)
            if let userID { query.filter(\.$user.$id == userID) }
            guard let model = try await query.first() else { throw DomainError.notFound(entity: "token", id: id) }
            if model.revokedAt == nil {
                model.revokedAt = date
                try await model.update(on: tx)
            }
        }
    }

    public func revokeAll(userID: UUID, at date: Date) async throws -> Int {
        try await store.transaction { tx in
            let active = try await APITokenModel.query(on: tx).filter(\.$user.$id == userID)
                .filter(\.$revokedAt == nil).all()
            for model in active {
                model.revokedAt = date
                try await model.update(on: tx)
            }
            return active.count
        }
    }

    public func markUsed(_ id: UUID, at date: Date) async throws {
        try await store.transaction { tx in
            try await APITokenModel.query(on: tx).filter(\.$id == id).set(\.$lastUsedAt, to: date).update()
        }
    }
}

/// Counted attempts (password checks, anonymous registrations) in the FluentKit store.
public struct FluentAttemptRepository: AttemptRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// Inserts first, then counts, in one transaction: the insert takes SQLite's write lock (every server on the
    /// file waits its turn), and on PostgreSQL an advisory lock per key makes concurrent checks of one key count
    /// one after another, so that no burst of simultaneous guesses sees a count without the others.
    public func reserve(
        keys: [String], at date: Date, since: Date, limit: Int
    ) async throws
        -> AttemptReservation
    {
        let isPostgres = !store.location.isSQLite
        do {
            return try await store.transaction { tx in
                if isPostgres {
                    let sql = try tx.sql
                    for key in Set(keys).sorted() {
                        try await sql.raw("SELECT pg_advisory_xact_lock(hashtextextended(\(bind: key), 0))").run()
                    }
                }
                let models = keys.map { key in
                    let model = LoginAttemptModel()
                    model.id = UUID()
                    model.key = key
                    model.at = date
                    return model
                }
                try await models.create(on: tx)
                for key in keys {
                    func counted() -> QueryBuilder<LoginAttemptModel> {
                        LoginAttemptModel.query(on: tx).filter(\.$key == key).filter(\.$at >= since)
                    }
                    if try await counted().count() > limit {
                        let oldest = try await counted().sort(\.$at).first()?.at ?? date
                        throw Refused(oldest: oldest)
                    }
                }
                // Each key's window is its own (a minute for sign-in, an hour for registrations): forget the key's
                // checks past it, and anything older than a day, whatever its key.
                try await LoginAttemptModel.query(on: tx).filter(\.$key ~~ keys).filter(\.$at < since).delete()
                try await LoginAttemptModel.query(on: tx).filter(\.$at < date.addingTimeInterval(-86_400)).delete()
                return .granted(models.compactMap(\.id))
            }
        } catch let refused as Refused {
            return .refused(oldest: refused.oldest)
        }
    }

    public func forget(_ ids: [UUID]) async throws {
        guard !ids.isEmpty else { return }
        try await store.transaction { tx in
            try await LoginAttemptModel.query(on: tx).filter(\.$id ~~ ids).delete()
        }
    }

    /// Rolls the counted attempts back.
    private struct Refused: Error {
        let oldest: Date
    }
}
