import Domain
import Foundation

/// The parts of RFC 5545 every feed of the site writes the same way.
enum ICalendar {
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

    /// RFC 5545 TEXT: backslash, semicolon, comma and newline escaped.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
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
