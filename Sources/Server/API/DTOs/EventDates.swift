import Domain
import Foundation

/// Reading and writing an event's dates and times.
enum EventDates {
    /// The schedule from the API's `start`/`end`, naming each bad field.
    static func schedule(
        start: String, end: String?, allDay: Bool, approximate: Bool, part: String?, zone: TimeZone?,
        into issues: inout [FieldIssue]
    ) -> EventSchedule? {
        if approximate {
            guard let date = PartialDate(start.trimmingWhitespace) else {
                issues.append(FieldIssue(field: "start", message: "must be a date written YYYY, YYYY-MM or YYYY-MM-DD"))
                return nil
            }
            let monthPart = InputIssues.choice(
                part, "approximatePart", default: EventSchedule.MonthPart?.none, into: &issues)
            if part != nil, monthPart == nil { return nil }
            return .approximate(date, part: monthPart)
        }
        if allDay {
            let first = PartialDate(start.trimmingWhitespace)
            let last: PartialDate? = end.map { PartialDate($0.trimmingWhitespace) } ?? first
            if first?.precision != .day {
                issues.append(FieldIssue(field: "start", rule: .day))
            }
            if last?.precision != .day {
                issues.append(FieldIssue(field: "end", rule: .day))
            }
            guard let first, let last, first.precision == .day, last.precision == .day else { return nil }
            return .allDay(first: first, last: last)
        }
        let from = instant(start, zone: zone, field: "start", into: &issues)
        guard let end else {
            issues.append(FieldIssue(field: "end", rule: .endNeeded))
            return nil
        }
        let to = instant(end, zone: zone, field: "end", into: &issues)
        guard let from, let to else { return nil }
        return .timed(start: from, end: to)
    }

    /// RFC 3339 with an offset, or a local `YYYY-MM-DDTHH:MM` read in the venue's zone (daylight saving
    /// included). A local time that the clocks skip is refused, not moved.
    static func instant(_ text: String, zone: TimeZone?, field: String, into issues: inout [FieldIssue]) -> Date? {
        let trimmed = text.trimmingWhitespace
        if let date = Timestamp.parse(trimmed), trimmed.count > 10 { return date }
        let pattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/
        guard let match = trimmed.wholeMatch(of: pattern) else {
            issues.append(
                FieldIssue(field: field, rule: .dateTime))
            return nil
        }
        guard let zone else {
            issues.append(FieldIssue(field: "timeZone", rule: .localTimeNeedsZone))
            return nil
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = DateComponents(
            year: Int(match.1), month: Int(match.2), day: Int(match.3), hour: Int(match.4), minute: Int(match.5),
            second: match.6.flatMap { Int($0) } ?? 0)
        guard let date = calendar.date(from: parts),
            calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
                == DateComponents(
                    year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute)
        else {
            issues.append(
                FieldIssue(
                    field: field, message: "is not a time that exists in \(zone.identifier) (the clocks skip it)"))
            return nil
        }
        return date
    }

    /// "Fri 12 April 2019, 10:00–11:30 (America/New_York)", "27–28 April 2019", "late April 2019".
    static func describe(_ schedule: EventSchedule, zone: TimeZone?) -> String {
        switch schedule {
        case .timed(let start, let end):
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone ?? TimeZone(identifier: "UTC")!
            let a = calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute], from: start)
            let b = calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute], from: end)
            func day(_ c: DateComponents) -> String {
                let weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][(c.weekday ?? 1) - 1]
                return "\(weekday) \(c.day ?? 1) \(Format.monthName(c.month ?? 1)) \(c.year ?? 1970)"
            }
            func clock(_ c: DateComponents) -> String { String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0) }
            let place = "(\((zone ?? TimeZone(identifier: "UTC")!).identifier) time)"
            if a.year == b.year, a.month == b.month, a.day == b.day {
                return "\(day(a)), \(clock(a))–\(clock(b)) \(place)"
            }
            return "\(day(a)), \(clock(a)) – \(day(b)), \(clock(b)) \(place)"
        case .allDay(let first, let last):
            if first == last { return Format.date(first) }
            if first.year == last.year, first.month == last.month {
                return "\(first.day ?? 1)–\(last.day ?? 1) \(Format.monthName(last.month ?? 1)) \(last.year)"
            }
            return "\(Format.date(first)) – \(Format.date(last))"
        case .approximate(let date, let part):
            let text = Format.date(date)
            guard let part else { return "around \(text)" }
            let word = part == .mid ? "mid-" : "\(part.rawValue) "
            return word + text
        }
    }
}
