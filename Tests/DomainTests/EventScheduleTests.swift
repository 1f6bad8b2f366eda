import Domain
import Foundation
import Testing

@Suite struct EventScheduleTests {
    let boston = TimeZone(identifier: "America/New_York")!

    func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func allDayEventsRunFromTheFirstMidnightToTheLastInTheVenuesZone() {
        let festival = EventSchedule.allDay(
            first: PartialDate(year: 2019, month: 4, day: 27)!, last: PartialDate(year: 2019, month: 4, day: 28)!)
        #expect(festival.sortKey(in: boston) == utc("2019-04-27T04:00:00Z"))
        #expect(festival.endKey(in: boston) == utc("2019-04-29T04:00:00Z"))
    }

    @Test func approximateDatesCoverTheirWholePeriod() {
        let april = EventSchedule.approximate(PartialDate(year: 2019, month: 4)!, part: nil)
        #expect(april.sortKey(in: nil) == utc("2019-04-01T00:00:00Z"))
        #expect(april.endKey(in: nil) == utc("2019-05-01T00:00:00Z"))
        let late = EventSchedule.approximate(PartialDate(year: 2019, month: 4)!, part: .late)
        #expect(late.sortKey(in: nil) == utc("2019-04-21T00:00:00Z"))
        let year = EventSchedule.approximate(PartialDate(year: 1979)!, part: nil)
        #expect(year.endKey(in: nil) == utc("1980-01-01T00:00:00Z"))
    }

    @Test func draftsNameEveryBadField() {
        let partnership = UUID()
        let draft = EventDraft(
            title: " ", translations: Translations(["not a tag!": ["description": "A forum"]]),
            kind: .forum,
            schedule: .timed(start: utc("2019-04-12T14:00:00Z"), end: utc("2019-04-12T13:00:00Z")),
            timeZone: "Mars/Olympus", venue: Venue(name: ""), hostIDs: [UUID()], partnershipIDs: [partnership],
            capacity: 0)
        do {
            _ = try draft.validated(partnerships: [], organisations: [])
            Issue.record("an invalid event was accepted")
        } catch {
            guard case .invalid(let issues) = error else { return }
            #expect(
                Set(issues.map(\.field)) == [
                    "title", "translations.not a tag!", "translations.not a tag!.title", "timeZone", "end",
                    "venue.name", "partnershipIds[0]", "hostIds[0]", "capacity",
                ])
        }
        let timedWithoutZone = EventDraft(
            title: "Forum", kind: .forum,
            schedule: .timed(start: utc("2019-04-12T14:00:00Z"), end: utc("2019-04-12T15:00:00Z")))
        #expect(throws: DomainError.self) { try timedWithoutZone.validated(partnerships: [], organisations: []) }
        let partOfAYear = EventDraft(
            title: "Visit", kind: .visit, schedule: .approximate(PartialDate(year: 1979)!, part: .late))
        #expect(throws: DomainError.self) { try partOfAYear.validated(partnerships: [], organisations: []) }
    }
}
