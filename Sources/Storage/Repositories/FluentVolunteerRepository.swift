import Domain
import FluentKit
import Foundation
import SQLKit

/// A programme's shifts, sign-ups, volunteer hours and personal links in the FluentKit store.
public struct FluentVolunteerRepository: VolunteerRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    // MARK: Shifts

    public func shifts(event: UUID, in programme: UUID) async throws -> [Shift] {
        let models = try await ShiftModel.query(on: store.database()).filter(\.$programme.$id == programme)
            .filter(\.$event.$id == event).sort(\.$startsAt).sort(\.$role).all()
        return try await withTaken(models)
    }

    public func upcomingShifts(in programme: UUID, now: Date) async throws -> [Shift] {
        let models = try await ShiftModel.query(on: store.database()).filter(\.$programme.$id == programme)
            .filter(\.$endsAt > now).sort(\.$startsAt).sort(\.$role).all()
        return try await withTaken(models)
    }

    public func shift(_ id: UUID, in programme: UUID) async throws -> Shift {
        let model = try await shiftModel(id, in: programme, on: store.database())
        return try await withTaken([model])[0]
    }

    public func addShift(_ draft: ShiftDraft, event: UUID, in programme: UUID) async throws -> Shift {
        let valid = try draft.validated()
        return try await store.transaction { tx in
            guard
                try await EventModel.query(on: tx).filter(\.$id == event).filter(\.$programme.$id == programme)
                    .first() != nil
            else { throw DomainError.notFound(entity: "event", id: event) }
            let model = ShiftModel()
            model.$programme.id = programme
            model.$event.id = event
            model.role = valid.role
            model.startsAt = valid.start
            model.endsAt = valid.end
            model.places = valid.places
            try await model.create(on: tx)
            return try model.toDomain(taken: 0)
        }
    }

    public func deleteShift(_ id: UUID, in programme: UUID) async throws {
        try await store.transaction { tx in
            let model = try await shiftModel(id, in: programme, on: tx)
            try await ShiftSignupModel.query(on: tx).filter(\.$shift.$id == id).delete()
            try await model.delete(on: tx)
        }
    }

    // MARK: Sign-ups

    public func signUp(person: UUID, shift: UUID, in programme: UUID, now: Date) async throws -> ShiftSignup {
        let name = try await personModel(person, in: programme, current: true, on: store.database()).toDomain()
            .displayName
        return try await store.registrationLock.run {
            try await store.transaction { tx in
                let model = try await shiftModel(shift, in: programme, on: tx)
                if let sql = tx as? any SQLDatabase, sql.dialect.name == "postgresql" {
                    // Servers sharing the database sign up for one shift at a time.
                    try await sql.raw("SELECT id FROM shifts WHERE id = \(bind: shift) FOR UPDATE").run()
                }
                guard model.endsAt > now else { throw DomainError.conflict("this shift is over") }
                let taken = try await ShiftSignupModel.query(on: tx).filter(\.$shift.$id == shift).all()
                if taken.contains(where: { $0.$person.id == person }) {
                    throw DomainError.conflict("\(name) is already signed up for this shift")
                }
                guard taken.count < model.places else { throw DomainError.conflict("this shift is full") }
                let signup = ShiftSignupModel()
                signup.$shift.id = shift
                signup.$person.id = person
                signup.signedUpAt = now
                try await signup.create(on: tx)
                return ShiftSignup(
                    id: try signup.requireID(), shiftID: shift, personID: person, volunteerName: name, signedUpAt: now)
            }
        }
    }

    public func withdraw(person: UUID, shift: UUID, in programme: UUID) async throws {
        try await store.transaction { tx in
            _ = try await shiftModel(shift, in: programme, on: tx)
            guard
                let signup = try await ShiftSignupModel.query(on: tx).filter(\.$shift.$id == shift)
                    .filter(\.$person.$id == person).first()
            else { throw DomainError.notFound(entity: "sign-up", id: shift) }
            try await signup.delete(on: tx)
        }
    }

    public func signups(shift: UUID, in programme: UUID) async throws -> [ShiftSignup] {
        _ = try await shiftModel(shift, in: programme, on: store.database())
        return try await signups(shifts: [shift], in: programme)[shift] ?? []
    }

    public func signups(shifts: [UUID], in programme: UUID) async throws -> [UUID: [ShiftSignup]] {
        guard !shifts.isEmpty else { return [:] }
        let db = store.database()
        let ofProgramme = try await ShiftModel.query(on: db).filter(\.$programme.$id == programme)
            .filter(\.$id ~~ shifts).all().compactMap(\.id)
        guard !ofProgramme.isEmpty else { return [:] }
        let models = try await ShiftSignupModel.query(on: db).filter(\.$shift.$id ~~ ofProgramme)
            .sort(\.$signedUpAt).sort(\.$id).all()
        let names = try await self.names(Set(models.map(\.$person.id)), on: db)
        return try Dictionary(grouping: models, by: \.$shift.id).mapValues { group in
            try group.map { model in
                ShiftSignup(
                    id: try model.requireID(), shiftID: model.$shift.id, personID: model.$person.id,
                    volunteerName: names[model.$person.id] ?? "", signedUpAt: model.signedUpAt)
            }
        }
    }

    public func signups(person: UUID, in programme: UUID) async throws -> [ShiftSignup] {
        let db = store.database()
        let name = try await personModel(person, in: programme, on: db).toDomain().displayName
        let models = try await ShiftSignupModel.query(on: db).filter(\.$person.$id == person).all()
        let shifts = try await ShiftModel.query(on: db).filter(\.$programme.$id == programme)
            .filter(\.$id ~~ models.map(\.$shift.id)).all()
        let starts = Dictionary(uniqueKeysWithValues: shifts.compactMap { s in s.id.map { ($0, s.startsAt) } })
        return try models.filter { starts[$0.$shift.id] != nil }
            .sorted { starts[$0.$shift.id]! < starts[$1.$shift.id]! }
            .map { model in
                ShiftSignup(
                    id: try model.requireID(), shiftID: model.$shift.id, personID: person, volunteerName: name,
                    signedUpAt: model.signedUpAt)
            }
    }

    // MARK: Hours

    public func log(
        _ draft: HoursDraft, in programme: UUID, approvedBy: String?, today: PartialDate, now: Date
    ) async throws -> VolunteerHours {
        return try await store.transaction { db in
            let person = try await PersonModel.current(draft.personID, in: programme, on: db)
            var events: Set<UUID> = []
            if let id = draft.eventID,
                try await EventModel.query(on: db).filter(\.$id == id).filter(\.$programme.$id == programme).first()
                    != nil
            {
                events.insert(id)
            }
            var partnerships: Set<UUID> = []
            if let id = draft.partnershipID,
                try await PartnershipModel.query(on: db).filter(\.$id == id).filter(\.$programme.$id == programme)
                    .first() != nil
            {
                partnerships.insert(id)
            }
            let valid = try draft.validated(
                people: person == nil ? [] : [draft.personID], events: events, partnerships: partnerships, today: today)
            let model = VolunteerHoursModel()
            model.$programme.id = programme
            model.$person.id = valid.personID
            model.day = valid.day.description
            model.year = valid.day.year
            model.minutes = valid.minutes
            model.activity = valid.activity.rawValue
            model.eventID = valid.eventID
            model.partnershipID = valid.partnershipID
            model.note = valid.note
            model.status = (approvedBy == nil ? VolunteerHours.Status.pending : .approved).rawValue
            model.reviewedBy = approvedBy
            model.loggedAt = now
            try await model.create(on: db)
            return try model.toDomain(volunteerName: try person!.toDomain().displayName)
        }
    }

    public func hours(in programme: UUID, _ query: HoursQuery) async throws -> Domain.Page<VolunteerHours> {
        let db = store.database()
        let q = VolunteerHoursModel.query(on: db).filter(\.$programme.$id == programme)
        if let person = query.personID { q.filter(\.$person.$id == person) }
        if let status = query.status { q.filter(\.$status == status.rawValue) }
        if let year = query.year { q.filter(\.$year == year) }
        let total = try await q.count()
        let models = try await q.sort(\.$day, .descending).sort(\.$loggedAt, .descending).sort(\.$id)
            .range(query.page.offset..<(query.page.offset + query.page.limit)).all()
        let names = try await self.names(Set(models.map(\.$person.id)), on: db)
        return Domain.Page(
            items: try models.map { try $0.toDomain(volunteerName: names[$0.$person.id] ?? "") }, request: query.page,
            total: total)
    }

    public func findHours(_ id: UUID, in programme: UUID) async throws -> VolunteerHours {
        let db = store.database()
        let model = try await hoursModel(id, in: programme, on: db)
        let names = try await self.names([model.$person.id], on: db)
        return try model.toDomain(volunteerName: names[model.$person.id] ?? "")
    }

    public func review(
        _ id: UUID, _ review: HoursReview, by reviewer: String, in programme: UUID
    ) async throws -> VolunteerHours {
        return try await store.transaction { db in
            let model = try await hoursModel(id, in: programme, on: db)
            let valid = try review.validated(logged: model.loggedMinutes ?? model.minutes)
            if let minutes = valid.minutes, minutes != model.minutes {
                if model.loggedMinutes == nil { model.loggedMinutes = model.minutes }
                model.minutes = minutes
            }
            if let note = valid.note { model.reviewNote = note }
            model.status = VolunteerHours.Status.approved.rawValue
            model.reviewedBy = reviewer
            try await model.update(on: db)
            let names = try await self.names([model.$person.id], on: db)
            return try model.toDomain(volunteerName: names[model.$person.id] ?? "")
        }
    }

    public func totals(in programme: UUID, year: Int?) async throws -> HoursTotals {
        let db = store.database()
        let q = VolunteerHoursModel.query(on: db).filter(\.$programme.$id == programme)
            .filter(\.$status == VolunteerHours.Status.approved.rawValue)
        if let year { q.filter(\.$year == year) }
        let models = try await q.all()
        let names = try await self.names(Set(models.map(\.$person.id)), on: db)
        return HoursTotals(try models.map { try $0.toDomain(volunteerName: names[$0.$person.id] ?? "") })
    }

    // MARK: Personal links

    public func addKey(hash: String, person: UUID, in programme: UUID, now: Date, mail: MailDraft) async throws {
        try await store.transaction { tx in
            _ = try await personModel(person, in: programme, current: true, on: tx)
            try await VolunteerKeyModel.query(on: tx).filter(\.$person.$id == person).delete()
            let model = VolunteerKeyModel()
            model.$programme.id = programme
            model.$person.id = person
            model.keyHash = hash
            model.createdAt = now
            try await model.create(on: tx)
            try await OutboxModel(mail, programmeID: programme, now: now).create(on: tx)
        }
    }

    public func person(keyHash: String, now: Date) async throws -> (person: UUID, programme: UUID) {
        guard let model = try await VolunteerKeyModel.query(on: store.database()).filter(\.$keyHash == keyHash).first(),
            VolunteerLink.isLive(sentAt: model.createdAt, at: now)
        else { throw DomainError.notFound(entity: "volunteer link", id: UUID()) }
        return (model.$person.id, model.$programme.id)
    }

    // MARK: Helpers

    private func withTaken(_ models: [ShiftModel]) async throws -> [Shift] {
        guard !models.isEmpty else { return [] }
        let ids = try models.map { try $0.requireID() }
        let signups = try await ShiftSignupModel.query(on: store.database()).filter(\.$shift.$id ~~ ids).all()
        var taken: [UUID: Int] = [:]
        for signup in signups { taken[signup.$shift.id, default: 0] += 1 }
        return try models.map { try $0.toDomain(taken: taken[try $0.requireID()] ?? 0) }
    }

    private func shiftModel(_ id: UUID, in programme: UUID, on db: any Database) async throws -> ShiftModel {
        guard
            let model = try await ShiftModel.query(on: db).filter(\.$id == id).filter(\.$programme.$id == programme)
                .first()
        else { throw DomainError.notFound(entity: "shift", id: id) }
        return model
    }

    private func hoursModel(_ id: UUID, in programme: UUID, on db: any Database) async throws -> VolunteerHoursModel {
        guard
            let model = try await VolunteerHoursModel.query(on: db).filter(\.$id == id)
                .filter(\.$programme.$id == programme).first()
        else { throw DomainError.notFound(entity: "volunteer hours", id: id) }
        return model
    }

    /// A person of the programme; with `current`, only one whose data was not erased (who may sign up or be
    /// sent a link).
    private func personModel(
        _ id: UUID, in programme: UUID, current: Bool = false, on db: any Database
    ) async throws -> PersonModel {
        let model =
            current
            ? try await PersonModel.current(id, in: programme, on: db)
            : try await PersonModel.query(on: db).filter(\.$id == id).filter(\.$programme.$id == programme).first()
        guard let model else { throw DomainError.notFound(entity: "person", id: id) }
        return model
    }

    private func names(_ ids: Set<UUID>, on db: any Database) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        let models = try await PersonModel.query(on: db).filter(\.$id ~~ Array(ids)).all()
        return Dictionary(uniqueKeysWithValues: try models.map { (try $0.requireID(), try $0.toDomain().displayName) })
    }
}
