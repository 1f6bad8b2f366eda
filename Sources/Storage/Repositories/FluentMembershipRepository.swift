import Domain
import FluentKit
import Foundation

/// A programme's membership levels, members and renewal reminders in the FluentKit store.
public struct FluentMembershipRepository: MembershipRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func levels(in programme: UUID) async throws -> [MembershipLevel] {
        try await MembershipLevelModel.query(on: store.database()).filter(\.$programme.$id == programme)
            .sort(\.$name).all().map { try $0.toDomain() }
    }

    public func createLevel(_ level: MembershipLevel, in programme: UUID) async throws -> MembershipLevel {
        let name = level.name.trimmingWhitespace
        var v = Validator()
        v.requireText(name, field: "name", maxLength: 200)
        if let months = level.termMonths, !(1...120).contains(months) { v.add("termMonths", "must be 1 to 120 months") }
        if case .fixed(let month, let day) = level.renewal,
            PartialDate(year: 2001, month: month, day: day) == nil
        {
            v.add("renewsOn", "must be a day of the year that exists every year, such as 12-31")
        }
        if !(0...365).contains(level.graceDays) { v.add("graceDays", "must be 0 to 365 days") }
        if let fee = level.fee, fee.minorUnits < 0 { v.add("fee.amount", "must not be negative") }
        try v.check()
        let model = MembershipLevelModel()
        model.$programme.id = programme
        model.name = name
        model.feeMinor = level.fee?.minorUnits
        model.feeCurrency = level.fee?.currency.code
        model.termMonths = level.termMonths
        if case .fixed(let month, let day) = level.renewal {
            model.renewalMonth = month
            model.renewalDay = day
        }
        model.graceDays = level.graceDays
        try await store.transaction { tx in try await model.create(on: tx) }
        return try model.toDomain()
    }

    public func list(in programme: UUID) async throws -> [Membership] {
        let db = store.database()
        let levels = Dictionary(uniqueKeysWithValues: try await levels(in: programme).map { ($0.id, $0) })
        let models = try await MembershipModel.query(on: db).filter(\.$programme.$id == programme).all()
        return try models.compactMap { model in try levels[model.$level.id].map { try model.toDomain(level: $0) } }
            .sorted {
                ($0.expires ?? .distantFuture, $0.id.uuidString) < ($1.expires ?? .distantFuture, $1.id.uuidString)
            }
    }

    public func join(person: UUID, level: UUID, on day: Date, in programme: UUID) async throws -> Membership {
        return try await store.transaction { db in
            var v = Validator()
            let found = try await MembershipLevelModel.query(on: db).filter(\.$id == level)
                .filter(\.$programme.$id == programme).first()
            if found == nil { v.add("levelId", "is not a membership level of this programme") }
            if try await PersonModel.current(person, in: programme, on: db) == nil {
                v.add("personId", "is not a person of this programme, or their data was erased")
            }
            try v.check()
            let levelValue = try found!.toDomain()
            let model = MembershipModel()
            model.$programme.id = programme
            model.$person.id = person
            model.$level.id = level
            model.joined = day
            model.expires = levelValue.expiry(startingOn: day)
            try await model.create(on: db)
            return try model.toDomain(level: levelValue)
        }
    }

    public func renew(_ id: UUID, at now: Date, in programme: UUID) async throws -> Membership {
        return try await store.transaction { db in
            guard
                let model = try await MembershipModel.query(on: db).filter(\.$id == id)
                    .filter(\.$programme.$id == programme).first(),
                let level = try await MembershipLevelModel.find(model.$level.id, on: db)
            else { throw DomainError.notFound(entity: "membership", id: id) }
            let membership = try model.toDomain(level: try level.toDomain())
            guard membership.expires != nil else {
                throw DomainError.conflict("a lifetime membership never needs renewing")
            }
            model.expires = membership.renewedExpiry(at: now)
            try await model.update(on: db)
            return try model.toDomain(level: try level.toDomain())
        }
    }

    public func queueReminders(
        at now: Date, in programme: UUID,
        message: @escaping @Sendable (Membership, RenewalReminder, _ member: Person, _ email: String) -> MailDraft
    ) async throws -> ReminderRun {
        let db = store.database()
        var run = ReminderRun()
        for membership in try await list(in: programme) {
            guard let expires = membership.expires else { continue }
            let due = RenewalReminder.due(expires: expires, now: now)
            guard !due.isEmpty else { continue }
            let recorded = Set(
                try await MembershipReminderModel.query(on: db).filter(\.$membership.$id == membership.id)
                    .filter(\.$expires == expires).all().map(\.kind))
            let pending = due.filter { !recorded.contains($0.rawValue) }
            guard let latest = pending.last else { continue }
            guard let person = try await PersonModel.find(membership.personID, on: db) else { continue }
            let member = try person.toDomain()
            do {
                let (queued, without) = try await store.transaction { tx -> (Int, Int) in
                    var queued = 0
                    var without = 0
                    for reminder in pending {
                        let row = MembershipReminderModel()
                        row.$membership.id = membership.id
                        row.kind = reminder.rawValue
                        row.expires = expires
                        row.recordedAt = now
                        if reminder != latest {
                            // A server that was down when this one fell due sends only the most recent; the older
                            // ones are recorded, so none disappears without a trace.
                            row.note = "superseded by the \(latest.rawValue) reminder"
                            without += 1
                        } else if let email = person.email {
                            let outbox = OutboxModel(
                                message(membership, reminder, member, email), programmeID: programme,
                                now: now)
                            try await outbox.create(on: tx)
                            row.outboxID = try outbox.requireID()
                            queued += 1
                        } else {
                            row.note = "no email address recorded"
                            without += 1
                        }
                        try await row.create(on: tx)
                    }
                    return (queued, without)
                }
                run.queued += queued
                run.recordedWithoutEmail += without
            } catch let error as any DatabaseError where error.isConstraintFailure {
                // Another server recorded these reminders first; they are sent once.
                continue
            }
        }
        return run
    }

    public func reminders(of membership: UUID, in programme: UUID) async throws -> [ReminderRecord] {
        let order = RenewalReminder.allCases
        return try await MembershipReminderModel.query(on: store.database()).filter(\.$membership.$id == membership)
            .all().compactMap { row in
                RenewalReminder(rawValue: row.kind).map {
                    ReminderRecord(kind: $0, expires: row.expires, recordedAt: row.recordedAt, note: row.note)
                }
            }
            .sorted {
                ($0.recordedAt, order.firstIndex(of: $0.kind)!) < ($1.recordedAt, order.firstIndex(of: $1.kind)!)
            }
    }
}
