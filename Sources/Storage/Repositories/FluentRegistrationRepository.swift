import Domain
import FluentKit
import Foundation
import SQLKit

/// Registrations for a programme's events, and the emails they send, in the FluentKit store.
public struct FluentRegistrationRepository: RegistrationRepository {
    let store: Store
    let events: FluentEventRepository

    public init(store: Store) {
        self.store = store
        self.events = FluentEventRepository(store: store)
    }

    public func register(
        _ draft: RegistrationDraft, for eventID: UUID, in programme: UUID, cancelHash: String, now: Date,
        message: @escaping @Sendable (Registration, Event) -> MailDraft
    ) async throws -> Registration {
        let valid = try draft.validated()
        let event = try await events.find(eventID, in: programme)
        guard let capacity = event.draft.capacity else {
            throw RegistrationRefusal.takesNoRegistrations
        }
        guard event.draft.schedule.endKey(in: event.draft.zone) > now else {
            throw RegistrationRefusal.isOver
        }
        return try await store.registrationLock.run {
            try await store.transaction { tx in
                try await Self.lockEvent(eventID, on: tx)
                let taken = try await RegistrationModel.query(on: tx).filter(\.$event.$id == eventID)
                    .filter(\.$status != Registration.Status.cancelled.rawValue).all()
                if taken.contains(where: { $0.email == valid.email }) {
                    throw RegistrationRefusal.alreadyRegistered(email: valid.email)
                }
                let confirmed = taken.filter { $0.status == Registration.Status.confirmed.rawValue }.count
                let model = RegistrationModel()
                model.$programme.id = programme
                model.$event.id = eventID
                model.name = valid.name
                model.email = valid.email
                model.language = valid.language
                model.status = (confirmed < capacity ? Registration.Status.confirmed : .waitlisted).rawValue
                model.cancelHash = cancelHash
                model.attended = false
                model.registeredAt = now
                try await model.create(on: tx)
                let position =
                    model.status == Registration.Status.waitlisted.rawValue
                    ? taken.filter { $0.status == Registration.Status.waitlisted.rawValue }.count + 1 : nil
                let registration = try model.toDomain(position: position)
                try await OutboxModel(message(registration, event), programmeID: programme, now: now).create(on: tx)
                return registration
            }
        }
    }

    /// PostgreSQL holds the event's row until the transaction ends, so servers sharing the database register
    /// one at a time for each event; SQLite has one server, serialised by the store's lock.
    static func lockEvent(_ id: UUID, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" else { return }
        try await sql.raw("SELECT id FROM events WHERE id = \(bind: id) FOR UPDATE").run()
    }

    public func list(event: UUID, in programme: UUID) async throws -> [Registration] {
        _ = try await events.find(event, in: programme)
        let models = try await RegistrationModel.query(on: store.database()).filter(\.$event.$id == event)
            .sort(\.$registeredAt).sort(\.$id).all()
        var position = 0
        var out: [Registration] = []
        for status in [Registration.Status.confirmed, .waitlisted, .cancelled] {
            for model in models where model.status == status.rawValue {
                if status == .waitlisted { position += 1 }
                out.append(try model.toDomain(position: status == .waitlisted ? position : nil))
            }
        }
        return out
    }

    public func find(_ id: UUID, in programme: UUID) async throws -> Registration {
        guard
            let model = try await RegistrationModel.query(on: store.database()).filter(\.$id == id)
                .filter(\.$programme.$id == programme).first()
        else { throw DomainError.notFound(entity: "registration", id: id) }
        return try model.toDomain()
    }

    public func find(cancelHash: String) async throws -> Registration {
        guard
            let model = try await RegistrationModel.query(on: store.database()).filter(\.$cancelHash == cancelHash)
                .first()
        else {
            throw DomainError.notFound(
                entity: "registration", id: UUID(uuidString: "00000000-0000-0000-0000-000000000000")!)
        }
        return try model.toDomain()
    }

    public func cancel(
        _ id: UUID, in programme: UUID, promoted: @escaping @Sendable (Registration, Event) -> MailDraft
    ) async throws {
        let db = store.database()
        guard
            let first = try await RegistrationModel.query(on: db).filter(\.$id == id)
                .filter(\.$programme.$id == programme).first()
        else { throw DomainError.notFound(entity: "registration", id: id) }
        let event = try await events.find(first.$event.id, in: programme)
        try await store.registrationLock.run {
            try await store.transaction { tx in
                try await Self.lockEvent(event.id, on: tx)
                guard let model = try await RegistrationModel.find(id, on: tx),
                    model.status != Registration.Status.cancelled.rawValue
                else { return }
                let heldPlace = model.status == Registration.Status.confirmed.rawValue
                model.status = Registration.Status.cancelled.rawValue
                try await model.update(on: tx)
                guard heldPlace,
                    let next = try await RegistrationModel.query(on: tx).filter(\.$event.$id == event.id)
                        .filter(\.$status == Registration.Status.waitlisted.rawValue).sort(\.$registeredAt)
                        .sort(\.$id).first()
                else { return }
                next.status = Registration.Status.confirmed.rawValue
                try await next.update(on: tx)
                try await OutboxModel(
                    promoted(try next.toDomain(), event), programmeID: programme, now: store.clock.now()
                )
                .create(on: tx)
            }
        }
    }

    public func setAttended(_ id: UUID, _ attended: Bool, in programme: UUID) async throws -> Registration {
        try await store.transaction { tx in
            guard
                let model = try await RegistrationModel.query(on: tx).filter(\.$id == id)
                    .filter(\.$programme.$id == programme).first()
            else { throw DomainError.notFound(entity: "registration", id: id) }
            model.attended = attended
            try await model.update(on: tx)
            return try model.toDomain()
        }
    }
}
