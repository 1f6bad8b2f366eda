import Domain
import Foundation
import Storage
import TestSupport
import Testing

@Suite struct VolunteerRepositoryTests {
    let hour: TimeInterval = 3600

    func setUp(_ store: Store) async throws -> (Fixture, Event, [Person]) {
        let fixture = try await Fixture(store: store)
        let event = try await FluentEventRepository(store: store).create(
            EventDraft(
                title: "Japan Festival", kind: .festival,
                schedule: .allDay(first: PartialDate("2030-04-27")!, last: PartialDate("2030-04-28")!)),
            in: fixture.programme.id, by: .system("test"))
        var people: [Person] = []
        for n in 0..<12 {
            people.append(
                try await FluentPersonRepository(store: store).create(
                    PersonDraft(givenName: "Volunteer", familyName: "No. \(n)"), in: fixture.programme.id,
                    by: .system("test")))
        }
        return (fixture, event, people)
    }

    func shift(_ places: Int, from start: Date = Date().addingTimeInterval(86_400)) -> ShiftDraft {
        ShiftDraft(role: "Welcome desk", start: start, end: start.addingTimeInterval(3 * hour), places: places)
    }

    @Test(arguments: TestDatabase.all)
    func concurrentSignUpsNeverOverfillAShift(database: TestDatabase) async throws {
        try await database.withStore { store in
            let (fixture, event, people) = try await setUp(store)
            let volunteers = FluentVolunteerRepository(store: store)
            let id = fixture.programme.id
            let desk = try await volunteers.addShift(shift(3), event: event.id, in: id)
            let results = try await withThrowingTaskGroup(of: Bool.self) { group in
                for person in people {
                    group.addTask {
                        do {
                            _ = try await volunteers.signUp(person: person.id, shift: desk.id, in: id, now: Date())
                            return true
                        } catch DomainError.conflict {
                            return false
                        }
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(results.filter { $0 }.count == 3)
            #expect(try await volunteers.shift(desk.id, in: id).taken == 3)
            #expect(try await volunteers.signups(shift: desk.id, in: id).count == 3)
            // Many shifts' sign-ups in one call, by shift; another programme's ids find nothing.
            let door = try await volunteers.addShift(shift(2), event: event.id, in: id)
            _ = try await volunteers.signUp(person: people[0].id, shift: door.id, in: id, now: Date())
            let both = try await volunteers.signups(shifts: [desk.id, door.id], in: id)
            #expect(both[desk.id]?.count == 3 && both[door.id]?.map(\.personID) == [people[0].id])
            #expect(try await volunteers.signups(shifts: [desk.id], in: UUID()).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func signUpsRefuseFullOverAndRepeatedAndWithdrawingFreesThePlace(database: TestDatabase) async throws {
        try await database.withStore { store in
            let (fixture, event, people) = try await setUp(store)
            let volunteers = FluentVolunteerRepository(store: store)
            let id = fixture.programme.id
            let desk = try await volunteers.addShift(shift(1), event: event.id, in: id)
            _ = try await volunteers.signUp(person: people[0].id, shift: desk.id, in: id, now: Date())
            let twice = await caught {
                _ = try await volunteers.signUp(person: people[0].id, shift: desk.id, in: id, now: Date())
            }
            #expect(twice as? DomainError == .conflict("Volunteer No. 0 is already signed up for this shift"))
            let full = await caught {
                _ = try await volunteers.signUp(person: people[1].id, shift: desk.id, in: id, now: Date())
            }
            #expect(full as? DomainError == .conflict("this shift is full"))
            try await volunteers.withdraw(person: people[0].id, shift: desk.id, in: id)
            _ = try await volunteers.signUp(person: people[1].id, shift: desk.id, in: id, now: Date())
            #expect(try await volunteers.signups(person: people[1].id, in: id).map(\.shiftID) == [desk.id])

            let past = try await volunteers.addShift(
                shift(5, from: Date().addingTimeInterval(-10 * hour)), event: event.id, in: id)
            let over = await caught {
                _ = try await volunteers.signUp(person: people[2].id, shift: past.id, in: id, now: Date())
            }
            #expect(over as? DomainError == .conflict("this shift is over"))
            #expect(try await volunteers.upcomingShifts(in: id, now: Date()).map(\.id) == [desk.id])

            let bad = await caught {
                _ = try await volunteers.addShift(
                    ShiftDraft(role: " ", start: Date(), end: Date().addingTimeInterval(-1), places: 0),
                    event: event.id,
                    in: id)
            }
            guard case .invalid(let issues) = bad as? DomainError else {
                Issue.record("expected invalid, got \(String(describing: bad))")
                return
            }
            #expect(Set(issues.map(\.field)) == ["role", "end", "places"])
        }
    }

    @Test(arguments: TestDatabase.all)
    func onlyApprovedTimeCountsAndCorrectionsKeepWhatWasLogged(database: TestDatabase) async throws {
        try await database.withStore { store in
            let (fixture, event, people) = try await setUp(store)
            let volunteers = FluentVolunteerRepository(store: store)
            let id = fixture.programme.id
            let today = PartialDate("2026-11-29")!
            func log(
                _ person: Person, _ day: String, _ minutes: Int, _ activity: VolunteerActivity
            ) async throws
                -> VolunteerHours
            {
                try await volunteers.log(
                    HoursDraft(
                        personID: person.id, day: PartialDate(day)!, minutes: minutes, activity: activity,
                        eventID: event.id), in: id, approvedBy: nil, today: today, now: Date())
            }
            let a = try await log(people[0], "2025-04-27", 240, .eventSupport)
            let b = try await log(people[0], "2026-04-28", 90, .interpreting)
            let c = try await log(people[1], "2026-05-01", 120, .eventSupport)
            _ = try await log(people[1], "2026-06-01", 600, .office)  // never approved
            #expect(a.status == .pending)
            #expect(try await volunteers.totals(in: id, year: nil).totalMinutes == 0)

            _ = try await volunteers.review(a.id, HoursReview(), by: "coordinator@example.org", in: id)
            _ = try await volunteers.review(b.id, HoursReview(), by: "coordinator@example.org", in: id)
            let noReason = await caught {
                _ = try await volunteers.review(c.id, HoursReview(minutes: 60), by: "c@example.org", in: id)
            }
            #expect(
                noReason as? DomainError
                    == .invalid([
                        FieldIssue(field: "note", message: "is required when the minutes are corrected: say why")
                    ]))
            let corrected = try await volunteers.review(
                c.id, HoursReview(minutes: 60, note: "Left at noon"), by: "c@example.org", in: id)
            #expect(corrected.draft.minutes == 60 && corrected.loggedMinutes == 120 && corrected.status == .approved)

            let all = try await volunteers.totals(in: id, year: nil)
            #expect(all.totalMinutes == 240 + 90 + 60)
            #expect(all.byVolunteer.map(\.minutes) == [330, 60])
            #expect(all.byActivity.map(\.key) == ["event-support", "interpreting"])
            #expect(all.byActivity.map(\.minutes) == [300, 90])
            #expect(all.byYear.map(\.key) == ["2026", "2025"])
            let year = try await volunteers.totals(in: id, year: 2026)
            #expect(year.totalMinutes == 150)
            #expect(try await volunteers.hours(in: id, HoursQuery(status: .pending)).total == 1)
            #expect(
                try await volunteers.hours(in: id, HoursQuery(personID: people[0].id)).items.map(\.id) == [b.id, a.id])

            let future = await caught { _ = try await log(people[0], "2026-11-30", 60, .office) }
            #expect(
                future as? DomainError == .invalid([FieldIssue(field: "day", message: "must not be in the future")]))
            let tooLong = await caught { _ = try await log(people[0], "2026-11-01", 1441, .office) }
            #expect(
                tooLong as? DomainError
                    == .invalid([FieldIssue(field: "minutes", message: "must be 1 to 1440 minutes (24 hours)")]))
        }
    }

    @Test(arguments: TestDatabase.all)
    func personalLinksFindTheirVolunteerAndQueueTheEmail(database: TestDatabase) async throws {
        try await database.withStore { store in
            let (fixture, _, people) = try await setUp(store)
            let volunteers = FluentVolunteerRepository(store: store)
            try await volunteers.addKey(
                hash: "abc", person: people[3].id, in: fixture.programme.id, now: Date(),
                mail: MailDraft(to: "v@example.org", subject: "Your volunteer page", body: "link"))
            let found = try await volunteers.person(keyHash: "abc", now: Date())
            #expect(found.person == people[3].id && found.programme == fixture.programme.id)
            #expect(
                try await FluentOutboxRepository(store: store).recent(limit: 5, in: nil).map(\.subject) == [
                    "Your volunteer page"
                ])
            let unknown = await caught { _ = try await volunteers.person(keyHash: "nope", now: Date()) }
            #expect(unknown != nil)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aNewLinkReplacesTheOldAndLinksExpire(database: TestDatabase) async throws {
        try await database.withStore { store in
            let (fixture, _, people) = try await setUp(store)
            let volunteers = FluentVolunteerRepository(store: store)
            let sent = Date(timeIntervalSince1970: 1_790_000_000)
            let mail = MailDraft(to: "v@example.org", subject: "Your volunteer page", body: "link")
            try await volunteers.addKey(
                hash: "first", person: people[3].id, in: fixture.programme.id, now: sent, mail: mail)
            try await volunteers.addKey(
                hash: "other", person: people[2].id, in: fixture.programme.id, now: sent, mail: mail)
            #expect(try await volunteers.person(keyHash: "first", now: sent).person == people[3].id)
            try await volunteers.addKey(
                hash: "second", person: people[3].id, in: fixture.programme.id, now: sent.addingTimeInterval(60),
                mail: mail)
            let replaced = await caught { _ = try await volunteers.person(keyHash: "first", now: sent) }
            #expect(replaced as? DomainError != nil)
            // Another person's link is untouched by it.
            #expect(try await volunteers.person(keyHash: "other", now: sent).person == people[2].id)
            let lastDay = sent.addingTimeInterval(VolunteerLink.lifetime - 1)
            #expect(try await volunteers.person(keyHash: "second", now: lastDay).person == people[3].id)
            let expired = await caught {
                _ = try await volunteers.person(
                    keyHash: "second", now: sent.addingTimeInterval(VolunteerLink.lifetime + 60))
            }
            #expect(expired as? DomainError != nil)
        }
    }
}
