import Domain
import FluentKit
import Foundation

/// A programme's events in the FluentKit store.
public struct FluentEventRepository: EventRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func list(in programme: UUID, _ query: EventQuery) async throws -> Domain.Page<Event> {
        let db = store.database()
        var ids: [UUID]?
        if let partnership = query.partnershipID {
            ids = try await EventPartnershipModel.query(on: db).filter(\.$partnership.$id == partnership).all()
                .map { $0.$event.id }
        }
        func filtered() -> QueryBuilder<EventModel> {
            let builder = EventModel.query(on: db).filter(\.$programme.$id == programme)
            if !query.includeInternal { builder.filter(\.$isPublic == true) }
            switch query.when {
            case .upcoming(let now): builder.filter(\.$sortEnd > now)
            case .past(let now): builder.filter(\.$sortEnd <= now)
            case .all: break
            }
            if let ids { builder.filter(\.$id ~~ ids) }
            return builder
        }
        let total = try await filtered().count()
        let models = try await filtered().sort(\.$sortStart, query.soonestFirst ? .ascending : .descending)
            .sort(\.$title).sort(\.$id)
            .range(query.page.offset..<(query.page.offset + query.page.limit)).all()
        let links = try await partnerships(of: try models.map { try $0.requireID() }, on: db)
        return Domain.Page(
            items: try models.map { try $0.toDomain(partnerships: links[try $0.requireID()] ?? []) },
            request: query.page, total: total)
    }

    private func partnerships(of events: [UUID], on db: any Database) async throws -> [UUID: [UUID]] {
        guard !events.isEmpty else { return [:] }
        let rows = try await EventPartnershipModel.query(on: db).filter(\.$event.$id ~~ events).sort(\.$position).all()
        return Dictionary(grouping: rows, by: { $0.$event.id }).mapValues { $0.map { $0.$partnership.id } }
    }

    public func find(_ id: UUID, in programme: UUID) async throws -> Event {
        let db = store.database()
        return try await model(id, in: programme, on: db).toDomain(
            partnerships: try await partnerships(of: [id], on: db)[id] ?? [])
    }

    public func create(_ draft: EventDraft, in programme: UUID, by author: ChangeAuthor) async throws -> Event {
        try await insert(draft, id: nil, in: programme, action: .create, by: author)
    }

    func insert(
        _ draft: EventDraft, id: UUID?, in programme: UUID, action: AuditAction, by author: ChangeAuthor
    ) async throws -> Event {
        let valid = try await validated(draft, in: programme)
        let model = EventModel(valid, programmeID: programme)
        model.id = id
        try await store.transaction { tx in
            try await model.create(on: tx)
            let eventID = try model.requireID()
            try await link(eventID, to: valid.partnershipIDs, on: tx)
            try await AuditRecorder.record(
                action, .event, id: eventID, before: EventSnapshot?.none,
                after: EventSnapshot(model, partnerships: valid.partnershipIDs), programme: programme, by: author,
                at: store.clock.now(), on: tx)
        }
        return try model.toDomain(partnerships: valid.partnershipIDs)
    }

    public func update(
        _ id: UUID, with draft: EventDraft, in programme: UUID, by author: ChangeAuthor
    ) async throws -> Event {
        try await update(id, with: draft, in: programme, action: .update, by: author)
    }

    func update(
        _ id: UUID, with draft: EventDraft, in programme: UUID, action: AuditAction, by author: ChangeAuthor
    ) async throws -> Event {
        let db = store.database()
        let model = try await model(id, in: programme, on: db)
        let before = EventSnapshot(model, partnerships: try await partnerships(of: [id], on: db)[id] ?? [])
        let valid = try await validated(draft, in: programme)
        model.apply(valid)
        model.sequence += 1
        try await store.transaction { tx in
            try await model.update(on: tx)
            try await EventPartnershipModel.query(on: tx).filter(\.$event.$id == id).delete()
            try await link(id, to: valid.partnershipIDs, on: tx)
            try await AuditRecorder.record(
                action, .event, id: id, before: before, after: EventSnapshot(model, partnerships: valid.partnershipIDs),
                programme: programme, by: author, at: store.clock.now(), on: tx)
        }
        return try model.toDomain(partnerships: valid.partnershipIDs)
    }

    public func delete(_ id: UUID, in programme: UUID, by author: ChangeAuthor) async throws {
        let db = store.database()
        let model = try await model(id, in: programme, on: db)
        let before = EventSnapshot(model, partnerships: try await partnerships(of: [id], on: db)[id] ?? [])
        try await store.transaction { tx in
            try await EventPartnershipModel.query(on: tx).filter(\.$event.$id == id).delete()
            // Itineraries that named it keep the rest of their events.
            for exchange in try await ExchangeModel.query(on: tx).filter(\.$programme.$id == programme).all()
            where exchange.eventIDs.contains(id) {
                exchange.eventIDs.removeAll { $0 == id }
                try await exchange.update(on: tx)
            }
            try await model.delete(on: tx)
            try await AuditRecorder.record(
                .delete, .event, id: id, before: before, after: EventSnapshot?.none, programme: programme, by: author,
                at: store.clock.now(), on: tx)
        }
    }

    private func link(_ event: UUID, to partnerships: [UUID], on db: any Database) async throws {
        for (position, partnership) in partnerships.enumerated() {
            try await EventPartnershipModel(event: event, partnership: partnership, position: position).create(on: db)
        }
    }

    /// Validates against the programme's partnerships and organisations.
    func validated(_ draft: EventDraft, in programme: UUID) async throws -> EventDraft {
        let db = store.database()
        let partnerships = Set(
            try await PartnershipModel.query(on: db).filter(\.$programme.$id == programme).field(\.$id).all()
                .compactMap(\.id))
        let organisations = Set(
            try await OrganisationModel.query(on: db).filter(\.$programme.$id == programme).field(\.$id).all()
                .compactMap(\.id))
        return try draft.validated(partnerships: partnerships, organisations: organisations)
    }

    private func model(_ id: UUID, in programme: UUID, on db: any Database) async throws -> EventModel {
        guard
            let model = try await EventModel.query(on: db)
                .filter(\.$id == id).filter(\.$programme.$id == programme).first()
        else { throw DomainError.notFound(entity: "event", id: id) }
        return model
    }
}
