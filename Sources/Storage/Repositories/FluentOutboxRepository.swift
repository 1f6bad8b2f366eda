import Domain
import FluentKit
import Foundation

/// The email outbox in the FluentKit store.
public struct FluentOutboxRepository: OutboxRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func due(now: Date, limit: Int) async throws -> [OutboxMessage] {
        try await OutboxModel.query(on: store.database())
            .filter(\.$state == OutboxMessage.State.pending.rawValue).filter(\.$nextAttemptAt <= now)
            .sort(\.$createdAt).sort(\.$id).limit(limit).all().map { try $0.toDomain() }
    }

    public func markSent(_ id: UUID, at now: Date) async throws {
        guard let model = try await OutboxModel.find(id, on: store.database()) else { return }
        model.state = OutboxMessage.State.sent.rawValue
        model.attempts += 1
        model.sentAt = now
        model.lastError = nil
        try await model.update(on: store.database())
    }

    /// Retries after 1, 2, 4 and 8 minutes, then gives up and says so.
    public func markFailed(_ id: UUID, error: String, at now: Date) async throws {
        guard let model = try await OutboxModel.find(id, on: store.database()) else { return }
        model.attempts += 1
        model.lastError = String(error.prefix(1000))
        if model.attempts >= OutboxMessage.maxAttempts {
            model.state = OutboxMessage.State.failed.rawValue
        } else {
            model.nextAttemptAt = now.addingTimeInterval(60 * pow(2, Double(model.attempts - 1)))
        }
        try await model.update(on: store.database())
    }

    public func recent(limit: Int) async throws -> [OutboxMessage] {
        try await OutboxModel.query(on: store.database()).sort(\.$createdAt, .descending).sort(\.$id).limit(limit)
            .all().map { try $0.toDomain() }
    }
}
