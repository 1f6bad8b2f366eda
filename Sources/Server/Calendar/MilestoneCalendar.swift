import Domain
import Foundation

/// Milestones as an RFC 5545 iCalendar feed: one all-day event for each anniversary, one for the day planning
/// starts.
enum MilestoneCalendar {
    static func ics(programme: Programme, milestones: [Milestone], now: Date) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sister Cities//Milestones//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + ICalendar.escape("\(programme.name): milestones"),
        ]
        let stamp = ICalendar.timestamp(now)
        for milestone in milestones {
            let partnership = milestone.partnership
            let title = partnership.pairName
            let what = "\(Anniversaries.ordinal(milestone.anniversary.number)) anniversary (\(names(milestone)))"
            let (start, end) = ICalendar.span(milestone.anniversary.date)
            lines += event(
                uid: "\(partnership.id.lowercasedString)-\(milestone.anniversary.number)@sistercities", stamp: stamp,
                start: start, end: end, summary: "\(title): \(what)",
                description:
                    "Established \(partnership.established?.description ?? "unknown"); the date is known to the "
                    + "\(milestone.anniversary.date.precision.rawValue). Planning starts \(milestone.planningStarts).")
            let (planStart, planEnd) = ICalendar.span(milestone.planningStarts)
            lines += event(
                uid: "\(partnership.id.lowercasedString)-\(milestone.anniversary.number)-planning@sistercities",
                stamp: stamp, start: planStart, end: planEnd, summary: "Start planning: \(title) \(what)",
                description: "The \(what) falls on \(milestone.anniversary.date).")
        }
        lines.append("END:VCALENDAR")
        return lines.flatMap(ICalendar.fold).joined(separator: "\r\n") + "\r\n"
    }

    private static func event(
        uid: String, stamp: String, start: String, end: String, summary: String, description: String
    )
        -> [String]
    {
        [
            "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp, "DTSTART;VALUE=DATE:" + start, "DTEND;VALUE=DATE:" + end,
            "SUMMARY:" + ICalendar.escape(summary), "DESCRIPTION:" + ICalendar.escape(description),
            "TRANSP:TRANSPARENT", "END:VEVENT",
        ]
    }

    static func names(_ milestone: Milestone) -> String {
        milestone.anniversary.names.map { name in name.native.map { "\(name.name) \($0)" } ?? name.name }
            .joined(separator: ", ")
    }
}
