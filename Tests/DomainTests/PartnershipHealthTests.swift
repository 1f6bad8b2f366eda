import Domain
import Foundation
import Testing

@Suite struct PartnershipHealthTests {
    let partnership = UUID()

    func exchange(_ direction: Exchange.Direction, _ starts: String, _ purposes: [ExchangePurpose]) -> Exchange {
        Exchange(
            id: UUID(),
            ExchangeDraft(
                title: "\(direction.rawValue) \(starts)", direction: direction, partnershipID: partnership,
                purposes: purposes, starts: PartialDate(starts)!))
    }

    @Test func lastAndNextVisitsEachWayAndFiveYearsOfActivity() {
        let exchanges = [
            exchange(.inbound, "2019-04", [.people, .culture]), exchange(.inbound, "2024-10-02", [.education]),
            exchange(.outbound, "2025-05", [.commerce, .technology]), exchange(.outbound, "2027-03", [.culture]),
            exchange(.inbound, "2028", [.people]),
        ]
        let health = PartnershipHealth.of(
            exchanges: exchanges, eventDates: [], today: PartialDate("2026-11-29")!, dormantAfterYears: 3)
        #expect(health.lastVisit[.inbound]?.draft.title == "inbound 2024-10-02")
        #expect(health.lastVisit[.outbound]?.draft.title == "outbound 2025-05")
        #expect(health.nextVisit[.outbound]?.draft.title == "outbound 2027-03")
        #expect(health.nextVisit[.inbound]?.draft.title == "inbound 2028")
        #expect(health.years == [2022, 2023, 2024, 2025, 2026])
        #expect(health.activity[.education] == [0, 0, 1, 0, 0])
        #expect(health.activity[.commerce] == [0, 0, 0, 1, 0])
        #expect(health.activity[.people] == [0, 0, 0, 0, 0])
        #expect(!health.isGoingDormant)
    }

    @Test func aTieWithNothingForTheConfiguredYearsIsGoingDormant() {
        let old = [exchange(.inbound, "2019-04", [.people])]
        let today = PartialDate("2026-11-29")!
        #expect(PartnershipHealth.of(exchanges: old, eventDates: [], today: today, dormantAfterYears: 3).isGoingDormant)
        #expect(
            !PartnershipHealth.of(exchanges: old, eventDates: [], today: today, dormantAfterYears: 10).isGoingDormant)
        // An event counts as activity too; an exchange only planned does not.
        let planned = [exchange(.outbound, "2027-05", [.culture])]
        #expect(
            PartnershipHealth.of(exchanges: planned, eventDates: [], today: today, dormantAfterYears: 3).isGoingDormant)
        #expect(
            !PartnershipHealth.of(
                exchanges: planned, eventDates: [PartialDate("2025-06-01")!], today: today, dormantAfterYears: 3
            )
            .isGoingDormant)
        #expect(PartnershipHealth.of(exchanges: [], eventDates: [], today: today, dormantAfterYears: 3).isGoingDormant)
    }
}
