import Domain
import Foundation
import Storage
import TestSupport
import Testing

@Suite struct EventRepositoryTests {
    func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test(arguments: TestDatabase.all)
    func upcomingAndPastEventsOfAPartnership(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let events = FluentEventRepository(store: store)
            let id = fixture.programme.id
            let kyoto = try await fixture.partner(try await fixture.city("Kyoto", "JP"))
            let now = utc("2026-11-29T12:00:00Z")
            let forum = try await events.create(
                EventDraft(
                    title: "Forum", kind: .forum,
                    schedule: .timed(start: utc("2027-04-12T14:00:00Z"), end: utc("2027-04-12T16:00:00Z")),
                    timeZone: "America/New_York", partnershipIDs: [kyoto.id]), in: id, by: .system("test"))
            _ = try await events.create(
                EventDraft(
                    title: "Festival", kind: .festival,
                    schedule: .allDay(first: PartialDate("2019-04-27")!, last: PartialDate("2019-04-28")!),
                    timeZone: "America/New_York", partnershipIDs: [kyoto.id]), in: id, by: .system("test"))
            _ = try await events.create(
                EventDraft(
                    title: "Board meeting", kind: .meeting, schedule: .approximate(PartialDate("2026-12")!, part: .mid),
                    isPublic: false), in: id, by: .system("test"))
            _ = try await events.create(
                EventDraft(
                    title: "Signing", kind: .signing, schedule: .approximate(PartialDate("2019-04")!, part: nil)),
                in: id, by: .system("test"))

            func titles(_ query: EventQuery) async throws -> [String] {
                try await events.list(in: id, query).items.map(\.draft.title)
            }
            #expect(try await titles(EventQuery(when: .upcoming(at: now))) == ["Forum"])
            #expect(
                try await titles(EventQuery(when: .upcoming(at: now), includeInternal: true)) == [
                    "Board meeting", "Forum",
                ])
            #expect(try await titles(EventQuery(when: .past(at: now))) == ["Festival", "Signing"])
            #expect(try await titles(EventQuery(partnershipID: kyoto.id)) == ["Forum", "Festival"])

            // Every change raises the sequence calendars see.
            var draft = forum.draft
            draft.title = "Life-sciences forum"
            let changed = try await events.update(forum.id, with: draft, in: id, by: .system("test"))
            #expect(changed.sequence == forum.sequence + 1)
            let read = try await events.find(forum.id, in: id)
            #expect(read.draft.schedule == .timed(start: utc("2027-04-12T14:00:00Z"), end: utc("2027-04-12T16:00:00Z")))

            try await events.delete(forum.id, in: id, by: .system("test"))
            let entry = try #require(try await fixture.audit.history(of: .event, id: forum.id, in: id).first)
            try await fixture.audit.restore(entry, in: id, by: .system("test"))
            #expect(try await events.find(forum.id, in: id).draft.title == "Life-sciences forum")
        }
    }
}
