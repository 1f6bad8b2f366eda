import Foundation

/// A time of day, to the minute: "09:00".
public struct ClockTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let minutes: Int

    public init?(hour: Int, minute: Int) {
        guard (0...24).contains(hour), (0...59).contains(minute), hour * 60 + minute <= 24 * 60 else { return nil }
        minutes = hour * 60 + minute
    }

    /// Parses "HH:MM" (24-hour; "24:00" is the end of the day).
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
            let hour = Int(parts[0]), let minute = Int(parts[1])
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public var description: String {
        let h = minutes / 60
        let m = minutes % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }

    public static func < (a: ClockTime, b: ClockTime) -> Bool { a.minutes < b.minutes }
}

/// A city taking part in a meeting: its name and IANA time zone.
public struct MeetingCity: Sendable, Hashable {
    public var id: UUID
    public var name: String
    public var timeZone: TimeZone

    public init(id: UUID, name: String, timeZone: TimeZone) {
        self.id = id
        self.name = name
        self.timeZone = timeZone
    }
}

/// A span of time, UTC, with how far it reaches outside working hours in each city.
public struct MeetingSlot: Sendable, Hashable {
    public var start: Date
    public var end: Date
    /// Per city, in the order the cities were given: how many minutes before working hours the slot starts
    /// plus how many minutes after them it ends (0 within working hours).
    public var minutesOutside: [Int]

    public var minutes: Int { Int(end.timeIntervalSince(start) / 60) }
    public var totalMinutesOutside: Int { minutesOutside.reduce(0, +) }
}

/// When can several cities meet? Working hours are local; each city's daylight-saving rules for the day count.
public struct MeetingPlanner: Sendable {
    public var cities: [MeetingCity]
    /// The day, in the first city's calendar: the meeting happens on this date there.
    public var date: PartialDate
    public var workStart: ClockTime
    public var workEnd: ClockTime
    /// The length of a proposed slot when no time suits everyone.
    public var durationMinutes: Int

    public init(
        cities: [MeetingCity], date: PartialDate, workStart: ClockTime = ClockTime(hour: 9, minute: 0)!,
        workEnd: ClockTime = ClockTime(hour: 18, minute: 0)!, durationMinutes: Int = 60
    ) {
        self.cities = cities
        self.date = date
        self.workStart = workStart
        self.workEnd = workEnd
        self.durationMinutes = durationMinutes
    }

    /// The first city's day, as UTC instants: 23, 24 or 25 hours long.
    public var day: (start: Date, end: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = cities[0].timeZone
        let start = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day))!
        let end = calendar.date(byAdding: .day, value: 1, to: start)!
        return (start, end)
    }

    /// How far a slot starting at `start` reaches outside `city`'s working hours: the least, over the working
    /// days before, of and after its local date, of the minutes it starts early plus the minutes it ends late.
    func reach(from start: Date, in city: MeetingCity) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = city.timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: start)
        let s = (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
        let e = s + durationMinutes
        return (-1...1).map { day in
            let open = workStart.minutes + day * 24 * 60
            let close = workEnd.minutes + day * 24 * 60
            return max(0, open - s) + max(0, e - close)
        }.min()!
    }

    /// Whether `instant` is within working hours in `city`.
    func isWorking(_ instant: Date, in city: MeetingCity) -> Bool {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = city.timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        let minute = (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
        return workStart.minutes <= minute && minute < workEnd.minutes
    }

    /// Every minute of the first city's day, with whether each city is working then.
    private func minutes() -> [(instant: Date, working: [Bool])] {
        let (start, end) = day
        let count = Int(end.timeIntervalSince(start) / 60)
        return (0..<count).map { offset in
            let instant = start.addingTimeInterval(Double(offset) * 60)
            return (instant, cities.map { isWorking(instant, in: $0) })
        }
    }

    /// The longest spans of the day when every city is within working hours.
    public func overlaps() -> [MeetingSlot] {
        var slots: [MeetingSlot] = []
        var open: Date?
        let all = minutes()
        for (instant, working) in all {
            let everyone = working.allSatisfy { $0 }
            if everyone, open == nil { open = instant }
            if !everyone, let start = open {
                slots.append(MeetingSlot(start: start, end: instant, minutesOutside: cities.map { _ in 0 }))
                open = nil
            }
        }
        if let start = open {
            slots.append(MeetingSlot(start: start, end: day.end, minutesOutside: cities.map { _ in 0 }))
        }
        return slots
    }

    /// The `count` slots of ``durationMinutes`` that reach least outside working hours, summed over the
    /// cities: a meeting at 08:00–09:00 costs 60 minutes where one at 03:00–04:00 costs 300 (five hours after
    /// the end of the day before). Slots start on the quarter hour, do not overlap, and the earliest wins a tie.
    public func leastBadSlots(count: Int = 3) -> [MeetingSlot] {
        let (dayStart, dayEnd) = day
        let length = Double(durationMinutes) * 60
        var candidates: [MeetingSlot] = []
        var start = dayStart
        while start.addingTimeInterval(length) <= dayEnd {
            candidates.append(
                MeetingSlot(
                    start: start, end: start.addingTimeInterval(length),
                    minutesOutside: cities.map { reach(from: start, in: $0) }))
            start = start.addingTimeInterval(15 * 60)
        }
        var chosen: [MeetingSlot] = []
        for slot in candidates.sorted(by: { ($0.totalMinutesOutside, $0.start) < ($1.totalMinutesOutside, $1.start) }) {
            guard chosen.count < count else { break }
            if chosen.allSatisfy({ slot.end <= $0.start || $0.end <= slot.start }) { chosen.append(slot) }
        }
        return chosen.sorted { $0.start < $1.start }
    }
}
