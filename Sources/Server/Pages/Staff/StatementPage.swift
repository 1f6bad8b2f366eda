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
    }

    static func view(_ model: Model) -> HTML {
        let s = model.statement
        return Layout.view(
            Layout.Model(
                title: "Statement FY\(s.fiscalYear): \(model.donorName)", siteName: model.programme.name,
                description: nil, signedInAs: model.email)
        ) {
            element("article", [.class("receipt")]) {
                h1 { "Year-end statement, FY\(s.fiscalYear)" }
                dl(.class("facts")) {
                    dt { "Issued by" }
                    dd { model.programme.organisation ?? model.programme.name }
                    dt { "Donor" }
                    dd { model.donorName }
                    dt { "Fiscal year" }
                    dd { "\(Format.date(s.from)) to \(Format.date(s.to))" }
                    for total in s.totals.amounts {
                        dt { "Total in \(total.currency.code)" }
                        dd { strong { total.formatted } }
                    }
                }
                if s.contributions.isEmpty {
                    div(.class("empty-state")) { p { "No gifts were received from this donor in FY\(s.fiscalYear)." } }
                } else {
                    div(.class("table-scroll")) {
                        element("table", [.class("directory")]) {
                            element("thead") {
                                element("tr") {
                                    for column in ["Receipt", "Received", "Gift", "For"] {
                                        element("th", [.attr("scope", "col")]) { column }
                                    }
                                }
                            }
                            element("tbody") {
                                for contribution in s.contributions {
                                    element("tr") {
                                        element("td", [.attr("data-label", "Receipt")]) {
                                            contribution.receipt.number
                                        }
                                        element("td", [.attr("data-label", "Received")]) {
                                            Format.date(contribution.draft.received)
                                        }
                                        element("td", [.attr("data-label", "Gift")]) {
                                            switch contribution.draft.gift {
                                            case .money(let money): money.formatted
                                            case .inKind(let description): "In kind: \(description)"
                                            }
                                        }
                                        element("td", [.attr("data-label", "For")]) {
                                            if case .partnership(let id) = contribution.draft.designation {
                                                model.funds[id] ?? "A partnership"
                                            } else {
                                                "The general fund"
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                if !s.inKind.isEmpty {
                    p(.class("muted")) {
                        "Gifts in kind are described, not valued: this statement attests no value for them."
                    }
                }
                p(.class("muted")) { "Voided receipts are not included. Each gift is dated by when it was received." }
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
            let (statement, donor) = try await ContributionsController.statement(request, services: services)
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
                        programme: try await services.programmes.find(services.programmeID), email: actor.user.email,
                        donorName: donor.displayName, statement: statement, funds: funds)))
        }
    }
}
