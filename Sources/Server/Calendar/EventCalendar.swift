import Domain
import Foundation

/// Events as an RFC 5545 iCalendar feed. Times are UTC; all-day events are DATE values; an event known only
/// approximately spans its whole period and is TENTATIVE.
enum EventCalendar {
    static func ics(name: String, events: [Event], base: String) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sister Cities//Events//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + ICalendar.escape(name),
        ]
        for event in events {
            let d = event.draft
            let stamp = ICalendar.timestamp(event.updatedAt)
            lines += [
                "BEGIN:VEVENT", "UID:\(event.id.lowercasedString)@sistercities", "DTSTAMP:" + stamp,
                "LAST-MODIFIED:" + stamp, "SEQUENCE:\(event.sequence)",
            ]
            var status = "CONFIRMED"
            var note: String?
            switch d.schedule {
            case .timed(let start, let end):
                lines += ["DTSTART:" + ICalendar.timestamp(start), "DTEND:" + ICalendar.timestamp(end)]
            case .allDay(let first, let last):
                lines += [
                    "DTSTART;VALUE=DATE:" + ICalendar.span(first).0, "DTEND;VALUE=DATE:" + ICalendar.span(last).1,
                ]
            case .approximate(let date, _):
                let (start, end) = ICalendar.span(date)
                lines += ["DTSTART;VALUE=DATE:" + start, "DTEND;VALUE=DATE:" + end]
                status = "TENTATIVE"
                note = "Date approximate: \(EventDates.describe(d.schedule, zone: d.zone))."
            }
            lines.append("SUMMARY:" + ICalendar.escape(d.title))
            let description = [d.description, note].compactMap { $0 }.joined(separator: "\n\n")
            if !description.isEmpty { lines.append("DESCRIPTION:" + ICalendar.escape(description)) }
            if let venue = d.venue {
                lines.append(
                    "LOCATION:"
                        + ICalendar.escape([venue.name, venue.address].compactMap { $0 }.joined(separator: ", ")))
                if let c = venue.coordinate { lines.append("GEO:\(c.latitude);\(c.longitude)") }
            }
            lines += [
                "CATEGORIES:" + ICalendar.escape(d.kind.label), "STATUS:" + status,
                "URL:" + base + SiteURL.event(event.id).path, "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.flatMap(ICalendar.fold).joined(separator: "\r\n") + "\r\n"
    }
}
