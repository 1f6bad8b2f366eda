import Domain
import Foundation
import Testing

@Suite struct MeetingPlannerTests {
    let boston = MeetingCity(id: UUID(), name: "Boston", timeZone: TimeZone(identifier: "America/New_York")!)
    let kyoto = MeetingCity(id: UUID(), name: "Kyoto", timeZone: TimeZone(identifier: "Asia/Tokyo")!)
    let strasbourg = MeetingCity(id: UUID(), name: "Strasbourg", timeZone: TimeZone(identifier: "Europe/Paris")!)

    func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    func planner(_ cities: [MeetingCity], _ day: String) -> MeetingPlanner {
        MeetingPlanner(cities: cities, date: PartialDate(day)!)
    }

    // Boston is UTC−4 in summer time, Strasbourg UTC+2: 09:00–18:00 is 13:00–22:00Z and 07:00–16:00Z.
    @Test func bostonAndStrasbourgOverlapThreeHoursInSummer() {
        let slots = planner([boston, strasbourg], "2019-04-15").overlaps()
        #expect(slots.map(\.start) == [utc("2019-04-15T13:00:00Z")])
        #expect(slots.map(\.end) == [utc("2019-04-15T16:00:00Z")])
    }

    // Between 10 March (US summer time starts) and 31 March 2019 (EU summer time starts) Boston is UTC−4 but
    // Strasbourg still UTC+1 (tz database): the overlap grows to four hours, 13:00–17:00Z.
    @Test func theOverlapFollowsEachCitysDaylightSavingRules() {
        let slots = planner([boston, strasbourg], "2019-03-15").overlaps()
        #expect(slots.map(\.start) == [utc("2019-03-15T13:00:00Z")])
        #expect(slots.map(\.end) == [utc("2019-03-15T17:00:00Z")])
        // In winter, both standard: Boston UTC−5 (14:00–23:00Z), Strasbourg UTC+1 (08:00–17:00Z).
        #expect(planner([boston, strasbourg], "2019-01-15").overlaps().map(\.minutes) == [180])
    }

    @Test func theDayOfAChangeHas23Hours() {
        let day = planner([boston, strasbourg], "2019-03-10").day
        #expect(day.end.timeIntervalSince(day.start) == 23 * 3600)
        #expect(day.start == utc("2019-03-10T05:00:00Z"))
    }

    // Boston 09:00–18:00 EDT is 22:00–07:00 the next day in Kyoto (UTC+9, no summer time): never both working.
    @Test func bostonAndKyotoNeverOverlapSoTheLeastBadSlotsAreProposed() {
        let plan = planner([boston, kyoto], "2019-04-15")
        #expect(plan.overlaps().isEmpty)
        let slots = plan.leastBadSlots()
        #expect(slots.count == 3)
        // Boston's evening, Kyoto's early morning: three hours outside in all, whichever way it is split.
        #expect(slots.map(\.totalMinutesOutside) == [180, 180, 180])
        #expect(slots.first?.start == utc("2019-04-15T21:00:00Z"))
        #expect(slots.first?.minutesOutside == [0, 180])
        for (a, b) in zip(slots, slots.dropFirst()) { #expect(a.end <= b.start) }
    }

    @Test func clockTimes() {
        #expect(ClockTime("09:30")?.minutes == 570)
        #expect(ClockTime("24:00")?.minutes == 1440)
        #expect(ClockTime("24:01") == nil)
        #expect(ClockTime("9:30") == nil)
        #expect(ClockTime("ab:cd") == nil)
        #expect(ClockTime("07:05")?.description == "07:05")
    }
}
