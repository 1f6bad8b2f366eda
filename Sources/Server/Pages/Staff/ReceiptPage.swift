import Domain
import Foundation
import Hummingbird

/// A receipt to print: number, date received, donor, what was given. An in-kind gift is described, never valued.
enum ReceiptPage {
    static func view(
        programme: Programme, contribution: Contribution, donorName: String, partnership: String?, email: String,
        page: PageContext
    ) -> HTML {
        let r = contribution.receipt
        let d = contribution.draft
        let t = page.t
        return Layout.view(
            Layout.Model(
                title: t("receipt.title", ["number": r.number]), siteName: programme.name, description: nil,
                signedInAs: email, page: page)
        ) {
            element("article", [.class("receipt")]) {
                h1 { t("receipt.title", ["number": r.number]) }
                if r.voided {
                    div(.class("form-error"), .attr("role", "alert")) {
                        p { t("receipt.void", ["reason": r.voidReason ?? t("receipt.noReason")]) }
                    }
                }
                dl(.class("facts")) {
                    dt { t("statement.issuedBy") }
                    dd { programme.organisation ?? programme.name }
                    dt { t("receipt.from") }
                    dd { donorName }
                    dt { t("contributions.form.received") }
                    dd { t.date(d.received) }
                    dt { t("contributions.statement.fiscalYear") }
                    dd { verbatim("FY\(r.fiscalYear)") }
                    switch d.gift {
                    case .money(let money):
                        dt { t("pledges.form.amount") }
                        dd { t.money(money) }
                    case .inKind(let description):
                        dt { t("receipt.inKind") }
                        dd { description }
                    }
                    dt { t("pledges.form.for") }
                    dd { partnership ?? t("receipt.generalFund") }
                }
                if case .inKind = d.gift {
                    p(.class("muted")) { t("receipt.inKindNote") }
                }
            }
        }
    }
}

struct ContributionPagesController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, SiteURL.receipt) { request, context in
            let (_, actor) = try context.signedIn(request, to: services.programmeID)
            try context.authorize(.readContacts, in: services.programmeID)
            let contribution = try await services.contributions.find(try context.pathID(), in: services.programmeID)
            let programme = try context.programme
            var partnership: String?
            if case .partnership(let id) = contribution.draft.designation,
                let p = try? await services.partnerships.find(id, in: programme.id)
            {
                partnership = p.pairName
            }
            return HTMLResponse.private(
                ReceiptPage.view(
                    programme: programme, contribution: contribution, donorName: contribution.donorName,
                    partnership: partnership, email: actor.user.email, page: context.page(request)))
        }
    }
}
