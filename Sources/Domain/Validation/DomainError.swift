import Foundation

/// One problem with one input field, named by its JSON path ("partnerCityId", "sources[1].url").
public struct FieldIssue: Sendable, Hashable, Codable {
    public var field: String
    /// In English, for the API and its clients.
    public var message: String
    /// The rule broken, when it is one of the common ones: pages say it in the reader's language.
    public var rule: Rule?

    /// The rule broken: pages say it in the reader's language, the API in English (``Rule/message``).
    public enum Rule: Sendable, Hashable {
        case required
        case tooLong(max: Int)
        case tooShort(min: Int)
        case noNUL
        case oneLine
        case email
        case webURL
        /// A list with too many entries.
        case tooMany(max: Int, Counted)
        /// An id that names no record of this programme.
        case notInProgramme(Record)
        /// A person id that names no one of this programme, or someone whose data was erased.
        case personUnavailable
        /// A city id that names no city (the id, when the message names it).
        case noSuchCity(UUID?)
        /// A BCP 47 language tag that is not one (the tag, when the message names it; the examples it gives).
        case languageTag(String?, examples: [String])
        /// A user's language setting that is not a language tag.
        case languageSetting
        case timeZone(String)
        case countryCode(String)
        /// A date that must be a whole day, YYYY-MM-DD.
        case day
        case notInFuture
        /// A number outside its range, said with its unit.
        case range(from: Int, to: Int, Unit)
        /// A session's lifetime in days, or never.
        case expiryDays(max: Int)
        case positive
        case notNegative
        case afterStart
        case notBeforeStart
        case notBeforeFirstDay
        case withinADayOfStart
        case withinAYearOfStart
        case notBeforeEstablished(PartialDate)
        case endedStatus
        case timeZoneNeeded
        case monthPart
        case correctionNeedsNote
        case instalmentsNeedFrequency
        case partnershipCity
        case otherPartnershipCity
        case cityPartnersItself
        case sameCountry(partner: String, home: String)
        case personNeedsName
        case geoNamesID
        case wikidataID
        /// A translation of a field that is not translated (the fields that are).
        case notTranslated(fields: [String])
        case imageEmpty
        /// An image over 5 MB ("5.3 MB", its size).
        case imageTooLarge(size: String)
        case imageType
        case imageMismatch(sniffed: String, declared: String)
        case commonPassword
        case passwordIsEmail
        /// A date and time that is neither a venue-local `YYYY-MM-DDTHH:MM` nor RFC 3339.
        case dateTime
        /// A local time given without the zone to read it in.
        case localTimeNeedsZone
        case role
        case currentPassword
        /// A field an input must give and left out ("is required"; ``required`` is one given empty).
        case missing
        /// An event's end, left out where its start has a time.
        case endNeeded

        /// What a list counts.
        public enum Counted: Sendable, Hashable, CaseIterable {
            case links, partnerships, people, offices, languages, translations, names
        }

        /// The kind of record an id must name.
        public enum Record: Sendable, Hashable, CaseIterable {
            case partnership, organisation, person, event
        }

        /// The unit of a range.
        public enum Unit: Sendable, Hashable, CaseIterable {
            /// A bare count ("must be 1 to 1000").
            case count
            case places, minutes, months, years
            /// A month of the year.
            case monthOfYear
            /// Degrees of latitude or longitude.
            case degrees
            /// A year.
            case year
            /// A day whose year lies in the range.
            case dayInYears
        }
    }

    public init(field: String, message: String, rule: Rule? = nil) {
        self.field = field
        self.message = message
        self.rule = rule
    }

    /// An issue of a rule, with its English message.
    public init(field: String, rule: Rule) {
        self.init(field: field, message: rule.message, rule: rule)
    }

    /// The API writes the field and the message; the rule is the pages' business.
    private enum CodingKeys: String, CodingKey {
        case field, message
    }

    /// Two issues are the same when they name the same field with the same message, as the API tells them
    /// (the rule only says the message in other words).
    public static func == (lhs: FieldIssue, rhs: FieldIssue) -> Bool {
        lhs.field == rhs.field && lhs.message == rhs.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(field)
        hasher.combine(message)
    }
}

/// What can go wrong with a request against the registry, independent of how it is reported.
public enum DomainError: Error, Sendable, Equatable {
    /// No such record in this programme ("partnership", id).
    case notFound(entity: String, id: UUID)
    /// The change would break a uniqueness or reference rule; the message says which.
    case conflict(String)
    /// The input breaks one or more rules; every issue is listed.
    case invalid([FieldIssue])
}
