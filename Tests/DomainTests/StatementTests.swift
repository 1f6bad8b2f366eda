import Domain
import Foundation
import Testing

@Suite struct StatementTests {
    func gift(
        _ donor: UUID, _ gift: ContributionDraft.Gift, _ received: String, sequence: Int, voided: Bool = false
    ) -> Contribution {
        Contribution(
            id: UUID(), ContributionDraft(donorID: donor, gift: gift, received: PartialDate(received)!),
            receipt: Receipt(fiscalYear: 2026, sequence: sequence, voided: voided), donorName: "Aiko Tanaka")
    }

    @Test func fiscalYearsRunFromTheirStartMonthToTheDayBefore() {
        #expect(Receipt.fiscalYearDays(2026, startMonth: 1) == (PartialDate("2026-01-01")!, PartialDate("2026-12-31")!))
        #expect(Receipt.fiscalYearDays(2019, startMonth: 7) == (PartialDate("2019-07-01")!, PartialDate("2020-06-30")!))
        // A fiscal year from March ends on the last day of February, a leap day when there is one.
        #expect(Receipt.fiscalYearDays(2023, startMonth: 3).1 == PartialDate("2024-02-29")!)
        #expect(Receipt.fiscalYearDays(2024, startMonth: 3).1 == PartialDate("2025-02-28")!)
    }

    @Test func aStatementSumsPerCurrencyListsInKindAndLeavesOutVoidedReceipts() {
        let donor = UUID()
        let usd = Currency(code: "USD")!
        let jpy = Currency(code: "JPY")!
        let statement = DonorStatement(
            donorID: donor, fiscalYear: 2026, startMonth: 4,
            contributions: [
                gift(donor, .money(Money(minorUnits: 10_050, currency: usd)), "2026-05-01", sequence: 3),
                gift(donor, .money(Money(minorUnits: 5000, currency: jpy)), "2026-04-02", sequence: 1),
                gift(donor, .inKind("Calligraphy brushes"), "2026-06-10", sequence: 4),
                gift(donor, .money(Money(minorUnits: 99_999, currency: usd)), "2026-04-20", sequence: 2, voided: true),
                gift(donor, .money(Money(minorUnits: 2_500, currency: usd)), "2027-01-15", sequence: 5),
                gift(UUID(), .money(Money(minorUnits: 1, currency: usd)), "2026-05-01", sequence: 6),
            ])
        #expect(statement.contributions.map(\.receipt.sequence) == [1, 3, 4, 5])
        #expect(
            statement.totals.amounts.map(\.formatted) == [
                Money(minorUnits: 5000, currency: jpy).formatted, Money(minorUnits: 12_550, currency: usd).formatted,
            ])
        #expect(statement.totals.byCurrency == ["JPY": 5000, "USD": 12_550])
        #expect(statement.inKind.count == 1)
        #expect(statement.from == PartialDate("2026-04-01")! && statement.to == PartialDate("2027-03-31")!)
    }
}
