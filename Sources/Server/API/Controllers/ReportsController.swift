import Domain
import Foundation
import Hummingbird

/// `/api/v1/reports/…` and the `/staff/reports` page: totals for coordinators and above.
struct ReportsController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .apiContributionsReport, use: contributions)
        routes.on(.get, .apiMembersReport, use: members)
        routes.on(.get, .staffReports, use: page)
    }

    private var programmeID: UUID { services.programmeID }

    @Sendable func contributions(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.readContacts, in: programmeID)
        let summary = try await services.contributions.summary(in: programmeID)
        return try JSONResponse.make(
            ContributionSummaryDTO(summary, funds: try await Self.funds(summary, services: services)))
    }

    @Sendable func members(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.readContacts, in: programmeID)
        let now = context.now
        let counts = try await Self.memberCounts(services: services, now: now)
        return try JSONResponse.make(
            MemberCountsDTO(
                asOf: Timestamp.format(now),
                byStatus: Dictionary(
                    uniqueKeysWithValues: Membership.Status.allCases.map { ($0.rawValue, counts[$0] ?? 0) })))
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, actor) = try context.signedIn(request, to: programmeID)
        try context.authorize(.readContacts, in: programmeID)
        let summary = try await services.contributions.summary(in: programmeID)
        return HTMLResponse.private(
            ReportsPage.view(
                ReportsPage.Model(
                    programmeName: try context.programme.name, email: actor.user.email,
                    contributions: summary, funds: try await Self.funds(summary, services: services),
                    members: try await Self.memberCounts(services: services, now: context.now),
                    hours: try await services.volunteers.totals(in: programmeID, year: nil),
                    page: context.page(request))))
    }

    static func memberCounts(services: Services, now: Date) async throws -> [Membership.Status: Int] {
        var counts: [Membership.Status: Int] = [:]
        for membership in try await services.memberships.list(in: services.programmeID) {
            counts[membership.status(at: now), default: 0] += 1
        }
        return counts
    }

    static func funds(_ summary: ContributionSummary, services: Services) async throws -> [UUID: String] {
        var names: [UUID: String] = [:]
        for id in Set(summary.rows.compactMap(\.partnershipID)) {
            if let p = try? await services.partnerships.find(id, in: services.programmeID) {
                names[id] = p.pairName
            }
        }
        return names
    }
}

struct ContributionSummaryDTO: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var fiscalYear: Int
        /// Absent: the general fund.
        var partnershipId: String?
        var fund: String
        /// Absent for gifts in kind, which are counted and never valued.
        var amount: MoneyDTO?
        var inKind: Bool
        var count: Int
    }

    var rows: [Row]
    /// Per fiscal year, money per currency.
    var totals: [FiscalYearTotals]

    struct FiscalYearTotals: Encodable, Sendable {
        var fiscalYear: Int
        var totals: [MoneyDTO]
    }

    init(_ summary: ContributionSummary, funds: [UUID: String]) {
        rows = summary.rows.map { row in
            Row(
                fiscalYear: row.fiscalYear, partnershipId: row.partnershipID?.lowercasedString,
                fund: row.partnershipID.map { funds[$0] ?? "" } ?? "General fund",
                amount: row.currency.map { MoneyDTO(Money(minorUnits: row.minorUnits, currency: $0)) },
                inKind: row.currency == nil, count: row.count)
        }
        totals = summary.fiscalYears.map {
            FiscalYearTotals(fiscalYear: $0, totals: summary.totals(fiscalYear: $0).amounts.map(MoneyDTO.init))
        }
    }
}

struct MemberCountsDTO: Encodable, Sendable {
    var asOf: String
    var byStatus: [String: Int]
}
