import Domain
import FluentKit
import Foundation

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
        try await model.create(on: store.database())
        return try model.toDomain()
    }

    public func find(secretHash: String) async throws -> Session? {
        try await SessionModel.query(on: store.database()).filter(\.$secretHash == secretHash).first()?.toDomain()
    }

    public func touch(_ id: UUID, at date: Date) async throws {
        try await SessionModel.query(on: store.database()).filter(\.$id == id).set(\.$lastSeenAt, to: date).update()
    }

    public func delete(_ id: UUID) async throws {
        try await SessionModel.query(on: store.database()).filter(\.$id == id).delete()
    }

    public func deleteAll(userID: UUID) async throws {
        try await SessionModel.query(on: store.database()).filter(\.$user.$id == userID).delete()
    }
}

/// API tokens in the FluentKit store.
public struct FluentAPITokenRepository: APITokenRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func create(userID: UUID, name: String, secretHash: String, at date: Date) async throws -> APIToken {
        var v = Validator()
        v.requireText(name, field: "name", maxLength: 100)
        try v.check()
        let model = APITokenModel()
        model.$user.id = userID
        model.name = name.trimmingWhitespace
        model.secretHash = secretHash
        model.createdAt = date
        try await model.create(on: store.database())
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
        let query = APITokenModel.query(on: store.database()).filter(\.$id == id)
        if let userID { query.filter(\.$user.$id == userID) }
        guard let model = try await query.first() else { throw DomainError.notFound(entity: "token", id: id) }
        if model.revokedAt == nil {
            model.revokedAt = date
            try await model.update(on: store.database())
        }
    }

    public func markUsed(_ id: UUID, at date: Date) async throws {
        try await APITokenModel.query(on: store.database()).filter(\.$id == id).set(\.$lastUsedAt, to: date).update()
    }
}

/// Failed sign-ins in the FluentKit store.
public struct FluentLoginAttemptRepository: LoginAttemptRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func recordFailure(keys: [String], at date: Date) async throws {
        let models = keys.map { key in
            let model = LoginAttemptModel()
            model.key = key
            model.at = date
            return model
        }
        try await models.create(on: store.database())
    }

    public func failures(key: String, since date: Date) async throws -> Int {
        try await LoginAttemptModel.query(on: store.database()).filter(\.$key == key).filter(\.$at >= date).count()
    }

    public func oldestFailure(key: String, since date: Date) async throws -> Date? {
        try await LoginAttemptModel.query(on: store.database()).filter(\.$key == key).filter(\.$at >= date)
            .sort(\.$at).first()?.at
    }

    public func prune(before date: Date) async throws {
        try await LoginAttemptModel.query(on: store.database()).filter(\.$at < date).delete()
    }
}
