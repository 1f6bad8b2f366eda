import Foundation

/// Collects every field issue of an input so that a client learns all of them at once.
public struct Validator: Sendable {
    public private(set) var issues: [FieldIssue] = []

    public init() {}

    public mutating func add(_ field: String, _ message: String, rule: FieldIssue.Rule? = nil) {
        issues.append(FieldIssue(field: field, message: message, rule: rule))
    }

    /// Adds the issue of a common rule, with its English message.
    public mutating func add(_ field: String, _ rule: FieldIssue.Rule) {
        add(field, rule.message, rule: rule)
    }

    /// Checks a required text: present after trimming, at most `maxLength` characters, no NUL.
    ///
    /// Lengths count Unicode scalars, as JSON Schema's `maxLength` does, so the published schema and the
    /// server agree on every input.
    public mutating func requireText(_ value: String, field: String, maxLength: Int) {
        if value.trimmingWhitespace.isEmpty {
            add(field, .required)
        } else {
            checkText(value, field: field, maxLength: maxLength)
        }
    }

    /// Checks an optional text's length and that it holds no NUL character (PostgreSQL cannot store one).
    public mutating func checkText(_ value: String?, field: String, maxLength: Int) {
        guard let value else { return }
        if value.unicodeScalars.count > maxLength {
            add(field, .tooLong(max: maxLength))
        } else if value.unicodeScalars.contains("\0") {
            add(field, .noNUL)
        }
    }

    /// Checks an optional text is one line, without control characters: a text that goes into an email's
    /// lines or a page's one-line places (a bare CR or LF would let a stranger write lines of their own).
    public mutating func checkOneLine(_ value: String?, field: String) {
        if let value, value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            add(field, .oneLine)
        }
    }

    /// Checks an optional link is an absolute http(s) URL.
    public mutating func checkURL(_ value: String?, field: String) {
        if let value, !WebLink.isWebURL(value) {
            add(field, .webURL)
        }
    }

    /// Checks titled links.
    public mutating func checkLinks(_ links: [WebLink], field: String) {
        if links.count > 50 { add(field, .tooMany(max: 50, .links)) }
        for (index, link) in links.enumerated() {
            requireText(link.title, field: "\(field)[\(index)].title", maxLength: 300)
            checkURL(link.url, field: "\(field)[\(index)].url")
        }
    }

    /// Checks BCP 47 language tags.
    public mutating func checkLanguages(_ tags: [String], field: String) {
        for (index, tag) in tags.enumerated() where !LanguageTag.isValid(tag) {
            add("\(field)[\(index)]", .languageTag(tag, examples: ["ja", "zh-Hant"]))
        }
    }

    /// Throws ``DomainError/invalid(_:)`` when any issue was found.
    public func check() throws(DomainError) {
        if !issues.isEmpty { throw .invalid(issues) }
    }
}

extension FieldIssue.Rule {
    /// The rule in English, as the API reports it (clients and tests pin these texts).
    public var message: String {
        switch self {
        case .required: "must not be empty"
        case .tooLong(let max): "must be at most \(max) characters"
        case .tooShort(let min): "must be at least \(min) characters"
        case .noNUL: "must not contain NUL characters"
        case .oneLine: "must be one line, without control characters"
        case .email: "must be an email address such as name@example.org"
        case .webURL: "must be an absolute http or https URL"
        case .tooMany(let max, .translations): "must hold at most \(max) languages"
        case .tooMany(let max, .names): "must have at most \(max) entries"
        case .tooMany(let max, let counted): "must list at most \(max) \(counted)"
        case .notInProgramme(.organisation): "is not an organisation of this programme"
        case .notInProgramme(.event): "is not an event of this programme"
        case .notInProgramme(let record): "is not a \(record) of this programme"
        case .personUnavailable: "is not a person of this programme, or their data was erased"
        case .noSuchCity(nil): "no such city"
        case .noSuchCity(let id?): "no city with id \(id.uuidString.lowercased())"
        case .languageTag(let tag, let examples):
            (tag.map { "\"\($0)\" " } ?? "") + "is not a BCP 47 language tag such as "
                + examples.map { "\"\($0)\"" }.joined(separator: " or ")
        case .languageSetting: "must be a language tag such as en or ja"
        case .timeZone(let zone): "\"\(zone)\" is not an IANA time zone such as \"Asia/Tokyo\""
        case .countryCode(let code): "\"\(code)\" is not an ISO 3166-1 alpha-2 country code such as \"JP\""
        case .day: "must be a day written YYYY-MM-DD"
        case .notInFuture: "must not be in the future"
        case .range(let from, let to, let unit):
            switch unit {
            case .count: "must be \(from) to \(to)"
            case .places: "must be from \(from) to \(to) places"
            case .minutes: "must be \(from) to \(to) minutes (\(to / 60) hours)"
            case .months: "must be from \(from) to \(to) months"
            case .years: "must be from \(from) to \(to) years"
            case .monthOfYear: "must be a month from \(from) to \(to)"
            case .degrees: "must be between \(from) and \(to)"
            case .year: "must be between the years \(from) and \(to)"
            case .dayInYears: "must be a day from \(from) to \(to)"
            }
        case .expiryDays(let max): "must be a number of days from 1 to \(max), or never"
        case .positive: "must be more than zero"
        case .notNegative: "must not be negative"
        case .afterStart: "must be after the start"
        case .notBeforeStart: "must not be before the start"
        case .notBeforeFirstDay: "must not be before the first day"
        case .withinADayOfStart: "must be within 24 hours of the start"
        case .withinAYearOfStart: "must be within a year of the start"
        case .notBeforeEstablished(let established): "must not be before the established date \(established)"
        case .endedStatus: "must be \"ended\" when an ended date is given"
        case .timeZoneNeeded: "is required for an event with start and end times"
        case .monthPart: "goes with a month, such as 2019-04"
        case .correctionNeedsNote: "is required when the minutes are corrected: say why"
        case .instalmentsNeedFrequency: "needs a frequency: a single payment is one instalment"
        case .partnershipCity: "must be one of the partnership's two cities"
        case .otherPartnershipCity: "must be the other city of the partnership: a gift passes between the two"
        case .cityPartnersItself: "a city cannot partner itself"
        case .sameCountry(let partner, let home):
            "\(partner) is in the same country as \(home): a partnership joins cities of two different nations"
        case .personNeedsName: "a person needs a family name or a given name"
        case .geoNamesID: "must be a positive GeoNames id"
        case .wikidataID: "must look like \"Q34600\""
        case .notTranslated(let fields):
            "is not a field that is translated here (\(fields.joined(separator: ", ")))"
        case .imageEmpty: "is empty: choose an image file"
        case .imageTooLarge(let size): "must be at most 5 MB (this one is \(size))"
        case .imageType: "must be a JPEG, PNG, GIF or WebP image"
        case .imageMismatch(let sniffed, let declared): "is a \(sniffed) file sent as \(declared)"
        case .commonPassword: "is one of the most common passwords; choose another"
        case .passwordIsEmail: "must not be the email address"
        case .dateTime: "must be a date and time: 2019-04-12T10:00 (venue time) or RFC 3339"
        case .localTimeNeedsZone: "is required to read a local time"
        case .role: "must be one of the roles"
        case .currentPassword: "is not your current password"
        case .missing: "is required"
        case .endNeeded: "is required for an event with a start time"
        }
    }
}

extension String {
    /// The text without leading and trailing white space (trimmed scalar by scalar, so a combining mark
    /// after a space is kept).
    public var trimmingWhitespace: String {
        var view = Substring(self).unicodeScalars
        while let first = view.first, first.properties.isWhitespace { view.removeFirst() }
        while let last = view.last, last.properties.isWhitespace { view.removeLast() }
        return String(view)
    }
}
