import Domain

/// A year's stem-branch name.
struct SexagenaryDTO: Codable, Sendable {
    var year: Int
    var characters: String
    var japanese: String
    var pinyin: String
    var element: String
    var animal: String
    var english: String
    var positionInCycle: Int

    init(_ year: SexagenaryYear) {
        self.year = year.year
        characters = year.characters
        japanese = year.japaneseReading
        pinyin = year.pinyin
        element = year.element
        animal = year.animal
        english = year.english
        positionInCycle = year.positionInCycle
    }
}

struct AnniversaryNameDTO: Codable, Sendable {
    var tradition: String
    var name: String
    var native: String?
    var language: String?
    var meaning: String
    var alsoKnownAs: [String]

    init(_ name: AnniversaryName) {
        tradition = name.tradition
        self.name = name.name
        native = name.native
        language = name.language
        meaning = name.meaning
        alsoKnownAs = name.alsoKnownAs
    }
}

struct AnniversaryDTO: Codable, Sendable {
    var year: Int
    var number: Int
    var date: String
    var milestone: Bool
    var names: [AnniversaryNameDTO]
    var sexagenary: SexagenaryDTO?

    init(_ anniversary: Anniversary) {
        year = anniversary.year
        number = anniversary.number
        date = anniversary.date.description
        milestone = anniversary.isMilestone
        names = anniversary.names.map(AnniversaryNameDTO.init)
        sexagenary = anniversary.sexagenary.map(SexagenaryDTO.init)
    }
}

struct AnniversariesDTO: Codable, Sendable {
    var partnershipId: String
    var established: String?
    var items: [AnniversaryDTO]
}
