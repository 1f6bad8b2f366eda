import Domain
import Foundation
import Hummingbird

/// `/api/v1/contributions`: gifts of money and in kind, with receipts. Donors' details are for coordinators
/// and above only.
struct ContributionsController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .apiContributions, use: list)
        routes.on(.post, .apiContributions, use: record)
        routes.on(.get, .apiContributionTotals, use: totals)
        routes.on(.get, .apiContributionStatement, use: statement)
        routes.on(.get, SiteURL.apiContribution, use: show)
        routes.on(.post, SiteURL.apiContributionVoid, use: void)
    }

    private var programmeID: UUID { services.programmeID }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.readContacts, in: programmeID)
        let query = QueryReader(request)
        let page = try await services.contributions.list(
            in: programmeID,
            ContributionQuery(
                page: try query.page(), donorID: try query.uuid("donor"),
                fiscalYear: try query.integer("fiscalYear", in: 1900...2200)))
        return try JSONResponse.make(ListDTO(page, ContributionDTO.init))
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.readContacts, in: programmeID)
        return try JSONResponse.make(
            ContributionDTO(try await services.contributions.find(try context.pathID(), in: programmeID)))
    }

    @Sendable func record(_ request: Request, context: AppRequestContext) async throws -> Response {
        let actor = try context.authorize(.editPeople, in: programmeID)
        let input = try await JSONRequest.decode(ContributionInput.self, from: request, context: context)
        let contribution = try await services.contributions.record(
            try input.draft(), in: programmeID, by: ChangeAuthor(actor))
        return try JSONResponse.created(ContributionDTO(contribution), at: .apiContribution(contribution.id))
    }

    @Sendable func void(_ request: Request, context: AppRequestContext) async throws -> Response {
        let actor = try context.authorize(.editPeople, in: programmeID)
        let input = try await JSONRequest.decode(VoidInput.self, from: request, context: context)
        return try JSONResponse.make(
            ContributionDTO(
                try await services.contributions.void(
                    try context.pathID(), reason: input.reason ?? "", in: programmeID, by: ChangeAuthor(actor))))
    }

    /// Money received in a fiscal year, per currency, not counting voided receipts; in-kind gifts are counted,
    /// never valued.
    @Sendable func totals(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.readContacts, in: programmeID)
        guard let year = try QueryReader(request).integer("fiscalYear", in: 1900...2200) else {
            throw RequestError.invalidQuery(
                parameter: "fiscalYear", message: "is required: the year the fiscal year starts in")
        }
        var totals = MoneyTotals()
        var inKind = 0
        var page = 1
        while true {
            let batch = try await services.contributions.list(
                in: programmeID,
                ContributionQuery(page: PageRequest(page: page, limit: PageRequest.maxLimit), fiscalYear: year))
            for contribution in batch.items where !contribution.receipt.voided {
                switch contribution.draft.gift {
                case .money(let money): totals.add(money)
                case .inKind: inKind += 1
                }
            }
            guard batch.hasNext else { break }
            page += 1
        }
        return try JSONResponse.make(
            TotalsDTO(fiscalYear: year, totals: totals.amounts.map(MoneyDTO.init), inKindCount: inKind))
    }
}

extension ContributionsController {
    /// A donor's year-end statement: `donor` and `fiscalYear` are required.
    @Sendable func statement(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.readContacts, in: programmeID)
        let (statement, donor) = try await Self.statement(request, of: try context.programme, services: services)
        return try JSONResponse.make(StatementDTO(statement, donorName: donor.displayName))
    }

    static func statement(
        _ request: Request, of programme: Programme, services: Services
    ) async throws -> (DonorStatement, Person) {
        let query = QueryReader(request)
        guard let donorID = try query.uuid("donor") else {
            throw RequestError.invalidQuery(parameter: "donor", message: "is required: the donor's id")
        }
        guard let year = try query.integer("fiscalYear", in: 1900...2200) else {
            throw RequestError.invalidQuery(
                parameter: "fiscalYear", message: "is required: the year the fiscal year starts in")
        }
        let donor = try await services.people.find(donorID, in: programme.id)
        var contributions: [Contribution] = []
        var page = 1
        while true {
            let batch = try await services.contributions.list(
                in: programme.id,
                ContributionQuery(
                    page: PageRequest(page: page, limit: PageRequest.maxLimit), donorID: donor.id, fiscalYear: year))
            contributions += batch.items
            guard batch.hasNext else { break }
            page += 1
        }
        return (
            DonorStatement(
                donorID: donor.id, fiscalYear: year, startMonth: programme.fiscalYearStartMonth,
                contributions: contributions), donor
        )
    }
}

struct StatementDTO: Encodable, Sendable {
    var donorId: String
    var donorName: String
    var fiscalYear: Int
    var from: String
    var to: String
    var contributions: [ContributionDTO]
    var totals: [MoneyDTO]
    var inKindCount: Int

    init(_ statement: DonorStatement, donorName: String) {
        donorId = statement.donorID.lowercasedString
        self.donorName = donorName
        fiscalYear = statement.fiscalYear
        from = statement.from.description
        to = statement.to.description
        contributions = statement.contributions.map(ContributionDTO.init)
        totals = statement.totals.amounts.map(MoneyDTO.init)
        inKindCount = statement.inKind.count
    }
}

struct TotalsDTO: Encodable, Sendable {
    var fiscalYear: Int
    var totals: [MoneyDTO]
    var inKindCount: Int
}
