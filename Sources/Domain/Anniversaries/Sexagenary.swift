/// The sexagenary (stem-branch, 干支) name of a year: ten heavenly stems and twelve earthly branches combine
/// into a cycle of sixty years. 4 CE was 甲子, the first year of a cycle.
///
/// Counted by the Gregorian year; the traditional boundary is the lunar new year (China, Korea) or risshun
/// (Japan, about 4 February), so January dates belong, traditionally, to the previous year's name.
public struct SexagenaryYear: Sendable, Hashable {
    public let year: Int
    /// 0...9 into the stems.
    public let stem: Int
    /// 0...11 into the branches.
    public let branch: Int

    /// 己亥
    public var characters: String { Self.stems[stem].character + Self.branches[branch].character }
    /// tsuchinoto-i
    public var japaneseReading: String { Self.stems[stem].japanese + "-" + Self.branches[branch].japanese }
    /// jǐhài
    public var pinyin: String { Self.stems[stem].pinyin + Self.branches[branch].pinyin }
    /// Earth
    public var element: String { Self.stems[stem].element }
    /// Pig
    public var animal: String { Self.branches[branch].animal }
    /// Earth Pig
    public var english: String { "\(element) \(animal)" }
    /// 1 (甲子) to 60 (癸亥).
    public var positionInCycle: Int { (year - 4).modulo(60) + 1 }

    public static let years = 1...2200

    /// The name of `year`, for years 1 to 2200.
    public init?(year: Int) {
        guard Self.years.contains(year) else { return nil }
        self.year = year
        stem = (year - 4).modulo(10)
        branch = (year - 4).modulo(12)
    }

    struct Stem {
        let character, japanese, pinyin, element: String
    }

    struct Branch {
        let character, japanese, pinyin, animal: String
    }

    static let stems: [Stem] = [
        Stem(character: "甲", japanese: "kinoe", pinyin: "jiǎ", element: "Wood"),
        Stem(character: "乙", japanese: "kinoto", pinyin: "yǐ", element: "Wood"),
        Stem(character: "丙", japanese: "hinoe", pinyin: "bǐng", element: "Fire"),
        Stem(character: "丁", japanese: "hinoto", pinyin: "dīng", element: "Fire"),
        Stem(character: "戊", japanese: "tsuchinoe", pinyin: "wù", element: "Earth"),
        Stem(character: "己", japanese: "tsuchinoto", pinyin: "jǐ", element: "Earth"),
        Stem(character: "庚", japanese: "kanoe", pinyin: "gēng", element: "Metal"),
        Stem(character: "辛", japanese: "kanoto", pinyin: "xīn", element: "Metal"),
        Stem(character: "壬", japanese: "mizunoe", pinyin: "rén", element: "Water"),
        Stem(character: "癸", japanese: "mizunoto", pinyin: "guǐ", element: "Water"),
    ]

    static let branches: [Branch] = [
        Branch(character: "子", japanese: "ne", pinyin: "zǐ", animal: "Rat"),
        Branch(character: "丑", japanese: "ushi", pinyin: "chǒu", animal: "Ox"),
        Branch(character: "寅", japanese: "tora", pinyin: "yín", animal: "Tiger"),
        Branch(character: "卯", japanese: "u", pinyin: "mǎo", animal: "Rabbit"),
        Branch(character: "辰", japanese: "tatsu", pinyin: "chén", animal: "Dragon"),
        Branch(character: "巳", japanese: "mi", pinyin: "sì", animal: "Snake"),
        Branch(character: "午", japanese: "uma", pinyin: "wǔ", animal: "Horse"),
        Branch(character: "未", japanese: "hitsuji", pinyin: "wèi", animal: "Goat"),
        Branch(character: "申", japanese: "saru", pinyin: "shēn", animal: "Monkey"),
        Branch(character: "酉", japanese: "tori", pinyin: "yǒu", animal: "Rooster"),
        Branch(character: "戌", japanese: "inu", pinyin: "xū", animal: "Dog"),
        Branch(character: "亥", japanese: "i", pinyin: "hài", animal: "Pig"),
    ]
}

extension Int {
    /// The remainder that is never negative.
    func modulo(_ divisor: Int) -> Int {
        let remainder = self % divisor
        return remainder < 0 ? remainder + divisor : remainder
    }
}
