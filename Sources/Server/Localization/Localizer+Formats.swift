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
    /// A field's problem as a form shows it: the rule broken in this language; an issue without a rule is one
    /// the server's own pages wrote, already in this language.
    func issue(_ issue: FieldIssue) -> String {
        guard let rule = issue.rule else { return issue.message }
        return self.rule(rule)
    }

    /// A rule in this language. The switch is exhaustive: a new rule does not compile without its wording.
    func rule(_ rule: FieldIssue.Rule) -> String {
        switch rule {
        case .required: self("validation.required")
        case .tooLong(let max): self("validation.tooLong", ["max": number(max)])
        case .tooShort(let min): self("validation.tooShort", ["min": number(min)])
        case .noNUL: self("validation.noNUL")
        case .oneLine: self("validation.oneLine")
        case .email: self("validation.email")
        case .webURL: self("validation.webURL")
        case .tooMany(let max, let counted):
            switch counted {
            case .links: self("validation.tooMany.links", ["max": number(max)])
            case .partnerships: self("validation.tooMany.partnerships", ["max": number(max)])
            case .people: self("validation.tooMany.people", ["max": number(max)])
            case .offices: self("validation.tooMany.offices", ["max": number(max)])
            case .languages: self("validation.tooMany.languages", ["max": number(max)])
            case .translations: self("validation.tooMany.translations", ["max": number(max)])
            case .names: self("validation.tooMany.names", ["max": number(max)])
            }
        case .notInProgramme(let record): self("validation.notInProgramme", ["record": self.record(record)])
        case .personUnavailable: self("validation.personUnavailable")
        case .noSuchCity(nil): self("validation.noSuchCity")
        case .noSuchCity(let id?): self("validation.noCityWithID", ["id": id.uuidString.lowercased()])
        case .languageTag(let tag, let examples):
            if let tag {
                self("validation.languageTag", ["tag": tag, "examples": alternatives(examples)])
            } else {
                self("validation.notALanguageTag", ["examples": alternatives(examples)])
            }
        case .languageSetting: self("validation.languageSetting")
        case .timeZone(let zone): self("validation.timeZone", ["zone": zone])
        case .countryCode(let code): self("validation.countryCode", ["code": code])
        case .day: self("validation.day")
        case .notInFuture: self("validation.notInFuture")
        case .range(let from, let to, let unit):
            range(from: from, to: to, unit)
        case .expiryDays(let max): self("validation.expiryDays", ["max": String(max)])
        case .positive: self("validation.positive")
        case .notNegative: self("validation.notNegative")
        case .afterStart: self("validation.afterStart")
        case .notBeforeStart: self("validation.notBeforeStart")
        case .notBeforeFirstDay: self("validation.notBeforeFirstDay")
        case .withinADayOfStart: self("validation.withinADayOfStart")
        case .withinAYearOfStart: self("validation.withinAYearOfStart")
        case .notBeforeEstablished(let established):
            self("validation.notBeforeEstablished", ["date": date(established)])
        case .endedStatus: self("validation.endedStatus")
        case .timeZoneNeeded: self("validation.timeZoneNeeded")
        case .monthPart: self("validation.monthPart")
        case .correctionNeedsNote: self("validation.correctionNeedsNote")
        case .instalmentsNeedFrequency: self("validation.instalmentsNeedFrequency")
        case .partnershipCity: self("validation.partnershipCity")
        case .otherPartnershipCity: self("validation.otherPartnershipCity")
        case .cityPartnersItself: self("validation.cityPartnersItself")
        case .sameCountry(let partner, let home): self("validation.sameCountry", ["partner": partner, "home": home])
        case .personNeedsName: self("validation.personNeedsName")
        case .geoNamesID: self("validation.geoNamesID")
        case .wikidataID: self("validation.wikidataID")
        case .notTranslated(let fields): self("validation.notTranslated", ["fields": list(fields)])
        case .imageEmpty: self("validation.imageEmpty")
        case .imageTooLarge(let size): self("validation.imageTooLarge", ["size": size])
        case .imageType: self("validation.imageType")
        case .imageMismatch(let sniffed, let declared):
            self("validation.imageMismatch", ["sniffed": sniffed, "declared": declared])
        case .commonPassword: self("validation.commonPassword")
        case .passwordIsEmail: self("validation.passwordIsEmail")
        case .dateTime: self("validation.dateTime")
        case .localTimeNeedsZone: self("validation.localTimeNeedsZone")
        case .role: self("validation.role")
        case .currentPassword: self("validation.currentPassword")
        case .missing: self("validation.missing")
        case .endNeeded: self("validation.endNeeded")
        }
    }

    /// "a partnership" / "提携": the kind of record an id must name.
    private func record(_ record: FieldIssue.Rule.Record) -> String {
        switch record {
        case .partnership: self("validation.record.partnership")
        case .organisation: self("validation.record.organisation")
        case .person: self("validation.record.person")
        case .event: self("validation.record.event")
        }
    }

    private func range(from: Int, to: Int, _ unit: FieldIssue.Rule.Unit) -> String {
        let values = ["from": number(from), "to": number(to)]
        return switch unit {
        case .count: self("validation.range.count", values)
        case .places: self("validation.range.places", values)
        case .minutes: self("validation.range.minutes", values.merging(["hours": number(to / 60)]) { $1 })
        case .months: self("validation.range.months", values)
        case .years: self("validation.range.years", values)
        case .monthOfYear: self("validation.range.monthOfYear", values)
        case .degrees: self("validation.range.degrees", values)
        case .year: self("validation.range.year", ["from": String(from), "to": String(to)])
        case .dayInYears: self("validation.range.dayInYears", ["from": String(from), "to": String(to)])
        }
    }

    /// "“ja” or “zh-Hant”" / "「ja」または「zh-Hant」": examples to choose from.
    private func alternatives(_ examples: [String]) -> String {
        examples.map { self("validation.quoted", ["text": $0]) }.formatted(.list(type: .or).locale(locale))
    }
}
