import Domain
import FluentKit
import Foundation
import SQLKit

/// A programme's contributions and their receipts in the FluentKit store.
public struct FluentContributionRepository: ContributionRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func list(in programme: UUID, _ query: ContributionQuery) async throws -> Domain.Page<Contribution> {
        let db = store.database()
        func filtered() -> QueryBuilder<ContributionModel> {
            let builder = ContributionModel.query(on: db).filter(\.$programme.$id == programme)
            if let donor = query.donorID { builder.filter(\.$donorID == donor) }
            if let year = query.fiscalYear { builder.filter(\.$fiscalYear == year) }
            return builder
        }
        let total = try await filtered().count()
        let models = try await filtered().sort(\.$fiscalYear, .descending).sort(\.$receiptSequence, .descending)
            .range(query.page.offset..<(query.page.offset + query.page.limit)).all()
        return Domain.Page(items: try models.map { try $0.toDomain() }, request: query.page, total: total)
    }

    public func find(_ id: UUID, in programme: UUID) async throws -> Contribution {
        try await model(id, in: programme, on: store.database()).toDomain()
    }

    public func record(
        _ draft: ContributionDraft, in programme: UUID, by author: ChangeAuthor
    ) async throws -> Contribution {
        let db = store.database()
        let people: Set<UUID> =
            try await PersonModel.current(draft.donorID, in: programme, on: db) != nil ? [draft.donorID] : []
        let partnerships = Set(
            try await PartnershipModel.query(on: db).filter(\.$programme.$id == programme).all().compactMap(\.id))
        var valid = try draft.validated(people: people, partnerships: partnerships)
        if let pledgeID = valid.pledgeID {
            try await Self.checkPledge(pledgeID, for: valid, in: programme, on: db)
        }
        guard let programmeModel = try await ProgrammeModel.find(programme, on: db),
            let donor = try await PersonModel.find(valid.donorID, on: db)
        else { throw DomainError.notFound(entity: "programme", id: programme) }
        let fiscalYear = Receipt.fiscalYear(of: valid.received, startMonth: programmeModel.fiscalYearStartMonth)
        let model = ContributionModel()
        model.$programme.id = programme
        model.donorID = valid.donorID
        model.donorName = try donor.toDomain().displayName
        switch valid.gift {
        case .money(let money):
            model.giftKind = "money"
            model.amountMinor = money.minorUnits
            model.currency = money.currency.code
        case .inKind(let description):
            model.giftKind = "in-kind"
            model.inKind = description
        }
        model.received = valid.received.description
        if case .partnership(let id) = valid.designation { model.partnershipID = id }
        model.note = valid.note
        model.pledgeID = valid.pledgeID
        model.fiscalYear = fiscalYear
        model.voided = false
        try await store.registrationLock.run {
            try await store.transaction { tx in
                model.receiptSequence = try await Self.nextNumber(programme: programme, fiscalYear: fiscalYear, on: tx)
                try await model.create(on: tx)
                try await AuditRecorder.record(
                    .create, .contribution, id: try model.requireID(), before: ContributionSnapshot?.none,
                    after: ContributionSnapshot(model), programme: programme, by: author, at: store.clock.now(), on: tx)
            }
        }
        return try model.toDomain()
    }

    /// A gift pays toward a pledge of the same programme and donor, in money of the pledge's currency, while the
    /// pledge is not cancelled.
    static func checkPledge(
        _ id: UUID, for draft: ContributionDraft, in programme: UUID, on db: any Database
    ) async throws {
        guard
            let pledge = try await PledgeModel.query(on: db).filter(\.$id == id).filter(\.$programme.$id == programme)
                .first()
        else {
            throw DomainError.invalid([FieldIssue(field: "pledgeId", message: "is not a pledge of this programme")])
        }
        var issues: [FieldIssue] = []
        if pledge.donorID != draft.donorID {
            issues.append(FieldIssue(field: "pledgeId", message: "is another donor's pledge"))
        } else if pledge.cancelledOn != nil {
            issues.append(FieldIssue(field: "pledgeId", message: "is cancelled"))
        }
        switch draft.gift {
        case .money(let money) where money.currency.code != pledge.currency:
            issues.append(
                FieldIssue(field: "amount.currency", message: "must be \(pledge.currency), the pledge's currency"))
        case .inKind:
            issues.append(
                FieldIssue(field: "pledgeId", message: "is paid in money: a gift in kind cannot pay toward it"))
        default: break
        }
        if !issues.isEmpty { throw DomainError.invalid(issues) }
    }

    /// Takes the next number of the fiscal year inside the caller's transaction: the counter row is written
    /// first (so the transaction holds the write lock on SQLite and the row lock on PostgreSQL until it
    /// commits), and a rolled-back recording gives its number back. No gaps, no duplicates.
    static func nextNumber(programme: UUID, fiscalYear: Int, on db: any Database) async throws -> Int {
        let sql = try db.sql
        try await sql.raw(
            """
            INSERT INTO receipt_counters (id, programme_id, fiscal_year, last) \
            VALUES (\(bind: UUID()), \(bind: programme), \(bind: fiscalYear), 0) \
            ON CONFLICT (programme_id, fiscal_year) DO NOTHING
            """
        ).run()
        guard
            let row = try await sql.raw(
                """
                UPDATE receipt_counters SET last = last + 1 \
                WHERE programme_id = \(bind: programme) AND fiscal_year = \(bind: fiscalYear) RETURNING last
                """
            ).first()
        else { throw StoredValue.Corrupt(description: "no receipt counter for \(fiscalYear)") }
        return try row.decode(column: "last", as: Int.self)
    }

    public func summary(in programme: UUID) async throws -> ContributionSummary {
        let sql = try store.database().sql
        // CAST: PostgreSQL sums a bigint as numeric; both databases read a BIGINT back as a 64-bit integer.
        let rows = try await sql.raw(
            """
            SELECT fiscal_year, partnership_id, currency, \
            CAST(COALESCE(SUM(amount_minor), 0) AS BIGINT) AS minor_units, CAST(COUNT(*) AS BIGINT) AS gifts \
            FROM contributions WHERE programme_id = \(bind: programme) AND voided = \(bind: false) \
            GROUP BY fiscal_year, partnership_id, currency
            """
        ).all()
        return ContributionSummary(
            try rows.map { row in
                let code = try row.decode(column: "currency", as: String?.self)
                return ContributionSummary.Row(
                    fiscalYear: try row.decode(column: "fiscal_year", as: Int.self),
                    partnershipID: try row.decode(column: "partnership_id", as: UUID?.self),
                    currency: try code.map { code in
                        guard let currency = Currency(code: code) else {
                            throw StoredValue.Corrupt(description: "unknown currency \(code) in database")
                        }
                        return currency
                    },
                    minorUnits: try row.decode(column: "minor_units", as: Int64.self),
                    count: Int(try row.decode(column: "gifts", as: Int64.self)))
            })
    }

    public func void(
        _ id: UUID, reason: String, in programme: UUID, by author: ChangeAuthor
    ) async throws -> Contribution {
        let reason = reason.trimmingWhitespace
        var v = Validator()
        v.requireText(reason, field: "reason", maxLength: 500)
        try v.check()
        let db = store.database()
        let model = try await model(id, in: programme, on: db)
        guard !model.voided else {
            throw DomainError.conflict(
                "receipt \(Receipt.number(fiscalYear: model.fiscalYear, sequence: model.receiptSequence)) is already void"
            )
        }
        let before = ContributionSnapshot(model)
        model.voided = true
        model.voidReason = reason
        try await store.transaction { tx in
            try await model.update(on: tx)
            try await AuditRecorder.record(
                .update, .contribution, id: id, before: before, after: ContributionSnapshot(model),
                programme: programme, by: author, at: store.clock.now(), on: tx)
        }
        return try model.toDomain()
    }

    private func model(_ id: UUID, in programme: UUID, on db: any Database) async throws -> ContributionModel {
        guard
            let model = try await ContributionModel.query(on: db)
                .filter(\.$id == id).filter(\.$programme.$id == programme).first()
        else { throw DomainError.notFound(entity: "contribution", id: id) }
        return model
    }
}
