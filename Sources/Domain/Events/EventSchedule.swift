import Foundation

/// When an event happens, as precisely as the record knows it.
public enum EventSchedule: Sendable, Hashable {
    /// Start and end instants; shown in the venue's time zone.
    case timed(start: Date, end: Date)
    /// Whole days, first to last inclusive, in the venue's calendar: "27–28 April 2019".
    case allDay(first: PartialDate, last: PartialDate)
    /// Known only roughly: "April 2019", or with a part of the month, "late April 2019".
    case approximate(PartialDate, part: MonthPart?)

    /// Early, mid or late in a month, for a date the record gives no more precisely.
    public enum MonthPart: String, Sendable, CaseIterable {
        case early, mid, late
    }

    /// The first instant the event may take, for sorting and for "upcoming": a timed event's start, an all-day
    /// or approximate one's first possible day at midnight in `timeZone` (UTC when there is none).
    public func sortKey(in timeZone: TimeZone?) -> Date {
        switch self {
        case .timed(let start, _): return start
        case .allDay(let first, _): return Self.midnight(of: first, in: timeZone)
        case .approximate(let date, let part):
            var day = date
            if let month = date.month, date.day == nil, let part {
                day = PartialDate(year: date.year, month: month, day: part == .early ? 1 : part == .mid ? 11 : 21)!
            }
            return Self.midnight(of: day, in: timeZone)
        }
    }

    /// The last instant of the event, for deciding whether it is past.
    public func endKey(in timeZone: TimeZone?) -> Date {
        switch self {
        case .timed(_, let end): return end
        case .allDay(_, let last): return Self.midnight(of: last, in: timeZone).addingTimeInterval(86_400)
        case .approximate(let date, _):
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone ?? TimeZone(identifier: "UTC")!
            let start = Self.midnight(of: date, in: timeZone)
            let unit: Calendar.Component = date.day != nil ? .day : date.month != nil ? .month : .year
            return calendar.date(byAdding: unit, value: 1, to: start)!
        }
    }

    static func midnight(of date: PartialDate, in timeZone: TimeZone?) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone ?? TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: date.year, month: date.month ?? 1, day: date.day ?? 1))!
    }
}

extension EventDraft {
    /// The (first) day of the event in its venue's calendar, as precisely as it is known.
    public var day: PartialDate {
        switch schedule {
        case .timed(let start, _):
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone ?? TimeZone(identifier: "UTC")!
            let parts = calendar.dateComponents([.year, .month, .day], from: start)
            return PartialDate(year: parts.year!, month: parts.month, day: parts.day)!
        case .allDay(let first, _): return first
        case .approximate(let date, _): return date
        }
    }
}
