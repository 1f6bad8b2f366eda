import Domain
import FluentKit
import Foundation
import SQLKit

/// The email outbox in the FluentKit store.
public struct FluentOutboxRepository: OutboxRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func due(now: Date, limit: Int, in programme: UUID?) async throws -> [OutboxMessage] {
        let query = OutboxModel.query(on: store.database())
            .filter(\.$state == OutboxMessage.State.pending.rawValue).filter(\.$nextAttemptAt <= now)
        if let programme { query.filter(\.$programmeID == programme) }
        return try await query.sort(\.$createdAt).sort(\.$id).limit(limit).all().map { try $0.toDomain() }
    }

    /// One conditional update: of servers claiming the same message at once, exactly one moves its next attempt.
    public func claim(_ id: UUID, now: Date, leaseEnd: Date) async throws -> Bool {
        try await store.transaction { tx in
            let rows = try await tx.sql.raw(
                """
                UPDATE outbox_messages SET next_attempt_at = \(bind: leaseEnd) \
                WHERE id = \(bind: id) AND state = \(bind: OutboxMessage.State.pending.rawValue) \
                AND next_attempt_at <= \(bind: now) RETURNING id
                """
            ).all()
            return rows.count == 1
        }
    }

    public func markSent(_ id: UUID, at now: Date) async throws {
        try await store.transaction { tx in
            guard let model = try await OutboxModel.find(id, on: tx) else { return }
            model.state = OutboxMessage.State.sent.rawValue
            model.attempts += 1
            model.sentAt = now
            model.lastError = nil
            try await model.update(on: tx)
        }
    }

    /// Retries after 1, 2, 4 and 8 minutes, then gives up and says so.
    public func markFailed(_ id: UUID, error: String, at now: Date) async throws {
        try await store.transaction { tx in
            guard let model = try await OutboxModel.find(id, on: tx) else { return }
            model.attempts += 1
            model.lastError = String(error.prefix(1000))
            if model.attempts >= OutboxMessage.maxAttempts {
                model.state = OutboxMessage.State.failed.rawValue
            } else {
                model.nextAttemptAt = now.addingTimeInterval(60 * pow(2, Double(model.attempts - 1)))
            }
            try await model.update(on: tx)
        }
    }

    public func recent(limit: Int, in programme: UUID?) async throws -> [OutboxMessage] {
        let query = OutboxModel.query(on: store.database())
        if let programme { query.filter(\.$programmeID == programme) }
        return try await query.sort(\.$createdAt, .descending).sort(\.$id).limit(limit).all().map { try $0.toDomain() }
    }
}
