import Domain
import FluentKit
import Foundation

/// A programme's organisations in the FluentKit store.
public struct FluentOrganisationRepository: OrganisationRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func list(in programme: UUID, _ query: OrganisationQuery) async throws -> Domain.Page<Organisation> {
        let db = store.database()
        func filtered() -> QueryBuilder<OrganisationModel> {
            let builder = OrganisationModel.query(on: db).filter(\.$programme.$id == programme)
            if let kind = query.kind { builder.filter(\.$kind == kind.rawValue) }
            return builder.sort(\.$searchName).sort(\.$id)
        }
        // The partnerships an organisation serves are a JSON array on SQLite and an array on PostgreSQL:
        // a programme has hundreds of organisations at most, so that filter runs here, on both alike.
        if let partnership = query.partnershipID {
            let all = try await filtered().all().filter { $0.partnershipIDs.contains(partnership) }
            let slice = all.dropFirst(query.page.offset).prefix(query.page.limit)
            return Domain.Page(items: try slice.map { try $0.toDomain() }, request: query.page, total: all.count)
        }
        let total = try await filtered().count()
        let models = try await filtered().range(query.page.offset..<(query.page.offset + query.page.limit)).all()
        return Domain.Page(items: try models.map { try $0.toDomain() }, request: query.page, total: total)
    }

    public func find(_ id: UUID, in programme: UUID) async throws -> Organisation {
        try await model(id, in: programme, on: store.database()).toDomain()
    }

    public func create(
        _ draft: OrganisationDraft, in programme: UUID, by author: ChangeAuthor
    ) async throws -> Organisation {
        try await insert(draft, id: nil, in: programme, action: .create, by: author)
    }

    func insert(
        _ draft: OrganisationDraft, id: UUID?, in programme: UUID, action: AuditAction, by author: ChangeAuthor
    ) async throws -> Organisation {
        let model = OrganisationModel(try await validated(draft, in: programme), programmeID: programme)
        model.id = id
        try await store.transaction { tx in
            try await model.create(on: tx)
            try await AuditRecorder.record(
                action, .organisation, id: try model.requireID(), before: OrganisationSnapshot?.none,
                after: OrganisationSnapshot(model), programme: programme, by: author, at: store.clock.now(), on: tx)
        }
        return try model.toDomain()
    }

    public func update(
        _ id: UUID, with draft: OrganisationDraft, in programme: UUID, by author: ChangeAuthor
    ) async throws -> Organisation {
        try await update(id, with: draft, in: programme, action: .update, by: author)
    }

    func update(
        _ id: UUID, with draft: OrganisationDraft, in programme: UUID, action: AuditAction, by author: ChangeAuthor
    ) async throws -> Organisation {
        let db = store.database()
        let model = try await model(id, in: programme, on: db)
        let before = OrganisationSnapshot(model)
        model.apply(try await validated(draft, in: programme))
        try await store.transaction { tx in
            try await model.update(on: tx)
            try await AuditRecorder.record(
                action, .organisation, id: id, before: before, after: OrganisationSnapshot(model),
                programme: programme, by: author, at: store.clock.now(), on: tx)
        }
        return try model.toDomain()
    }

    public func delete(_ id: UUID, in programme: UUID, by author: ChangeAuthor) async throws {
        let db = store.database()
        let model = try await model(id, in: programme, on: db)
        try await store.transaction { tx in
            // People keep their records; offices held there keep their titles, without the organisation.
            try await PersonModel.query(on: tx).filter(\.$organisation.$id == id).set(\.$organisation.$id, to: nil)
                .update()
            for person in try await PersonModel.query(on: tx).filter(\.$programme.$id == programme).all()
            where person.roles.contains(where: { $0.organisationID == id }) {
                person.roles = person.roles.map { role in
                    var role = role
                    if role.organisationID == id { role.organisationID = nil }
                    return role
                }
                try await person.update(on: tx)
            }
            for event in try await EventModel.query(on: tx).filter(\.$programme.$id == programme).all()
            where event.hostIDs.contains(id) {
                event.hostIDs.removeAll { $0 == id }
                try await event.update(on: tx)
            }
            try await model.delete(on: tx)
            try await AuditRecorder.record(
                .delete, .organisation, id: id, before: OrganisationSnapshot(model),
                after: OrganisationSnapshot?.none, programme: programme, by: author, at: store.clock.now(), on: tx)
        }
    }

    private func validated(_ draft: OrganisationDraft, in programme: UUID) async throws -> OrganisationDraft {
        let db = store.database()
        let known = Set(
            try await PartnershipModel.query(on: db).filter(\.$programme.$id == programme).field(\.$id).all()
                .compactMap(\.id))
        var cityExists = false
        if let city = draft.cityID { cityExists = try await CityModel.find(city, on: db) != nil }
        return try draft.validated(partnerships: known, cityExists: cityExists)
    }

    private func model(_ id: UUID, in programme: UUID, on db: any Database) async throws -> OrganisationModel {
        guard
            let model = try await OrganisationModel.query(on: db)
                .filter(\.$id == id).filter(\.$programme.$id == programme).first()
        else { throw DomainError.notFound(entity: "organisation", id: id) }
        return model
    }
}
