import Domain
import Foundation

/// Milestones as an RFC 5545 iCalendar feed: one all-day event for each anniversary, one for the day planning
/// starts.
enum MilestoneCalendar {
    static func ics(programme: Programme, milestones: [Milestone], now: Date) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sister Cities//Milestones//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + escape("\(programme.name): milestones"),
        ]
        let stamp = timestamp(now)
        for milestone in milestones {
            let partnership = milestone.partnership
            let title = "\(partnership.homeCity.name) – \(partnership.partnerCity.name)"
            let what = "\(Anniversaries.ordinal(milestone.anniversary.number)) anniversary (\(names(milestone)))"
            let (start, end) = span(milestone.anniversary.date)
            lines += event(
                uid: "\(partnership.id.lowercasedString)-\(milestone.anniversary.number)@sistercities", stamp: stamp,
                start: start, end: end, summary: "\(title): \(what)",
                description:
                    "Established \(partnership.established?.description ?? "unknown"); the date is known to the "
                    + "\(milestone.anniversary.date.precision.rawValue). Planning starts \(milestone.planningStarts).")
            let (planStart, planEnd) = span(milestone.planningStarts)
            lines += event(
                uid: "\(partnership.id.lowercasedString)-\(milestone.anniversary.number)-planning@sistercities",
                stamp: stamp, start: planStart, end: planEnd, summary: "Start planning: \(title) \(what)",
                description: "The \(what) falls on \(milestone.anniversary.date).")
        }
        lines.append("END:VCALENDAR")
        return lines.flatMap(fold).joined(separator: "\r\n") + "\r\n"
    }

    private static func event(
        uid: String, stamp: String, start: String, end: String, summary: String, description: String
    )
        -> [String]
    {
        [
            "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp, "DTSTART;VALUE=DATE:" + start, "DTEND;VALUE=DATE:" + end,
            "SUMMARY:" + escape(summary), "DESCRIPTION:" + escape(description), "TRANSP:TRANSPARENT", "END:VEVENT",
        ]
    }

    /// The whole span a partial date means: a day, a month or a year (DTEND is exclusive).
    static func span(_ date: PartialDate) -> (String, String) {
        func text(_ year: Int, _ month: Int, _ day: Int) -> String {
            String(format: "%04d%02d%02d", year, month, day)
        }
        switch (date.month, date.day) {
        case (let month?, let day?):
            let days = PartialDate.daysIn(month: month, year: date.year)
            let next =
                day < days
                ? (date.year, month, day + 1) : month < 12 ? (date.year, month + 1, 1) : (date.year + 1, 1, 1)
            return (text(date.year, month, day), text(next.0, next.1, next.2))
        case (let month?, nil):
            return (text(date.year, month, 1), month < 12 ? text(date.year, month + 1, 1) : text(date.year + 1, 1, 1))
        default:
            return (text(date.year, 1, 1), text(date.year + 1, 1, 1))
        }
    }

    static func names(_ milestone: Milestone) -> String {
        milestone.anniversary.names.map { name in name.native.map { "\(name.name) \($0)" } ?? name.name }
            .joined(separator: ", ")
    }

    /// RFC 5545 TEXT: backslash, semicolon, comma and newline escaped.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }

    /// Lines of at most 75 octets, continued with a leading space, never splitting a character.
    static func fold(_ line: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = lines.isEmpty ? 75 : 74
            if octets + size > limit {
                lines.append(lines.isEmpty ? current : " " + current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        lines.append(lines.isEmpty ? current : " " + current)
        return lines
    }
}
