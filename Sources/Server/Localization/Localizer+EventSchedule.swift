import Domain
import Foundation

/// When an event happens, as the reader's language writes it, in the venue's zone.
extension Localizer {
    /// "Fri 12 April 2019, 10:00–11:30 (Eastern Time)" / "2019年4月12日（金） 10:00～11:30（アメリカ東部時間）": the
    /// venue's zone by the name its readers know, "27–28 April 2019" / "2019年4月27日～28日",
    /// "around April 2019" / "2019年4月頃".
    func eventSchedule(_ schedule: EventSchedule, zone: TimeZone?) -> String {
        switch schedule {
        case .timed(let start, let end):
            let zone = zone ?? TimeZone(identifier: "UTC")!
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            func day(_ moment: Date) -> String {
                let weekday = moment.formatted(
                    Date.FormatStyle(locale: locale, calendar: calendar, timeZone: zone).weekday(.abbreviated))
                return self("events.when.day", ["weekday": weekday, "date": self.day(moment, in: zone)])
            }
            let values = [
                "start": time(start, in: zone), "end": time(end, in: zone),
                "zone": zone.localizedName(for: .generic, locale: locale) ?? zone.identifier,
            ]
            if calendar.isDate(start, inSameDayAs: end) {
                return self("events.when.sameDay", values.merging(["day": day(start)]) { $1 })
            }
            return self("events.when.span", values.merging(["startDay": day(start), "endDay": day(end)]) { $1 })
        case .allDay(let first, let last):
            if first == last { return date(first) }
            if first.year == last.year, first.month == last.month,
                let month = PartialDate(
                    year: last.year, month: last.month)
            {
                return self(
                    "events.when.days",
                    ["first": number(first.day ?? 1), "last": number(last.day ?? 1), "month": date(month)])
            }
            return self("events.when.range", ["first": date(first), "last": date(last)])
        case .approximate(let date, let part):
            return approximateDate(date, part: part)
        }
    }
}
