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
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        let e = { (field: String) in FormControls.messages(model.errors, field, t: t) }
        let v = { (field: String) in model.values[field] ?? "" }
        let choose = t("members.choose")
        return Layout.view(
            Layout.Model(
                title: t("contributions.title"), siteName: model.programmeName, description: nil,
                signedInAs: model.email, page: model.page)
        ) {
            h1 { t("contributions.title") }
            p(.class("lede")) { t("contributions.lede") }
            p {
                a(.href(SiteURL.staffExport(.contributions).path)) { t("contributions.csvAll") }
                " · "
                a(.href(SiteURL.staffExport(.contributions).path(query: [("year", String(model.currentFiscalYear))]))) {
                    t("contributions.csvYear", ["year": verbatim("FY\(model.currentFiscalYear)")])
                }
            }
            if model.contributions.isEmpty {
                div(.class("empty-state")) { p { t("contributions.empty") } }
            } else {
                ul(.class("plain-list")) {
                    for contribution in model.contributions {
                        li {
                            a(.href(SiteURL.receipt(contribution.id).path)) { contribution.receipt.number }
                            " · \(contribution.donorName) · "
                            switch contribution.draft.gift {
                            case .money(let money): t.money(money)
                            case .inKind(let description): t("contributions.inKind", ["description": description])
                            }
                            span(.class("muted")) {
                                " · " + t("contributions.received", ["date": t.date(contribution.draft.received)])
                            }
                            if contribution.receipt.voided { span(.class("badge")) { t("contributions.void") } }
                        }
                    }
                }
            }
            h2 { t("contributions.statement.title") }
            form(.attr("method", "get"), .attr("action", SiteURL.contributionStatement.path), .class("stack wide")) {
                div(.class("inline-fields")) {
                    FormControls.select(
                        "donor", t("pledges.donor"), options: [("", choose)] + model.donors, selected: "", errors: [],
                        t: t)
                    FormControls.text(
                        "fiscalYear", t("contributions.statement.fiscalYear"), value: String(model.currentFiscalYear),
                        errors: [], type: "number", t: t)
                }
                button(.attr("type", "submit")) { t("contributions.statement.show") }
            }
            h2 { t("contributions.form.title") }
            if !model.errors.isEmpty {
                div(.class("form-error"), .attr("role", "alert")) { p { t("members.correct") } }
            }
            form(.attr("method", "post"), .attr("action", SiteURL.staffContributions.path), .class("stack wide")) {
                csrfField(model.csrfToken)
                FormControls.select(
                    "donorId", t("pledges.donor"), options: [("", choose)] + model.donors, selected: v("donorId"),
                    errors: e("donorId"), hint: t("contributions.form.donorHint"), t: t)
                FormControls.text(
                    "amount", t("pledges.form.amount"), value: v("amount"), errors: e("amount"),
                    hint: t("contributions.form.amountHint"), t: t)
                FormControls.text(
                    "currency", t("members.levels.currency"), value: v("currency").isEmpty ? "USD" : v("currency"),
                    errors: [], t: t)
                FormControls.text(
                    "inKind", t("contributions.form.inKind"), value: v("inKind"), errors: e("inKind"),
                    hint: t("contributions.form.inKindHint"), t: t)
                FormControls.text(
                    "received", t("contributions.form.received"), value: v("received"), errors: e("received"),
                    type: "date", t: t)
                FormControls.select(
                    "partnershipId", t("pledges.form.for"),
                    options: [("", t("pledges.form.generalFund"))] + model.partnerships,
                    selected: v("partnershipId"), errors: e("partnershipId"), t: t)
                if !model.pledges.isEmpty {
                    FormControls.select(
                        "pledgeId", t("contributions.form.pledge"),
                        options: [("", t("contributions.form.noPledge"))] + model.pledges,
                        selected: v("pledgeId"), errors: e("pledgeId"), hint: t("contributions.form.pledgeHint"), t: t)
                }
                button(.attr("type", "submit"), .class("primary")) { t("contributions.form.submit") }
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
        let programme = try context.programme
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
                    pledges: try await openPledges(context.localizer, today: try context.today),
                    currentFiscalYear: Receipt.fiscalYear(
                        of: try context.today,
                        startMonth: programme.fiscalYearStartMonth), values: values, errors: errors,
                    page: context.page(request))))
        if !errors.isEmpty { response.status = .unprocessableContent }
        return response
    }

    private func openPledges(_ t: Localizer, today: PartialDate) async throws -> [(value: String, label: String)] {
        return try await services.pledges.list(
            in: services.programmeID, PledgeQuery(page: PageRequest(limit: PageRequest.maxLimit))
        ).items.filter { $0.status(on: today) == .open }.map {
            (
                $0.id.uuidString,
                t(
                    "contributions.form.pledgeOption",
                    ["donor": $0.donorName, "promise": PledgesPage.promise($0.draft, t)])
            )
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
                request, context, values: values,
                errors: FormControls.issues(error, besides: "donorId", t: context.localizer))
        }
    }
}
