import Domain
import Foundation
import Testing

@Suite struct PledgeTests {
    let usd = Currency(code: "USD")!

    func draft(
        _ minor: Int64, _ frequency: PledgeFrequency?, from start: String, instalments: Int? = nil
    ) -> PledgeDraft {
        PledgeDraft(
            donorID: UUID(), amount: Money(minorUnits: minor, currency: usd), frequency: frequency,
            start: PartialDate(start)!, instalments: instalments)
    }

    func days(_ texts: String...) -> [PartialDate] { texts.map { PartialDate($0)! } }

    @Test func instalmentsFallOnTheStartDayOrTheLastDayOfAShorterMonth() {
        let monthly = draft(2500, .monthly, from: "2026-01-31", instalments: 4)
        #expect((0..<5).compactMap(monthly.dueDate) == days("2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"))
        let leap = draft(2500, .yearly, from: "2024-02-29")
        #expect(
            (0..<5).compactMap(leap.dueDate)
                == days("2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"))
        let quarterly = draft(2500, .quarterly, from: "2026-11-15", instalments: 3)
        #expect((0..<3).compactMap(quarterly.dueDate) == days("2026-11-15", "2027-02-15", "2027-05-15"))
        let once = draft(50_000, nil, from: "2026-06-30")
        #expect((0..<3).compactMap(once.dueDate) == days("2026-06-30"))
    }

    @Test func standingIsWhatWasDueAgainstWhatCameIn() {
        let d = draft(2500, .monthly, from: "2026-01-01", instalments: 12)
        var pledge = Pledge(id: UUID(), draft: d, donorName: "Aiko Tanaka", receivedMinorUnits: 5000, payments: 2)
        let today = PartialDate("2026-04-10")!
        #expect(pledge.dueDates(through: today).count == 4)
        #expect(pledge.expected(by: today).minorUnits == 10_000)
        #expect(pledge.arrears(on: today).minorUnits == 5000)
        #expect(pledge.nextDue == PartialDate("2026-03-01"))
        #expect(pledge.total?.minorUnits == 30_000)
        #expect(pledge.status(on: today) == .open)

        // Paid ahead: no arrears; the next due is the first instalment not yet covered.
        pledge.receivedMinorUnits = 12_500
        #expect(pledge.arrears(on: today).minorUnits == 0)
        #expect(pledge.nextDue == PartialDate("2026-06-01"))

        pledge.receivedMinorUnits = 30_000
        #expect(pledge.status(on: today) == .fulfilled && pledge.nextDue == nil)

        // Cancelled: nothing falls due after the day, and it is no longer behind for later months.
        var cancelled = Pledge(
            id: UUID(), draft: d, donorName: "Ben", cancelledOn: PartialDate("2026-02-15"), receivedMinorUnits: 2500)
        #expect(cancelled.dueDates(through: PartialDate("2026-12-31")!).count == 2)
        #expect(cancelled.arrears(on: PartialDate("2026-12-31")!).minorUnits == 2500)
        #expect(cancelled.status(on: today) == .cancelled && cancelled.nextDue == nil)
        cancelled.receivedMinorUnits = 0
        let open = Pledge(id: UUID(), draft: draft(1000, .monthly, from: "2026-01-01"), donorName: "C")
        #expect(open.total == nil && open.status(on: today) == .open)
    }

    @Test func draftsAreCheckedWithEveryFieldNamed() {
        let donor = UUID()
        var bad = PledgeDraft(
            donorID: donor, amount: Money(minorUnits: 0, currency: usd), frequency: nil,
            start: PartialDate("2026-05")!, instalments: 3)
        #expect(throws: DomainError.self) { try bad.validated(people: [donor], partnerships: []) }
        do {
            _ = try bad.validated(people: [donor], partnerships: [])
        } catch {
            guard case .invalid(let issues) = error else { return }
            #expect(Set(issues.map(\.field)) == ["amount.amount", "start", "instalments"])
        }
        bad = PledgeDraft(
            donorID: donor, amount: Money(minorUnits: 100, currency: usd), frequency: .monthly,
            start: PartialDate("2026-05-01")!, instalments: 601)
        #expect(throws: DomainError.self) { try bad.validated(people: [donor], partnerships: []) }
        let ancient = PledgeDraft(
            donorID: donor, amount: Money(minorUnits: 99_999_999_999_900, currency: usd), frequency: .monthly,
            start: PartialDate("0001-01-01")!)
        #expect(throws: DomainError.invalid([FieldIssue(field: "start", message: "must be a day from 1900 to 2200")])) {
            try ancient.validated(people: [donor], partnerships: [])
        }
        let once = try? PledgeDraft(
            donorID: donor, amount: Money(minorUnits: 100, currency: usd), start: PartialDate("2026-05-01")!
        ).validated(people: [donor], partnerships: [])
        #expect(once?.instalmentCount == 1)
    }
}
