import Domain
import Foundation
import Testing

@Suite struct TimelineTests {
    let boston = City(id: UUID(), CityDraft(name: "Boston", countryCode: "US"))
    let kyoto = City(id: UUID(), CityDraft(name: "Kyoto", countryCode: "JP"))

    func partnership(established: String, status: PartnershipStatus = .active, ended: String? = nil) -> Partnership {
        Partnership(
            id: UUID(), programmeID: UUID(), homeCity: boston, partnerCity: kyoto, kind: .sister, status: status,
            established: PartialDate(established), ended: ended.flatMap(PartialDate.init), focusAreas: [],
            summary: nil, sources: [])
    }

    @Test func tellsThePartnershipInOrderWithTheNextMilestone() {
        let tie = partnership(established: "1959-06-24")
        let renewal = Agreement(
            id: UUID(), partnershipID: tie.id,
            AgreementDraft(kind: .renewal, signed: PartialDate("2019"), place: "Boston"))
        let unsigned = Agreement(id: UUID(), partnershipID: tie.id, AgreementDraft(kind: .memorandum))
        let tree = Gift(
            id: UUID(), partnershipID: tie.id,
            GiftDraft(
                title: "Japanese Stewartia",
                giver: GiftParty(kind: .organisation, name: "Rotary Club", cityID: kyoto.id),
                recipient: GiftParty(kind: .city, name: "Boston", cityID: boston.id), given: PartialDate("2019-04")))
        let story = Article(
            id: UUID(),
            ArticleDraft(title: "Sixty years on", body: "x", publishedAt: Date(timeIntervalSince1970: 1_555_070_400)),
            updatedAt: Date())
        let draft = Article(id: UUID(), ArticleDraft(title: "Unpublished", body: "x"), updatedAt: Date())
        let entries = Timeline.of(
            tie, agreements: [renewal, unsigned], gifts: [tree], articles: [story, draft], currentYear: 2026)
        let titles = entries.map(\.title)
        // Western milestones every 5 years from the 25th, the East Asian ones for a tie with Japan.
        #expect(titles.first == "Sister city tie established")
        #expect(titles.contains("Renewal") && !titles.contains("Memorandum") && !titles.contains("Unpublished"))
        let tail = Array(titles.suffix(5))
        #expect(tail == ["Renewal", "Japanese Stewartia", "Sixty years on", "60th anniversary", "70th anniversary"])
        #expect(entries.last?.isUpcoming == true)
        #expect(entries.last?.detail?.contains("koki 古希") == true)
        #expect(entries.filter(\.isUpcoming).count == 1)
        #expect(entries.first { $0.title == "25th anniversary" }?.date.description == "1984-06-24")
        #expect(entries.map(\.date) == entries.map(\.date).sorted())
    }

    @Test func anEndedTieHasNoMilestonesAfterItsEnd() {
        let tie = partnership(established: "1990", status: .ended, ended: "2012")
        let entries = Timeline.of(tie, agreements: [], gifts: [], articles: [], currentYear: 2026)
        #expect(entries.map(\.title) == ["Sister city tie established", "Partnership ended"])
        #expect(entries.first?.date.precision == .year)
    }

    @Test func ordinals() {
        #expect(
            [1, 2, 3, 4, 11, 12, 13, 21, 22, 60, 101, 111].map(Anniversaries.ordinal)
                == ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "60th", "101st", "111th"])
    }
}
