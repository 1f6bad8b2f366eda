import Domain
import Foundation
import Hummingbird

/// `/staff/contributions`: the receipts of the programme, newest first, and a form to record a gift.
enum ContributionsPage {
    struct Model {
        var programmeName: String
        var email: String
        var csrfToken: String
        var contributions: [Contribution]
        var donors: [(value: String, label: String)]
        var partnerships: [(value: String, label: String)]
        /// Open pledges, for the payment's "toward a pledge" choice.
        var pledges: [(value: String, label: String)] = []
        /// The fiscal year today falls in: the statement form's default.
        var currentFiscalYear: Int
        var values: [String: String] = [:]
        var errors: [FieldIssue] = []
    }

    static func view(_ model: Model) -> HTML {
        let e = { (field: String) in FormControls.messages(model.errors, field) }
        let v = { (field: String) in model.values[field] ?? "" }
        return Layout.view(
            Layout.Model(
                title: "Contributions", siteName: model.programmeName, description: nil, signedInAs: model.email)
        ) {
            h1 { "Contributions" }
            p(.class("lede")) {
                "Gifts of money and in kind, and their receipts: numbered without gaps in each fiscal year."
            }
            p {
                a(.href(SiteURL.staffExport(.contributions).path)) { "Download all as CSV" }
                " · "
                a(.href(SiteURL.staffExport(.contributions).path(query: [("year", String(model.currentFiscalYear))]))) {
                    "FY\(model.currentFiscalYear) only"
                }
            }
            if model.contributions.isEmpty {
                div(.class("empty-state")) { p { "No contributions are recorded yet." } }
            } else {
                ul(.class("plain-list")) {
                    for contribution in model.contributions {
                        li {
                            a(.href(SiteURL.receipt(contribution.id).path)) { contribution.receipt.number }
                            " · \(contribution.donorName) · "
                            switch contribution.draft.gift {
                            case .money(let money): money.formatted
                            case .inKind(let description): "in kind: \(description)"
                            }
                            span(.class("muted")) { " · received \(Format.date(contribution.draft.received))" }
                            if contribution.receipt.voided { span(.class("badge")) { "Void" } }
                        }
                    }
                }
            }
            h2 { "Year-end statement" }
            form(.attr("method", "get"), .attr("action", SiteURL.contributionStatement.path), .class("stack wide")) {
                div(.class("inline-fields")) {
                    FormControls.select(
                        "donor", "Donor", options: [("", "Choose…")] + model.donors, selected: "", errors: [])
                    FormControls.text(
                        "fiscalYear", "Fiscal year", value: String(model.currentFiscalYear), errors: [],
                        type: "number")
                }
                button(.attr("type", "submit")) { "Show the statement" }
            }
            h2 { "Record a contribution" }
            if !model.errors.isEmpty {
                div(.class("form-error"), .attr("role", "alert")) { p { "Please correct the fields marked below." } }
            }
            form(.attr("method", "post"), .attr("action", SiteURL.staffContributions.path), .class("stack wide")) {
                csrfField(model.csrfToken)
                FormControls.select(
                    "donorId", "Donor", options: [("", "Choose…")] + model.donors, selected: v("donorId"),
                    errors: e("donorId"), hint: "A person of the programme (add them under People first).")
                FormControls.text(
                    "amount", "Amount", value: v("amount"), errors: e("amount"),
                    hint: "1500 or 1500.00; empty for a gift in kind.")
                FormControls.text(
                    "currency", "Currency", value: v("currency").isEmpty ? "USD" : v("currency"), errors: [])
                FormControls.text(
                    "inKind", "Or a gift in kind", value: v("inKind"), errors: e("inKind"),
                    hint: "What was given; the receipt describes it and attests no value.")
                FormControls.text("received", "Received on", value: v("received"), errors: e("received"), type: "date")
                FormControls.select(
                    "partnershipId", "For", options: [("", "The general fund")] + model.partnerships,
                    selected: v("partnershipId"), errors: e("partnershipId"))
                if !model.pledges.isEmpty {
                    FormControls.select(
                        "pledgeId", "Toward a pledge", options: [("", "None")] + model.pledges,
                        selected: v("pledgeId"), errors: e("pledgeId"),
                        hint: "The donor's open pledge this payment is for, in its currency.")
                }
                button(.attr("type", "submit"), .class("primary")) { "Record and issue the receipt" }
            }
        }
    }
}

struct ContributionsStaffController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .staffContributions) { request, context in
            try await page(request, context, values: [:], errors: [])
        }
        routes.on(.post, .staffContributions, use: record)
    }

    private func page(
        _ request: Request, _ context: AppRequestContext, values: [String: String], errors: [FieldIssue]
    ) async throws -> Response {
        let (session, actor) = try context.signedIn(request, to: services.programmeID)
        try context.authorize(.readContacts, in: services.programmeID)
        let programme = try await services.programmes.find(services.programmeID)
        let contributions = try await services.contributions.list(
            in: programme.id, ContributionQuery(page: PageRequest(limit: 100)))
        let people = try await services.people.list(
            in: programme.id, PersonQuery(page: PageRequest(limit: PageRequest.maxLimit), includePrivate: true))
        var response = HTMLResponse.private(
            ContributionsPage.view(
                ContributionsPage.Model(
                    programmeName: programme.name, email: actor.user.email, csrfToken: session.csrfToken,
                    contributions: contributions.items,
                    donors: people.items.map { ($0.id.uuidString, $0.displayName) },
                    partnerships: try await services.partnerships.all(in: programme.id).map {
                        ($0.id.uuidString, $0.pairName)
                    },
                    pledges: try await openPledges(),
                    currentFiscalYear: Receipt.fiscalYear(
                        of: try await ProgrammeCalendar.today(services: services),
                        startMonth: programme.fiscalYearStartMonth), values: values, errors: errors)))
        if !errors.isEmpty { response.status = .unprocessableContent }
        return response
    }

    private func openPledges() async throws -> [(value: String, label: String)] {
        let today = try await ProgrammeCalendar.today(services: services)
        return try await services.pledges.list(
            in: services.programmeID, PledgeQuery(page: PageRequest(limit: PageRequest.maxLimit))
        ).items.filter { $0.status(on: today) == .open }.map {
            ($0.id.uuidString, "\($0.donorName): \(PledgesPage.promise($0.draft))")
        }
    }

    @Sendable func record(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.signedIn(request, to: services.programmeID)
        let actor = try context.authorize(.editPeople, in: services.programmeID)
        var request = request
        let form = FormBody(try await request.collectBody(upTo: context.maxUploadSize))
        let input = ContributionInput(
            donorId: form.nonEmpty("donorId").flatMap(UUID.init(uuidString:)),
            amount: form.nonEmpty("amount").map { MoneyInput(amount: $0, currency: form.nonEmpty("currency")) },
            inKind: form.nonEmpty("inKind"), received: form.nonEmpty("received"),
            partnershipId: form.nonEmpty("partnershipId").flatMap(UUID.init(uuidString:)), note: nil,
            pledgeId: form.nonEmpty("pledgeId").flatMap(UUID.init(uuidString:)))
        do {
            let contribution = try await services.contributions.record(
                try input.draft(), in: services.programmeID, by: ChangeAuthor(actor))
            return Redirect.to(SiteURL.receipt(contribution.id).path)
        } catch let error as DomainError {
            let values = Dictionary(
                uniqueKeysWithValues: [
                    "donorId", "amount", "currency", "inKind", "received", "partnershipId", "pledgeId",
                ].map {
                    ($0, form.value($0) ?? "")
                })
            return try await page(
                request, context, values: values, errors: FormControls.issues(error, besides: "donorId"))
        }
    }
}
