import Foundation

/// A city's sister-city programme and the organisation that runs it. One install may host several.
public struct Programme: Sendable, Hashable, Identifiable {
    public var id: UUID
    /// "Boston Sister Cities".
    public var name: String
    /// "City of Boston, Office of Tourism, Sports and Entertainment".
    public var organisation: String?
    public var homeCityID: UUID?
    /// How many months before a milestone anniversary its planning starts.
    public var milestoneLeadMonths: Int
    /// A tie with no exchange or event for this many years is flagged as going dormant.
    public var dormantAfterYears: Int
    /// The month the programme's fiscal year starts in (1 for January).
    public var fiscalYearStartMonth: Int
    /// The language the programme writes in (BCP 47): its texts' original, and the site's language for a
    /// reader who asks for none it speaks.
    public var language: String

    public init(id: UUID, _ draft: ProgrammeDraft) {
        self.id = id
        self.name = draft.name
        self.organisation = draft.organisation
        self.homeCityID = draft.homeCityID
        self.milestoneLeadMonths = draft.milestoneLeadMonths
        self.dormantAfterYears = draft.dormantAfterYears
        self.fiscalYearStartMonth = draft.fiscalYearStartMonth
        self.language = draft.language
    }
}

/// The fields of a programme as an operator writes them.
public struct ProgrammeDraft: Sendable, Hashable {
    public var name: String
    public var organisation: String?
    public var homeCityID: UUID?
    public var milestoneLeadMonths: Int
    public var dormantAfterYears: Int
    public var fiscalYearStartMonth: Int
    public var language: String

    public static let defaultLanguage = "en"
    public static let defaultLeadMonths = 12
    public static let leadMonthsRange = 0...60
    public static let defaultDormantAfterYears = 3
    public static let dormantYearsRange = 1...50

    public init(
        name: String, organisation: String? = nil, homeCityID: UUID? = nil,
        milestoneLeadMonths: Int = defaultLeadMonths,
        dormantAfterYears: Int = defaultDormantAfterYears, fiscalYearStartMonth: Int = 1,
        language: String = defaultLanguage
    ) {
        self.name = name
        self.organisation = organisation
        self.homeCityID = homeCityID
        self.milestoneLeadMonths = milestoneLeadMonths
        self.dormantAfterYears = dormantAfterYears
        self.fiscalYearStartMonth = fiscalYearStartMonth
        self.language = language
    }

    public func validated(homeCityExists: Bool) throws(DomainError) -> ProgrammeDraft {
        var draft = self
        draft.name = name.trimmingWhitespace
        draft.organisation = organisation?.trimmingWhitespace.nilIfEmpty
        var v = Validator()
        v.requireText(draft.name, field: "name", maxLength: 200)
        v.checkText(draft.organisation, field: "organisation", maxLength: 300)
        if !Self.leadMonthsRange.contains(milestoneLeadMonths) {
            v.add("milestoneLeadMonths", .range(from: 0, to: 60, .months))
        }
        if !Self.dormantYearsRange.contains(dormantAfterYears) {
            v.add("dormantAfterYears", .range(from: 1, to: 50, .years))
        }
        if !(1...12).contains(fiscalYearStartMonth) {
            v.add("fiscalYearStartMonth", .range(from: 1, to: 12, .monthOfYear))
        }
        draft.language = language.trimmingWhitespace
        if !LanguageTag.isValid(draft.language) {
            v.add("language", .languageTag(draft.language, examples: ["en", "ja"]))
        }
        if let homeCityID, !homeCityExists {
            v.add("homeCityId", .noSuchCity(homeCityID))
        }
        try v.check()
        return draft
    }
}
