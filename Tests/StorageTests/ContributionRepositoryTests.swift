import Domain
import Foundation
import Storage
import TestSupport
import Testing

@Suite struct ContributionRepositoryTests {
    func donor(_ store: Store, _ fixture: Fixture, _ name: String = "Aiko") async throws -> Person {
        try await FluentPersonRepository(store: store).create(
            PersonDraft(givenName: name, familyName: "Tanaka"), in: fixture.programme.id, by: .system("test"))
    }

    func usd(_ text: String) -> ContributionDraft.Gift { .money(Money(text, currency: Currency(code: "USD")!)!) }

    @Test(arguments: TestDatabase.all)
    func receiptsAreNumberedPerFiscalYearAndAVoidKeepsItsNumber(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let contributions = FluentContributionRepository(store: store)
            var programme = try await fixture.programmes.find(fixture.programme.id).draftForTests
            programme.fiscalYearStartMonth = 7
            _ = try await fixture.programmes.update(fixture.programme.id, with: programme, by: .system("test"))
            let aiko = try await donor(store, fixture)
            let id = fixture.programme.id
            func record(_ gift: ContributionDraft.Gift, _ day: String) async throws -> Contribution {
                try await contributions.record(
                    ContributionDraft(donorID: aiko.id, gift: gift, received: PartialDate(day)!), in: id,
                    by: .system("test"))
            }
            // With a fiscal year from July, 15 March 2020 is in FY2019 and 1 July 2020 starts FY2020.
            let first = try await record(usd("100"), "2019-07-01")
            let second = try await record(.inKind("Twelve woodblock prints"), "2020-03-15")
            let third = try await record(usd("25.50"), "2020-07-01")
            #expect(
                [first.receipt.number, second.receipt.number, third.receipt.number] == [
                    "FY2019-0001", "FY2019-0002", "FY2020-0001",
                ])
            #expect(first.donorName == "Aiko Tanaka")

            let voided = try await contributions.void(second.id, reason: "Recorded twice", in: id, by: .system("test"))
            #expect(voided.receipt.voided && voided.receipt.number == "FY2019-0002")
            let next = try await record(usd("5"), "2020-04-01")
            #expect(next.receipt.number == "FY2019-0003")
            let again = await caught {
                _ = try await contributions.void(second.id, reason: "x", in: id, by: .system("test"))
            }
            #expect(again as? DomainError == .conflict("receipt FY2019-0002 is already void"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func concurrentRecordingsNeverShareOrSkipANumber(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let contributions = FluentContributionRepository(store: store)
            let aiko = try await donor(store, fixture)
            let id = fixture.programme.id
            try await withThrowingTaskGroup(of: Void.self) { group in
                for n in 1...25 {
                    group.addTask {
                        _ = try await contributions.record(
                            ContributionDraft(
                                donorID: aiko.id,
                                gift: .money(Money(minorUnits: Int64(n * 100), currency: Currency(code: "JPY")!)),
                                received: PartialDate("2021-05-\(String(format: "%02d", n))")!),
                            in: id, by: .system("test"))
                    }
                }
                try await group.waitForAll()
            }
            let all = try await contributions.list(in: id, ContributionQuery(page: PageRequest(limit: 100)))
            #expect(all.items.map(\.receipt.sequence).sorted() == Array(1...25))
        }
    }

    @Test func totalsNeverMixCurrencies() {
        var totals = MoneyTotals()
        totals.add(Money("0.10", currency: Currency(code: "USD")!)!)
        totals.add(Money("0.20", currency: Currency(code: "USD")!)!)
        totals.add(Money("150000", currency: Currency(code: "JPY")!)!)
        #expect(totals.amounts.map(\.formatted) == ["JPY 150,000", "USD 0.30"])
    }

    @Test(arguments: TestDatabase.all)
    func theSummaryIsSummedByTheDatabasePerYearFundAndCurrency(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let contributions = FluentContributionRepository(store: store)
            let aiko = try await donor(store, fixture)
            let kyoto = try await fixture.partner(try await fixture.city("Kyoto", "JP"))
            let id = fixture.programme.id
            let jpy = Currency(code: "JPY")!
            func record(
                _ gift: ContributionDraft.Gift, _ day: String, fund: Designation = .programme
            ) async throws
                -> Contribution
            {
                try await contributions.record(
                    ContributionDraft(donorID: aiko.id, gift: gift, received: PartialDate(day)!, designation: fund),
                    in: id, by: .system("test"))
            }
            _ = try await record(usd("100.00"), "2025-02-01")
            _ = try await record(usd("0.50"), "2025-03-01")
            _ = try await record(usd("9000000000.00"), "2025-04-01")
            _ = try await record(
                .money(Money(minorUnits: 5000, currency: jpy)), "2025-05-01", fund: .partnership(kyoto.id))
            _ = try await record(.inKind("Tea bowls"), "2025-06-01")
            let void = try await record(usd("999"), "2026-01-10")
            _ = try await contributions.void(void.id, reason: "Bounced", in: id, by: .system("test"))
            _ = try await record(usd("20"), "2026-01-11")

            let summary = try await contributions.summary(in: id)
            #expect(summary.fiscalYears == [2026, 2025])
            #expect(summary.currencies.map(\.code) == ["JPY", "USD"])
            let rows = summary.rows.map {
                "\($0.fiscalYear) \($0.partnershipID == nil ? "general" : "kyoto") \($0.currency?.code ?? "in-kind") \($0.minorUnits) \($0.count)"
            }
            #expect(
                Set(rows) == [
                    "2026 general USD 2000 1", "2025 general USD 900000010050 3", "2025 general in-kind 0 1",
                    "2025 kyoto JPY 5000 1",
                ])
            #expect(summary.totals(in: Currency(code: "USD")!).map(\.money.minorUnits) == [900_000_010_050, 2000])
            #expect(summary.totals(fiscalYear: 2025).byCurrency == ["JPY": 5000, "USD": 900_000_010_050])
        }
    }
}

extension Programme {
    var draftForTests: ProgrammeDraft {
        ProgrammeDraft(
            name: name, organisation: organisation, homeCityID: homeCityID, milestoneLeadMonths: milestoneLeadMonths,
            dormantAfterYears: dormantAfterYears, fiscalYearStartMonth: fiscalYearStartMonth)
    }

}
