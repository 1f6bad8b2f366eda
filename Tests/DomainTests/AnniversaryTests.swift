import Domain
import Foundation
import Testing

@Suite struct SexagenaryTests {
    // Years named after their stem-branch in history books (independent of this code):
    // 1644 甲申 (the Jiashen year, fall of the Ming), 1868 戊辰 (the Boshin War), 1894 甲午 (the Jiawu war),
    // 1900 庚子 (the Gengzi indemnity), 1911 辛亥 (the Xinhai Revolution), 1984 甲子 (start of the current cycle),
    // 2019 己亥 and 1959 己亥 (Earth Pig years, per the issue and any Chinese almanac), 2024 甲辰 (Wood Dragon).
    @Test(arguments: [
        (1644, "甲申"), (1868, "戊辰"), (1894, "甲午"), (1900, "庚子"), (1911, "辛亥"), (1959, "己亥"), (1984, "甲子"),
        (2019, "己亥"), (2024, "甲辰"),
    ])
    func knownYears(year: Int, characters: String) throws {
        #expect(try #require(SexagenaryYear(year: year)).characters == characters)
    }

    @Test func readingsOf2019() throws {
        let year = try #require(SexagenaryYear(year: 2019))
        #expect(year.japaneseReading == "tsuchinoto-i")
        #expect(year.pinyin == "jǐhài")
        #expect(year.english == "Earth Pig")
        #expect(year.positionInCycle == 36)
        #expect(try #require(SexagenaryYear(year: 1984)).positionInCycle == 1)
        #expect(try #require(SexagenaryYear(year: 1868)).japaneseReading == "tsuchinoe-tatsu")
        #expect(try #require(SexagenaryYear(year: 2024)).english == "Wood Dragon")
    }

    @Test func everyYearFollowsTheCycle() throws {
        var previous = try #require(SexagenaryYear(year: 1))
        for year in 2...2200 {
            let current = try #require(SexagenaryYear(year: year))
            #expect(current.stem == (previous.stem + 1) % 10 && current.branch == (previous.branch + 1) % 12, "\(year)")
            if year > 60 { #expect(current.characters == SexagenaryYear(year: year - 60)?.characters) }
            previous = current
        }
        let names = Set((1984..<2044).compactMap { SexagenaryYear(year: $0)?.characters })
        #expect(names.count == 60)
    }

    @Test(arguments: [0, -1, 2201, 10_000])
    func yearsOutsideTheRangeHaveNoName(year: Int) {
        #expect(SexagenaryYear(year: year) == nil)
    }
}

@Suite struct AnniversaryEngineTests {
    func partnership(
        _ partner: String, established: String, status: PartnershipStatus = .active, ended: String? = nil
    )
        -> Partnership
    {
        Partnership(
            id: UUID(), programmeID: UUID(), homeCity: City(id: UUID(), CityDraft(name: "Boston", countryCode: "US")),
            partnerCity: City(id: UUID(), CityDraft(name: "Partner", countryCode: partner)), kind: .sister,
            status: status,
            established: PartialDate(established), ended: ended.flatMap(PartialDate.init), focusAreas: [], summary: nil,
            sources: [])
    }

    @Test func kyotosSixtiethIsDiamondAndKanreki() throws {
        let kyoto = partnership("JP", established: "1959-06-24")
        let year = try #require(Anniversaries.of(kyoto, in: 2019...2019).first)
        #expect(year.number == 60)
        #expect(year.date.description == "2019-06-24")
        #expect(year.names.map(\.name) == ["Diamond", "kanreki"])
        #expect(year.names[1].native == "還暦")
        #expect(year.names[1].alsoKnownAs.contains("hwangap 환갑 (Korean)"))
        #expect(year.sexagenary?.characters == "己亥")
        let later = Anniversaries.of(kyoto, in: 2029...2059)
        #expect(later.first { $0.number == 75 }?.names.map(\.tradition) == ["Western, older British usage"])
        #expect(later.filter(\.isMilestone).map(\.number) == [70, 75, 77, 80, 88, 90, 99, 100])
    }

    @Test func westernOnlyOutsideEastAsiaAndYearOnlyDates() throws {
        let strasbourg = partnership("FR", established: "1960")
        let year = try #require(Anniversaries.of(strasbourg, in: 2020...2020).first)
        #expect(year.number == 60)
        #expect(year.date.description == "2020")
        #expect(year.names.map(\.name) == ["Diamond"])
        #expect(Anniversaries.of(strasbourg, in: 1950...1985).filter(\.isMilestone).map(\.number) == [25])
    }

    @Test func nothingBeforeTheStartOrAfterTheEnd() {
        let ended = partnership("IT", established: "1983", status: .ended, ended: "2000-05")
        let years = Anniversaries.of(ended, in: 1970...2030).map(\.year)
        #expect(years.first == 1984)
        #expect(years.last == 2000)
        #expect(Anniversaries.of(partnership("IT", established: "2030"), in: 2000...2030).isEmpty)
    }

    @Test func leapDayTiesFallOnTheTwentyEighthInOtherYears() {
        let leap = partnership("ES", established: "2000-02-29")
        let dates = Anniversaries.of(leap, in: 2001...2004).map(\.date.description)
        #expect(dates == ["2001-02-28", "2002-02-28", "2003-02-28", "2004-02-29"])
    }
}

@Suite struct MilestonePlanningTests {
    @Test func planningStartsTheLeadTimeBeforeTheFirstPossibleDay() {
        let boston = City(id: UUID(), CityDraft(name: "Boston", countryCode: "US"))
        func tie(_ partner: String, _ country: String, _ established: String) -> Partnership {
            Partnership(
                id: UUID(), programmeID: UUID(), homeCity: boston,
                partnerCity: City(id: UUID(), CityDraft(name: partner, countryCode: country)), kind: .sister,
                status: .active, established: PartialDate(established), ended: nil, focusAreas: [], summary: nil,
                sources: [])
        }
        let milestones = Anniversaries.milestones(
            of: [
                tie("Kyoto", "JP", "1959-06-24"), tie("Strasbourg", "FR", "1960"), tie("Leapville", "ES", "1980-02-29"),
            ],
            in: 2029...2030, leadMonths: 12)
        #expect(milestones.map(\.partnership.partnerCity.name) == ["Kyoto", "Strasbourg", "Leapville"])
        #expect(milestones.map(\.planningStarts.description) == ["2028-06-24", "2029-01-01", "2029-02-28"])
        #expect(milestones.map(\.anniversary.number) == [70, 70, 50])
        let early = Anniversaries.milestones(of: [tie("Kyoto", "JP", "1959-06-24")], in: 2019...2019, leadMonths: 18)
        #expect(early.first?.planningStarts.description == "2017-12-24")
    }
}
