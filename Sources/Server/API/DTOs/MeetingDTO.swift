import Domain
import Foundation

/// The joint-meeting planner's answer.
struct MeetingPlanDTO: Encodable, Sendable {
    struct City: Encodable, Sendable {
        var id: String
        var name: String
        var timeZone: String
        /// The city's offset from UTC at the start of the day: "-04:00".
        var utcOffset: String
    }

    struct Local: Encodable, Sendable {
        var cityId: String
        var start: String
        var end: String
        var minutesOutsideWorkingHours: Int
    }

    struct Slot: Encodable, Sendable {
        var start: String
        var end: String
        var minutes: Int
        var minutesOutsideWorkingHours: Int
        var local: [Local]
    }

    var date: String
    var referenceCityId: String
    var workingHours: [String: String]
    var durationMinutes: Int
    var cities: [City]
    var overlaps: [Slot]
    /// Only when there is no overlap: the least-bad slots.
    var proposals: [Slot]?

    init(_ planner: MeetingPlanner) {
        date = planner.date.description
        referenceCityId = planner.cities[0].id.lowercasedString
        workingHours = ["start": planner.workStart.description, "end": planner.workEnd.description]
        durationMinutes = planner.durationMinutes
        let start = planner.day.start
        cities = planner.cities.map {
            City(
                id: $0.id.lowercasedString, name: $0.name, timeZone: $0.timeZone.identifier,
                utcOffset: Self.offset($0.timeZone.secondsFromGMT(for: start)))
        }
        let slot = { (slot: MeetingSlot) in Self.slot(slot, planner.cities) }
        overlaps = planner.overlaps().map(slot)
        proposals = overlaps.isEmpty ? planner.leastBadSlots().map(slot) : nil
    }

    static func slot(_ slot: MeetingSlot, _ cities: [MeetingCity]) -> Slot {
        Slot(
            start: Timestamp.format(slot.start), end: Timestamp.format(slot.end), minutes: slot.minutes,
            minutesOutsideWorkingHours: slot.totalMinutesOutside,
            local: zip(cities, slot.minutesOutside).map { city, outside in
                Local(
                    cityId: city.id.lowercasedString, start: local(slot.start, city.timeZone),
                    end: local(slot.end, city.timeZone), minutesOutsideWorkingHours: outside)
            })
    }

    /// RFC 3339 with the city's own offset: "2019-04-15T09:00:00-04:00".
    static func local(_ date: Date, _ zone: TimeZone) -> String {
        let seconds = zone.secondsFromGMT(for: date)
        let shifted = date.addingTimeInterval(Double(seconds))
        return String(Timestamp.format(shifted).dropLast()) + offset(seconds)
    }

    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        let h = minutes / 60
        let m = minutes % 60
        return sign + (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}
