import Foundation

/// Money and gifts in kind received, summed by fiscal year, fund and currency; voided receipts left out.
/// Amounts in different currencies are never added together.
public struct ContributionSummary: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public var fiscalYear: Int
        /// The partnership the gifts were designated to; nil: the general fund.
        public var partnershipID: UUID?
        /// nil: gifts in kind, counted and never valued.
        public var currency: Currency?
        public var minorUnits: Int64
        public var count: Int

        public init(fiscalYear: Int, partnershipID: UUID?, currency: Currency?, minorUnits: Int64, count: Int) {
            self.fiscalYear = fiscalYear
            self.partnershipID = partnershipID
            self.currency = currency
            self.minorUnits = minorUnits
            self.count = count
        }
    }

    /// Newest fiscal year first; in a year, the general fund first, then by currency.
    public var rows: [Row]

    public init(_ rows: [Row]) {
        self.rows = rows.sorted {
            (-$0.fiscalYear, $0.partnershipID?.uuidString ?? "", $0.currency?.code ?? "~")
                < (-$1.fiscalYear, $1.partnershipID?.uuidString ?? "", $1.currency?.code ?? "~")
        }
    }

    public var fiscalYears: [Int] { Array(Set(rows.map(\.fiscalYear))).sorted(by: >) }
    public var currencies: [Currency] {
        Array(Set(rows.compactMap(\.currency))).sorted { $0.code < $1.code }
    }

    /// Money received in a currency, per fiscal year (oldest first), for a chart.
    public func totals(in currency: Currency) -> [(fiscalYear: Int, money: Money)] {
        var sums: [Int: Int64] = [:]
        for row in rows where row.currency == currency { sums[row.fiscalYear, default: 0] += row.minorUnits }
        return sums.keys.sorted().map { ($0, Money(minorUnits: sums[$0]!, currency: currency)) }
    }

    /// A fiscal year's money per currency, all funds together.
    public func totals(fiscalYear: Int) -> MoneyTotals {
        var totals = MoneyTotals()
        for row in rows where row.fiscalYear == fiscalYear {
            if let currency = row.currency { totals.add(Money(minorUnits: row.minorUnits, currency: currency)) }
        }
        return totals
    }
}
