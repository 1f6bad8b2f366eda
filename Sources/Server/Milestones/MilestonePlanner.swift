import Domain
import Foundation

/// Every milestone anniversary of the programme's partnerships in a range of years.
struct MilestonePlanner: Sendable {
    let partnerships: any PartnershipRepository
    let programmes: any ProgrammeRepository
    let programmeID: UUID

    func plan(_ years: ClosedRange<Int>) async throws -> (programme: Programme, milestones: [Milestone]) {
        let programme = try await programmes.find(programmeID)
        return (programme, try await plan(years, of: programme))
    }

    /// The milestones of `programme` (the served one, as a request resolved it) in `years`.
    func plan(_ years: ClosedRange<Int>, of programme: Programme) async throws -> [Milestone] {
        var all: [Partnership] = []
        var page = PageRequest(page: 1, limit: PageRequest.maxLimit)
        while true {
            let batch = try await partnerships.list(in: programmeID, PartnershipQuery(page: page))
            all += batch.items
            guard batch.hasNext else { break }
            page = PageRequest(page: page.page + 1, limit: page.limit)
        }
        return Anniversaries.milestones(of: all, in: years, leadMonths: programme.milestoneLeadMonths)
    }

    /// `from` and `to` from a query: years 1 to 2200, at most 100 apart; by default this year and the next ten.
    static func years(_ query: QueryReader, currentYear: Int) throws -> ClosedRange<Int> {
        try YearRange.read(query, currentYear: currentYear, maxSpan: 100)
    }
}

/// A `from`–`to` range of years in a query. A missing end is ten years from the other; a range that runs
/// backwards or is too wide is a 422 naming `to`.
enum YearRange {
    static func read(_ query: QueryReader, currentYear: Int, maxSpan: Int) throws -> ClosedRange<Int> {
        let years = SexagenaryYear.years
        let given = (try query.integer("from", in: years), try query.integer("to", in: years))
        let from = given.0 ?? given.1.map { max(years.lowerBound, $0 - 10) } ?? currentYear
        let to = given.1 ?? min(from + 10, years.upperBound)
        guard from <= to, to - from <= maxSpan else {
            throw DomainError.invalid([
                FieldIssue(field: "to", message: "must be from `from` (\(from)) to \(maxSpan) years after it")
            ])
        }
        return from...to
    }
}
