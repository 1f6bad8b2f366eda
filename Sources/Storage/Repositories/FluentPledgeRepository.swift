import Domain
import FluentKit
import Foundation

/// A programme's pledges and recurring gifts in the FluentKit store, with what has come in toward each.
public struct FluentPledgeRepository: PledgeRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func list(in programme: UUID, _ query: PledgeQuery) async throws -> Domain.Page<Pledge> {
        let db = store.database()
        func filtered() -> QueryBuilder<PledgeModel> {
            let builder = PledgeModel.query(on: db).filter(\.$programme.$id == programme)
            if let donor = query.donorID { builder.filter(\.$donorID == donor) }
            return builder
        }
        let total = try await filtered().count()
        let models = try await filtered().sort(\.$start, .descending).sort(\.$id)
            .range(query.page.offset..<(query.page.offset + query.page.limit)).all()
        return Domain.Page(items: try await withPayments(models, on: db), request: query.page, total: total)
    }

    public func find(_ id: UUID, in programme: UUID) async throws -> Pledge {
        let db = store.database()
        return try await withPayments([try await model(id, in: programme, on: db)], on: db)[0]
    }

    public func create(_ draft: PledgeDraft, in programme: UUID, by author: ChangeAuthor) async throws -> Pledge {
        let db = store.database()
        let donor = try await PersonModel.current(draft.donorID, in: programme, on: db)
        var partnerships: Set<UUID> = []
        if case .partnership(let id) = draft.designation,
            try await PartnershipModel.query(on: db).filter(\.$id == id).filter(\.$programme.$id == programme).first()
                != nil
        {
            partnerships.insert(id)
        }
        let valid = try draft.validated(people: donor == nil ? [] : [draft.donorID], partnerships: partnerships)
        let model = PledgeModel()
        model.$programme.id = programme
        model.donorID = valid.donorID
        model.donorName = try donor!.toDomain().displayName
        model.amountMinor = valid.amount.minorUnits
        model.currency = valid.amount.currency.code
        model.frequency = valid.frequency?.rawValue
        model.start = valid.start.description
        model.instalments = valid.instalments
        if case .partnership(let id) = valid.designation { model.partnershipID = id }
        model.note = valid.note
        try await store.transaction { tx in
            try await model.create(on: tx)
            try await AuditRecorder.record(
                .create, .pledge, id: try model.requireID(), before: PledgeSnapshot?.none,
                after: PledgeSnapshot(model), programme: programme, by: author, at: store.clock.now(), on: tx)
        }
        return try model.toDomain(received: 0, payments: 0)
    }

    public func cancel(
        _ id: UUID, on day: PartialDate, in programme: UUID, by author: ChangeAuthor
    ) async throws -> Pledge {
        let db = store.database()
        let model = try await model(id, in: programme, on: db)
        guard model.cancelledOn == nil else { throw DomainError.conflict("this pledge is cancelled already") }
        let before = PledgeSnapshot(model)
        model.cancelledOn = day.description
        try await store.transaction { tx in
            try await model.update(on: tx)
            try await AuditRecorder.record(
                .update, .pledge, id: id, before: before, after: PledgeSnapshot(model), programme: programme,
                by: author, at: store.clock.now(), on: tx)
        }
        return try await withPayments([model], on: db)[0]
    }

    /// Each pledge with the money received toward it, in its currency, from receipts that stand.
    private func withPayments(_ models: [PledgeModel], on db: any Database) async throws -> [Pledge] {
        guard !models.isEmpty else { return [] }
        let ids = try models.map { try $0.requireID() }
        let paid = try await ContributionModel.query(on: db).filter(\.$pledgeID ~~ ids).filter(\.$voided == false)
            .all()
        return try models.map { model in
            let id = try model.requireID()
            let payments = paid.filter { $0.pledgeID == id && $0.currency == model.currency }
            return try model.toDomain(
                received: payments.reduce(0) { $0 + ($1.amountMinor ?? 0) }, payments: payments.count)
        }
    }

    private func model(_ id: UUID, in programme: UUID, on db: any Database) async throws -> PledgeModel {
        guard
            let model = try await PledgeModel.query(on: db).filter(\.$id == id).filter(\.$programme.$id == programme)
                .first()
        else { throw DomainError.notFound(entity: "pledge", id: id) }
        return model
    }
}
