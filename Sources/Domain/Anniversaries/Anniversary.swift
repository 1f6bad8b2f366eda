/// A name given to an anniversary in one tradition.
public struct AnniversaryName: Sendable, Hashable {
    /// "Western", "Western, older British usage", "Japanese".
    public let tradition: String
    /// The name in English letters: "Ruby", "kanreki".
    public let name: String
    /// The name in its own script, when it has one: "還暦".
    public let native: String?
    /// BCP 47 tag of ``native``.
    public let language: String?
    /// One line on what the name means.
    public let meaning: String
    /// The same milestone in neighbouring languages: huājiǎ 花甲, hwangap 환갑.
    public let alsoKnownAs: [String]

    init(
        tradition: String, name: String, native: String? = nil, language: String? = nil, meaning: String,
        alsoKnownAs: [String] = []
    ) {
        self.tradition = tradition
        self.name = name
        self.native = native
        self.language = language
        self.meaning = meaning
        self.alsoKnownAs = alsoKnownAs
    }
}

/// One year of a partnership: its anniversary number and the names that year carries.
public struct Anniversary: Sendable, Hashable {
    public let year: Int
    /// 60 for the sixtieth year after the tie was established.
    public let number: Int
    /// When it falls: at the established date's own precision (a Feb 29 tie falls on Feb 28 in other years).
    public let date: PartialDate
    public let names: [AnniversaryName]
    public let sexagenary: SexagenaryYear?

    /// A year with a name in some tradition.
    public var isMilestone: Bool { !names.isEmpty }
}

/// Which anniversaries a partnership has, and what they are called.
public enum Anniversaries {
    /// Countries whose calendars share the sexagenary cycle and its long-life celebrations.
    public static let eastAsianCountries: Set<String> = ["JP", "CN", "TW", "KR"]

    /// The anniversaries of `partnership` in `years`: none before it was established, none after it ended.
    public static func of(_ partnership: Partnership, in years: ClosedRange<Int>) -> [Anniversary] {
        guard let established = partnership.established else { return [] }
        let eastAsian = [partnership.homeCity.countryCode, partnership.partnerCity.countryCode]
            .contains(where: eastAsianCountries.contains)
        let last = partnership.status == .ended ? (partnership.ended?.year ?? established.year) : Int.max
        let first = max(years.lowerBound, established.year + 1)
        guard first <= min(years.upperBound, last) else { return [] }
        return (first...min(years.upperBound, last)).map { year in
            let number = year - established.year
            return Anniversary(
                year: year, number: number, date: date(of: established, in: year),
                names: names(for: number, eastAsian: eastAsian), sexagenary: SexagenaryYear(year: year))
        }
    }

    /// The established date moved to `year`; 29 February falls on 28 February outside leap years.
    static func date(of established: PartialDate, in year: Int) -> PartialDate {
        guard let month = established.month else { return PartialDate(year: year)! }
        guard let day = established.day else { return PartialDate(year: year, month: month)! }
        return PartialDate(year: year, month: month, day: day) ?? PartialDate(year: year, month: month, day: day - 1)!
    }

    /// "1st", "22nd", "60th", "111th".
    public static func ordinal(_ number: Int) -> String {
        let suffix = (11...13).contains(number % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][number % 10] ?? "th"
        return "\(number)\(suffix)"
    }

    /// The names of the `number`th anniversary.
    public static func names(for number: Int, eastAsian: Bool) -> [AnniversaryName] {
        (western[number].map { [$0] } ?? []) + (eastAsian ? (eastAsianNames[number].map { [$0] } ?? []) : [])
    }

    /// The Western names in lower case ("silver", "diamond"): each is an interface word, translated.
    public static var westernNames: [String] { Set(western.values.map { $0.name.lowercased() }).sorted() }

    // Western wedding-anniversary names as the issue lists them: the modern list (silver 25, pearl 30, coral 35,
    // ruby 40, sapphire 45, golden 50, emerald 55, diamond 60, platinum 70) and the older British diamond at 75.
    static let western: [Int: AnniversaryName] = [
        25: AnniversaryName(tradition: "Western", name: "Silver", meaning: "A silver jubilee: a quarter century."),
        30: AnniversaryName(tradition: "Western", name: "Pearl", meaning: "Thirty years, grown layer by layer."),
        35: AnniversaryName(tradition: "Western", name: "Coral", meaning: "Thirty-five years."),
        40: AnniversaryName(tradition: "Western", name: "Ruby", meaning: "Forty years."),
        45: AnniversaryName(tradition: "Western", name: "Sapphire", meaning: "Forty-five years."),
        50: AnniversaryName(tradition: "Western", name: "Golden", meaning: "A golden jubilee: half a century."),
        55: AnniversaryName(tradition: "Western", name: "Emerald", meaning: "Fifty-five years."),
        60: AnniversaryName(tradition: "Western", name: "Diamond", meaning: "A diamond jubilee: sixty years."),
        70: AnniversaryName(tradition: "Western", name: "Platinum", meaning: "A platinum jubilee: seventy years."),
        75: AnniversaryName(
            tradition: "Western, older British usage", name: "Diamond",
            meaning: "Seventy-five years, the diamond jubilee in the older British reckoning."),
    ]

    // Japanese long-life celebrations (賀寿, gaju), counted here by completed years of the partnership.
    static let eastAsianNames: [Int: AnniversaryName] = [
        60: AnniversaryName(
            tradition: "East Asian", name: "kanreki", native: "還暦", language: "ja",
            meaning: "The sixty-year cycle of stems and branches returns to its start: a rebirth.",
            alsoKnownAs: ["huājiǎ 花甲 (Chinese)", "hwangap 환갑 (Korean)"]),
        70: AnniversaryName(
            tradition: "Japanese", name: "koki", native: "古希", language: "ja",
            meaning: "“Rare since ancient times”, after Du Fu's line that few live to seventy."),
        77: AnniversaryName(
            tradition: "Japanese", name: "kiju", native: "喜寿", language: "ja",
            meaning: "Joy: 喜 written in running script looks like 七十七, seventy-seven."),
        80: AnniversaryName(
            tradition: "Japanese", name: "sanju", native: "傘寿", language: "ja",
            meaning: "Umbrella: the short form of 傘 looks like 八十, eighty."),
        88: AnniversaryName(
            tradition: "Japanese", name: "beiju", native: "米寿", language: "ja",
            meaning: "Rice: 米 can be read as 八十八, eighty-eight."),
        90: AnniversaryName(
            tradition: "Japanese", name: "sotsuju", native: "卒寿", language: "ja",
            meaning: "The short form of 卒, 卆, looks like 九十, ninety."),
        99: AnniversaryName(
            tradition: "Japanese", name: "hakuju", native: "白寿", language: "ja",
            meaning: "White: 百 (a hundred) without 一 (one) is 白, ninety-nine."),
        100: AnniversaryName(
            tradition: "Japanese", name: "hyakuju", native: "百寿", language: "ja", meaning: "A hundred years."),
    ]
}
