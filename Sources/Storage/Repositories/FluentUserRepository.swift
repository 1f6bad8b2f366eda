import Domain
import FluentKit
import Foundation

/// Users in the FluentKit store.
public struct FluentUserRepository: UserRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func create(_ draft: UserDraft, passwordHash: String, in programme: UUID) async throws -> User {
        let draft = try draft.validated()
        let model = UserModel(draft, passwordHash: passwordHash, programmeID: programme)
        try await StoreErrors.mapConstraint("a user with email \(draft.email) exists already") {
            try await store.transaction { tx in
                if try await UserModel.query(on: tx).filter(\.$email == draft.email).count() > 0 {
                    throw DomainError.conflict("a user with email \(draft.email) exists already")
                }
                try await model.create(on: tx)
            }
        }
        return try model.toDomain()
    }

    public func find(_ id: UUID) async throws -> User {
        try await model(id, on: store.database()).toDomain()
    }

    public func find(email: String) async throws -> (user: User, passwordHash: String)? {
        let email = email.trimmingWhitespace.lowercased()
        guard let model = try await UserModel.query(on: store.database()).filter(\.$email == email).first() else {
            return nil
        }
        return (try model.toDomain(), model.passwordHash)
    }

    public func list(in programme: UUID?) async throws -> [User] {
        let query = UserModel.query(on: store.database())
        if let programme { query.filter(\.$programme.$id == programme) }
        return try await query.sort(\.$email).all().map { try $0.toDomain() }
    }

    public func setRole(_ id: UUID, role: Role, partnershipScope: Set<UUID>) async throws -> User {
        try await store.transaction { tx in
            let model = try await model(id, on: tx)
            model.role = role.rawValue
            model.partnershipScope =
                role == .partnerEditor ? partnershipScope.sorted { $0.uuidString < $1.uuidString } : []
            try await model.update(on: tx)
            return try model.toDomain()
        }
    }

    public func setDisabled(_ id: UUID, _ disabled: Bool) async throws -> User {
        try await store.transaction { tx in
            let model = try await model(id, on: tx)
            model.disabled = disabled
            try await model.update(on: tx)
            return try model.toDomain()
        }
    }

    public func setLanguage(_ id: UUID, _ language: String?) async throws -> User {
        let language = try User.validLanguage(language)
        return try await store.transaction { tx in
            let model = try await model(id, on: tx)
            model.language = language
            try await model.update(on: tx)
            return try model.toDomain()
        }
    }

    public func setPasswordHash(_ id: UUID, _ hash: String) async throws {
        try await store.transaction { tx in
            let model = try await model(id, on: tx)
            model.passwordHash = hash
            try await model.update(on: tx)
        }
    }

    private func model(_ id: UUID, on db: any Database) async throws -> UserModel {
        guard let model = try await UserModel.find(id, on: db) else {
            throw DomainError.notFound(entity: "user", id: id)
        }
        return model
    }
}
