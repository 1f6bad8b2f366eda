import Domain
import Foundation

/// Dates, numbers, money and lists as the request's language writes them (Foundation's `FormatStyle`). Machine
/// formats — iCalendar, CSV, JSON, feeds — never come here: they stay ISO and locale-free.
extension Localizer {
    private static let utc = TimeZone(identifier: "UTC")!

    private func style(_ zone: TimeZone) -> Date.FormatStyle {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return Date.FormatStyle(locale: locale, calendar: calendar, timeZone: zone)
    }

    /// "24 June 1959" / "1959年6月24日", "June 1959" / "1959年6月", "1959" / "1959年": never more precise than
    /// what is known.
    func date(_ date: PartialDate) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Self.utc
        guard
            let day = calendar.date(
                from: DateComponents(year: date.year, month: date.month ?? 1, day: date.day ?? 1, hour: 12))
        else { return date.description }
        let style = style(Self.utc)
        switch date.precision {
        case .day: return day.formatted(style.day().month(.wide).year())
        case .month: return day.formatted(style.month(.wide).year())
        case .year: return day.formatted(style.year())
        }
    }

    /// "around April 2019" / "2019年4月頃", or with a part of the month "late April 2019" / "2019年4月下旬".
    func approximateDate(_ date: PartialDate, part: EventSchedule.MonthPart?) -> String {
        let written = self.date(date)
        guard let part else { return self("date.around", ["date": written]) }
        return self("date.part.\(part.rawValue)", ["date": written])
    }

    /// The calendar day of a moment in `zone` (UTC unless given): "12 April 2019" / "2019年4月12日".
    func day(_ moment: Date, in zone: TimeZone? = nil) -> String {
        moment.formatted(style(zone ?? Self.utc).day().month(.wide).year())
    }

    /// A moment with its time in `zone` and the zone's name: "29 November 2026, 17:30 UTC".
    func timestamp(_ moment: Date, in zone: TimeZone? = nil) -> String {
        let zone = zone ?? Self.utc
        let day = moment.formatted(style(zone).day().month(.wide).year())
        let time = moment.formatted(style(zone).hour(.twoDigits(amPM: .omitted)).minute(.twoDigits))
        return self("date.timestamp", ["day": day, "time": time, "zone": zoneName(zone, at: moment)])
    }

    /// The time of day of a moment in `zone`: "17:30".
    func time(_ moment: Date, in zone: TimeZone) -> String {
        moment.formatted(style(zone).hour(.twoDigits(amPM: .omitted)).minute(.twoDigits))
    }

    /// "UTC", "EDT", "JST": the zone as readers of this language know it at that moment.
    func zoneName(_ zone: TimeZone, at moment: Date) -> String {
        zone.identifier == "UTC" ? "UTC" : zone.abbreviation(for: moment) ?? zone.identifier
    }

    /// "1,463,723" / "1,463,723" / "1 463 723".
    func number(_ number: Int) -> String {
        number.formatted(.number.locale(locale))
    }

    /// "$1,500.00" / "¥150,000": exact (a `Decimal` of the minor units), in the amount's own currency.
    func money(_ money: Money) -> String {
        let places = money.currency.minorUnits
        let amount = Decimal(money.minorUnits) / pow(Decimal(10), places)
        return amount.formatted(
            .currency(code: money.currency.code).locale(locale).precision(.fractionLength(places)))
    }

    /// "Boston, Kyoto and Strasbourg" / "Boston、Kyoto、Strasbourg".
    func list(_ items: [String]) -> String {
        items.formatted(.list(type: .and).locale(locale))
    }

    /// The name of a country (ISO 3166-1 alpha-2) in this language, or nil when Foundation has none.
    func countryName(_ code: String) -> String? {
        locale.localizedString(forRegionCode: code)
    }

    /// The name of a language in itself ("日本語" for ja), for the language switcher.
    static func autonym(_ tag: String) -> String {
        let locale = Locale(identifier: tag)
        return locale.localizedString(forIdentifier: tag) ?? tag
    }

    /// "45 seconds", "12 minutes": how long to wait before trying again.
    func waitTime(_ seconds: Int) -> String {
        if seconds < 90 { return self("duration.seconds", count: seconds) }
        return self("duration.minutes", count: (seconds + 59) / 60)
    }
}

extension Localizer {
    /// A field's problem as a form shows it: a common rule in this language, any other in the domain's words.
    func issue(_ issue: FieldIssue) -> String {
        switch issue.rule {
        case .required: self("validation.required")
        case .tooLong(let max): self("validation.tooLong", ["max": number(max)])
        case .noNUL: self("validation.noNUL")
        case .oneLine: self("validation.oneLine")
        case .email: self("validation.email")
        case .webURL: self("validation.webURL")
        case nil: issue.message
        }
    }
}
