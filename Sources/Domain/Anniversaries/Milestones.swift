import Foundation

/// A partnership's named anniversary in a range of years, and when to start planning it.
public struct Milestone: Sendable, Hashable {
    public let partnership: Partnership
    public let anniversary: Anniversary
    /// The first day of planning: the anniversary's first possible day, less the programme's lead time.
    public let planningStarts: PartialDate
}

extension Anniversaries {
    /// Every milestone (named anniversary) of `partnerships` in `years`, earliest first.
    public static func milestones(
        of partnerships: [Partnership], in years: ClosedRange<Int>, leadMonths: Int
    ) -> [Milestone] {
        partnerships.flatMap { partnership in
            of(partnership, in: years).filter(\.isMilestone).map { anniversary in
                Milestone(
                    partnership: partnership, anniversary: anniversary,
                    planningStarts: planningStart(of: anniversary.date, leadMonths: leadMonths))
            }
        }
        .sorted {
            ($0.anniversary.date, $0.partnership.partnerCity.name) < (
                $1.anniversary.date, $1.partnership.partnerCity.name
            )
        }
    }

    /// `leadMonths` before the first day the date can mean (1 January for a year, the 1st for a month).
    static func planningStart(of date: PartialDate, leadMonths: Int) -> PartialDate {
        let months = date.year * 12 + (date.month ?? 1) - 1 - leadMonths
        let year = months / 12
        let month = months % 12 + 1
        let day = min(date.day ?? 1, PartialDate.daysIn(month: month, year: year))
        return PartialDate(year: max(1, year), month: month, day: day)!
    }
}
