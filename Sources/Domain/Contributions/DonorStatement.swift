import Foundation

/// A donor's gifts in one fiscal year, for their records and their tax return: every receipt that stands
/// (voided ones are left out), money summed per currency, gifts in kind listed without a value.
public struct DonorStatement: Sendable, Hashable {
    public var donorID: UUID
    public var fiscalYear: Int
    /// The first and last day of the fiscal year.
    public var from: PartialDate
    public var to: PartialDate
    /// Oldest receipt first.
    public var contributions: [Contribution]

    public init(donorID: UUID, fiscalYear: Int, startMonth: Int, contributions: [Contribution]) {
        self.donorID = donorID
        self.fiscalYear = fiscalYear
        (from, to) = Receipt.fiscalYearDays(fiscalYear, startMonth: startMonth)
        self.contributions = contributions.filter { !$0.receipt.voided && $0.draft.donorID == donorID }
            .sorted { ($0.receipt.sequence, $0.id.uuidString) < ($1.receipt.sequence, $1.id.uuidString) }
    }

    public var totals: MoneyTotals {
        var totals = MoneyTotals()
        for contribution in contributions {
            if case .money(let money) = contribution.draft.gift { totals.add(money) }
        }
        return totals
    }

    public var inKind: [Contribution] {
        contributions.filter { if case .inKind = $0.draft.gift { true } else { false } }
    }
}

extension Receipt {
    /// The first and last day of fiscal year `year` starting in `startMonth`: FY2019 from July is
    /// 1 July 2019 to 30 June 2020.
    public static func fiscalYearDays(_ year: Int, startMonth: Int) -> (PartialDate, PartialDate) {
        let first = PartialDate(year: year, month: startMonth, day: 1)!
        let lastMonth = startMonth == 1 ? 12 : startMonth - 1
        let lastYear = startMonth == 1 ? year : year + 1
        let last = PartialDate(
            year: lastYear, month: lastMonth, day: PartialDate.daysIn(month: lastMonth, year: lastYear))!
        return (first, last)
    }
}
