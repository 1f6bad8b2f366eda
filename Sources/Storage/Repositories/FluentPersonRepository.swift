import Domain
import FluentKit
import Foundation

/// A programme's people in the FluentKit store.
public struct FluentPersonRepository: PersonRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func list(in programme: UUID, _ query: PersonQuery) async throws -> Domain.Page<Person> {
        let db = store.database()
        let words = SearchText.fold(query.text ?? "").split(separator: " ").prefix(10)
            .map { $0.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: "") }
        func filtered() -> QueryBuilder<PersonModel> {
            let builder = PersonModel.query(on: db).filter(\.$programme.$id == programme)
            if !query.includePrivate { builder.filter(\.$isPublic == true) }
            if let organisation = query.organisationID { builder.filter(\.$organisation.$id == organisation) }
            for word in words { builder.filter(\.$searchName, .custom("LIKE"), "%" + word + "%") }
            return builder
        }
        let total = try await filtered().count()
        let models = try await filtered().sort(\.$searchName).sort(\.$id)
            .range(query.page.offset..<(query.page.offset + query.page.limit)).all()
        return Domain.Page(items: try models.map { try $0.toDomain() }, request: query.page, total: total)
    }

    public func find(_ id: UUID, in programme: UUID) async throws -> Person {
        try await model(id, in: programme, on: store.database()).toDomain()
    }

    public func create(_ draft: PersonDraft, in programme: UUID, by author: ChangeAuthor) async throws -> Person {
        try await insert(draft, id: nil, in: programme, action: .create, by: author)
    }

    func insert(
        _ draft: PersonDraft, id: UUID?, in programme: UUID, action: AuditAction, by author: ChangeAuthor
    ) async throws -> Person {
        let model = PersonModel(try await validated(draft, in: programme), programmeID: programme)
        model.id = id
        try await store.transaction { tx in
            try await model.create(on: tx)
            try await AuditRecorder.record(
                action, .person, id: try model.requireID(), before: PersonSnapshot?.none, after: PersonSnapshot(model),
                programme: programme, by: author, at: store.clock.now(), on: tx)
        }
        return try model.toDomain()
    }

    public func update(
        _ id: UUID, with draft: PersonDraft, in programme: UUID, by author: ChangeAuthor
    ) async throws -> Person {
        try await update(id, with: draft, in: programme, action: .update, by: author)
    }

    func update(
        _ id: UUID, with draft: PersonDraft, in programme: UUID, action: AuditAction, by author: ChangeAuthor
    ) async throws -> Person {
        let db = store.database()
        let model = try await model(id, in: programme, on: db)
        let before = PersonSnapshot(model)
        model.apply(try await validated(draft, in: programme))
        try await store.transaction { tx in
            try await model.update(on: tx)
            try await AuditRecorder.record(
                action, .person, id: id, before: before, after: PersonSnapshot(model), programme: programme,
                by: author, at: store.clock.now(), on: tx)
        }
        return try model.toDomain()
    }

    public func delete(_ id: UUID, in programme: UUID, by author: ChangeAuthor) async throws {
        let db = store.database()
        let model = try await model(id, in: programme, on: db)
        // Receipts, memberships and volunteer time are the programme's records: they are kept, and their person
        // can only be erased, not deleted from under them.
        let kept = [
            (try await ContributionModel.query(on: db).filter(\.$donorID == id).count(), "contribution"),
            (try await MembershipModel.query(on: db).filter(\.$person.$id == id).count(), "membership"),
            (try await VolunteerHoursModel.query(on: db).filter(\.$person.$id == id).count(), "volunteer time entry"),
            (try await PledgeModel.query(on: db).filter(\.$donorID == id).count(), "pledge"),
        ].filter { $0.0 > 0 }
        if !kept.isEmpty {
            let list = kept.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }.joined(separator: ", ")
            throw DomainError.conflict(
                "this person has \(list), which the programme keeps: erase their personal data instead")
        }
        try await store.transaction { tx in
            // Delegations keep the member's name, without the link to the record.
            for exchange in try await ExchangeModel.query(on: tx).filter(\.$programme.$id == programme).all()
            where exchange.members.contains(where: { $0.personID == id }) {
                exchange.members = exchange.members.map { member in
                    var member = member
                    if member.personID == id { member.personID = nil }
                    return member
                }
                try await exchange.update(on: tx)
            }
            try await model.delete(on: tx)
            try await AuditRecorder.record(
                .delete, .person, id: id, before: PersonSnapshot(model), after: PersonSnapshot?.none,
                programme: programme, by: author, at: store.clock.now(), on: tx)
        }
    }

    private func validated(_ draft: PersonDraft, in programme: UUID) async throws -> PersonDraft {
        let known = Set(
            try await OrganisationModel.query(on: store.database()).filter(\.$programme.$id == programme).field(\.$id)
                .all().compactMap(\.id))
        return try draft.validated(organisations: known)
    }

    private func model(_ id: UUID, in programme: UUID, on db: any Database) async throws -> PersonModel {
        guard
            let model = try await PersonModel.query(on: db)
                .filter(\.$id == id).filter(\.$programme.$id == programme).first()
        else { throw DomainError.notFound(entity: "person", id: id) }
        return model
    }
}
