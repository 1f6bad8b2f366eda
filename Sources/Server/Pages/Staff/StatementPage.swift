import Domain
import Foundation
import Hummingbird

/// A donor's year-end statement to print: every receipt of the fiscal year that stands, money totalled per
/// currency, gifts in kind described without a value.
enum StatementPage {
    struct Model {
        var programme: Programme
        var email: String
        var donorName: String
        var statement: DonorStatement
        /// Names of the partnerships gifts were designated to.
        var funds: [UUID: String]
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let s = model.statement
        let t = model.page.t
        let year = verbatim("FY\(s.fiscalYear)")
        let receipt = t("statement.receipt")
        let received = t("pledges.received")
        let gift = t("statement.gift")
        let fund = t("pledges.form.for")
        return Layout.view(
            Layout.Model(
                title: t("statement.title", ["year": year, "donor": model.donorName]), siteName: model.programme.name,
                description: nil, signedInAs: model.email, page: model.page)
        ) {
            element("article", [.class("receipt")]) {
                h1 { t("statement.heading", ["year": year]) }
                dl(.class("facts")) {
                    dt { t("statement.issuedBy") }
                    dd { model.programme.organisation ?? model.programme.name }
                    dt { t("pledges.donor") }
                    dd { model.donorName }
                    dt { t("contributions.statement.fiscalYear") }
                    dd { t("statement.period", ["from": t.date(s.from), "to": t.date(s.to)]) }
                    for total in s.totals.amounts {
                        dt { t("statement.total", ["currency": verbatim(total.currency.code)]) }
                        dd { strong { t.money(total) } }
                    }
                }
                if s.contributions.isEmpty {
                    div(.class("empty-state")) { p { t("statement.empty", ["year": year]) } }
                } else {
                    div(.class("table-scroll")) {
                        element("table", [.class("directory")]) {
                            element("thead") {
                                element("tr") {
                                    for column in [receipt, received, gift, fund] {
                                        element("th", [.attr("scope", "col")]) { column }
                                    }
                                }
                            }
                            element("tbody") {
                                for contribution in s.contributions {
                                    element("tr") {
                                        element("td", [.attr("data-label", receipt)]) {
                                            contribution.receipt.number
                                        }
                                        element("td", [.attr("data-label", received)]) {
                                            t.date(contribution.draft.received)
                                        }
                                        element("td", [.attr("data-label", gift)]) {
                                            switch contribution.draft.gift {
                                            case .money(let money): t.money(money)
                                            case .inKind(let description):
                                                t("statement.inKind", ["description": description])
                                            }
                                        }
                                        element("td", [.attr("data-label", fund)]) {
                                            if case .partnership(let id) = contribution.draft.designation {
                                                model.funds[id] ?? t("statement.aPartnership")
                                            } else {
                                                t("pledges.form.generalFund")
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                if !s.inKind.isEmpty {
                    p(.class("muted")) { t("statement.inKindNote") }
                }
                p(.class("muted")) { t("statement.voidedNote") }
            }
        }
    }
}

struct StatementPagesController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .contributionStatement) { request, context in
            let (_, actor) = try context.signedIn(request, to: services.programmeID)
            try context.authorize(.readContacts, in: services.programmeID)
            let (statement, donor) = try await ContributionsController.statement(
                request, of: try context.programme, services: services)
            var funds: [UUID: String] = [:]
            for contribution in statement.contributions {
                if case .partnership(let id) = contribution.draft.designation, funds[id] == nil,
                    let p = try? await services.partnerships.find(id, in: services.programmeID)
                {
                    funds[id] = p.pairName
                }
            }
            return HTMLResponse.private(
                StatementPage.view(
                    StatementPage.Model(
                        programme: try context.programme, email: actor.user.email,
                        donorName: donor.displayName, statement: statement, funds: funds,
                        page: context.page(request))))
        }
    }
}
