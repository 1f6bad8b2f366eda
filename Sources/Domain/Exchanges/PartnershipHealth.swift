import Foundation

/// How alive a tie is: its last and next visits each way, its activity by purpose over five years, and whether
/// it has gone quiet for longer than the programme allows.
public struct PartnershipHealth: Sendable, Hashable {
    public var lastVisit: [Exchange.Direction: Exchange]
    public var nextVisit: [Exchange.Direction: Exchange]
    /// The five years up to this one, oldest first.
    public var years: [Int]
    /// Exchanges a year for each purpose, in the order of ``years``.
    public var activity: [ExchangePurpose: [Int]]
    /// The date of the latest exchange or event, if any.
    public var lastActivity: PartialDate?
    public var dormantAfterYears: Int
    /// No exchange or event for `dormantAfterYears` years or more.
    public var isGoingDormant: Bool

    public static func of(
        exchanges: [Exchange], eventDates: [PartialDate], today: PartialDate, dormantAfterYears: Int
    ) -> PartnershipHealth {
        var last: [Exchange.Direction: Exchange] = [:]
        var next: [Exchange.Direction: Exchange] = [:]
        for exchange in exchanges {
            let direction = exchange.draft.direction
            if exchange.draft.starts <= today {
                if last[direction].map({ exchange.draft.starts > $0.draft.starts }) ?? true {
                    last[direction] = exchange
                }
            } else if next[direction].map({ exchange.draft.starts < $0.draft.starts }) ?? true {
                next[direction] = exchange
            }
        }
        let years = Array((today.year - 4)...today.year)
        var activity: [ExchangePurpose: [Int]] = [:]
        for purpose in ExchangePurpose.allCases {
            activity[purpose] = years.map { year in
                exchanges.filter { $0.draft.starts.year == year && $0.draft.purposes.contains(purpose) }.count
            }
        }
        let dates = exchanges.map(\.draft.starts).filter { $0 <= today } + eventDates.filter { $0 <= today }
        let latest = dates.max()
        let quiet = latest.map { today.year - $0.year >= dormantAfterYears } ?? true
        return PartnershipHealth(
            lastVisit: last, nextVisit: next, years: years, activity: activity, lastActivity: latest,
            dormantAfterYears: dormantAfterYears, isGoingDormant: quiet)
    }
}
