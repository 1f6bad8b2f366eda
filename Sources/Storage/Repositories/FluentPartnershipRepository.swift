import Domain
import FluentKit
import Foundation
import SQLKit

/// A programme's partnerships in the FluentKit store.
public struct FluentPartnershipRepository: PartnershipRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func list(in programme: UUID, _ query: PartnershipQuery) async throws -> Domain.Page<Partnership> {
        let db = store.database()
        func filtered() -> QueryBuilder<PartnershipModel> {
            let builder = PartnershipModel.query(on: db).filter(\.$programme.$id == programme)
            if let code = query.countryCode { builder.filter(\.$partnerCountry == code.uppercased()) }
            if let kind = query.kind { builder.filter(\.$kind == kind.rawValue) }
            if let status = query.status { builder.filter(\.$status == status.rawValue) }
            return builder
        }
        // Counting a programme of 100,000 ties takes longer than reading its page: once per content revision.
        let revision = try await ContentRevisionStore(store: store).current()
        let key = TotalKey(
            programme: programme, country: query.countryCode?.uppercased(), kind: query.kind, status: query.status)
        let total = try await store.partnershipTotals.value(for: key, at: revision) { try await filtered().count() }
        let statement = PartnershipRow.page(of: programme, query)
        let items = try await store.sql().raw(statement).all().map(PartnershipRow.decode)
        return Domain.Page(items: items, request: query.page, total: total)
    }

    /// What a list's total depends on.
    struct TotalKey: Hashable, Sendable {
        var programme: UUID
        var country: String?
        var kind: PartnershipKind?
        var status: PartnershipStatus?
    }

    public func partnerCities(in programme: UUID, among cities: Set<UUID>) async throws -> Set<UUID> {
        guard !cities.isEmpty else { return [] }
        var found: Set<UUID> = []
        let all = Array(cities)
        for start in stride(from: 0, to: all.count, by: 500) {
            let rows = try await store.sql().select().distinct().column("partner_city_id").from(PartnershipModel.schema)
                .where("programme_id", .equal, SQLBind(programme))
                .where("partner_city_id", .in, Array(all[start..<min(start + 500, all.count)])).all()
            for row in rows { found.insert(try row.decode(column: "partner_city_id", as: UUID.self)) }
        }
        return found
    }

    /// Read as the list reads its rows (`PartnershipRow`): one decoder for both.
    public func find(_ id: UUID, in programme: UUID) async throws -> Partnership {
        guard let row = try await store.sql().raw(PartnershipRow.one(id, in: programme)).first() else {
            throw DomainError.notFound(entity: "partnership", id: id)
        }
        return try PartnershipRow.decode(row)
    }

    public func create(
        _ draft: PartnershipDraft, in programme: UUID, by author: ChangeAuthor
    ) async throws
        -> Partnership
    {
        try await insert(draft, id: nil, in: programme, action: .create, by: author)
    }

    /// Inserts a partnership (with `id` when it is put back from the audit trail) and records it.
    func insert(
        _ draft: PartnershipDraft, id: UUID?, in programme: UUID, action: AuditAction, by author: ChangeAuthor
    ) async throws -> Partnership {
        let db = store.database()
        let draft = try await validated(draft, excluding: id, in: programme, on: db)
        let model = PartnershipModel(draft, programmeID: programme)
        model.id = id
        try await StoreErrors.mapConstraint(Self.duplicateMessage) {
            try await store.transaction { tx in
                try await model.write(on: tx)
                try await AuditRecorder.record(
                    action, .partnership, id: try model.requireID(), before: PartnershipSnapshot?.none,
                    after: PartnershipSnapshot(model), programme: programme, by: author, at: store.clock.now(), on: tx)
            }
        }
        return try await find(try model.requireID(), in: programme)
    }

    public func update(
        _ id: UUID, with draft: PartnershipDraft, in programme: UUID, by author: ChangeAuthor
    )
        async throws -> Partnership
    {
        try await update(id, with: draft, in: programme, action: .update, by: author)
    }

    func update(
        _ id: UUID, with draft: PartnershipDraft, in programme: UUID, action: AuditAction, by author: ChangeAuthor
    ) async throws -> Partnership {
        let db = store.database()
        let model = try await model(id, in: programme, on: db)
        let before = PartnershipSnapshot(model)
        model.apply(try await validated(draft, excluding: id, in: programme, on: db))
        try await StoreErrors.mapConstraint(Self.duplicateMessage) {
            try await store.transaction { tx in
                try await model.write(on: tx)
                try await AuditRecorder.record(
                    action, .partnership, id: id, before: before, after: PartnershipSnapshot(model),
                    programme: programme,
                    by: author, at: store.clock.now(), on: tx)
            }
        }
        return try await find(id, in: programme)
    }

    /// Deletes the partnership and its agreements; the audit trail keeps every one of them.
    public func delete(_ id: UUID, in programme: UUID, by author: ChangeAuthor) async throws {
        let db = store.database()
        let model = try await model(id, in: programme, on: db)
        try await store.transaction { tx in
            for agreement in try await AgreementModel.query(on: tx).filter(\.$partnership.$id == id).all() {
                try await agreement.delete(on: tx)
                try await AuditRecorder.record(
                    .delete, .agreement, id: try agreement.requireID(), parent: id,
                    before: AgreementSnapshot(agreement),
                    after: AgreementSnapshot?.none, programme: programme, by: author, at: store.clock.now(), on: tx)
            }
            try await model.delete(on: tx)
            try await AuditRecorder.record(
                .delete, .partnership, id: id, before: PartnershipSnapshot(model), after: PartnershipSnapshot?.none,
                programme: programme, by: author, at: store.clock.now(), on: tx)
        }
    }

    private static let duplicateMessage =
        "this programme already has a partnership of this kind between these two cities"

    private func model(_ id: UUID, in programme: UUID, on db: any Database) async throws -> PartnershipModel {
        guard
            let model = try await PartnershipModel.query(on: db)
                .filter(\.$id == id).filter(\.$programme.$id == programme)
                .first()
        else { throw DomainError.notFound(entity: "partnership", id: id) }
        return model
    }

    /// Checks the draft against its cities and against the programme's other partnerships.
    private func validated(
        _ draft: PartnershipDraft, excluding id: UUID?, in programme: UUID, on db: any Database
    ) async throws -> PartnershipDraft {
        let home = try await CityModel.find(draft.homeCityID, on: db)?.toDomain()
        let partner = try await CityModel.find(draft.partnerCityID, on: db)?.toDomain()
        let draft = try draft.validated(homeCity: home, partnerCity: partner)
        // The same two cities and kind once per programme, whichever side is "home".
        let duplicate = PartnershipModel.query(on: db)
            .filter(\.$programme.$id == programme)
            .filter(\.$kind == draft.kind.rawValue)
            .group(.or) { either in
                either.group(.and) {
                    $0.filter(\.$homeCity.$id == draft.homeCityID).filter(\.$partnerCity.$id == draft.partnerCityID)
                }
                either.group(.and) {
                    $0.filter(\.$homeCity.$id == draft.partnerCityID).filter(\.$partnerCity.$id == draft.homeCityID)
                }
            }
        if let id { duplicate.filter(\.$id != id) }
        if try await duplicate.count() > 0 { throw DomainError.conflict(Self.duplicateMessage) }
        return draft
    }
}
