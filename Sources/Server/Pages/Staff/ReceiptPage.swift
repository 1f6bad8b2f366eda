import Domain
import Foundation
import Hummingbird

/// A receipt to print: number, date received, donor, what was given. An in-kind gift is described, never valued.
enum ReceiptPage {
    static func view(
        programme: Programme, contribution: Contribution, donorName: String, partnership: String?, email: String
    ) -> HTML {
        let r = contribution.receipt
        let d = contribution.draft
        return Layout.view(
            Layout.Model(title: "Receipt \(r.number)", siteName: programme.name, description: nil, signedInAs: email)
        ) {
            element("article", [.class("receipt")]) {
                h1 { "Receipt \(r.number)" }
                if r.voided {
                    div(.class("form-error"), .attr("role", "alert")) {
                        p { "Void: \(r.voidReason ?? "no reason given"). This number stays taken and is not reissued." }
                    }
                }
                dl(.class("facts")) {
                    dt { "Issued by" }
                    dd { programme.organisation ?? programme.name }
                    dt { "Received from" }
                    dd { donorName }
                    dt { "Received on" }
                    dd { Format.date(d.received) }
                    dt { "Fiscal year" }
                    dd { "FY\(r.fiscalYear)" }
                    switch d.gift {
                    case .money(let money):
                        dt { "Amount" }
                        dd { money.formatted }
                    case .inKind(let description):
                        dt { "Gift in kind" }
                        dd { description }
                    }
                    dt { "For" }
                    dd { partnership ?? "The programme's general fund" }
                }
                if case .inKind = d.gift {
                    p(.class("muted")) { "This receipt describes a gift in kind; it attests no value." }
                }
            }
        }
    }
}

struct ContributionPagesController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .receipt(.init())) { request, context in
            let (_, actor) = try context.signedIn(request, to: services.programmeID)
            try context.authorize(.readContacts, in: services.programmeID)
            let contribution = try await services.contributions.find(try context.pathID(), in: services.programmeID)
            let programme = try await services.programmes.find(services.programmeID)
            var partnership: String?
            if case .partnership(let id) = contribution.draft.designation,
                let p = try? await services.partnerships.find(id, in: programme.id)
            {
                partnership = p.pairName
            }
            return HTMLResponse.private(
                ReceiptPage.view(
                    programme: programme, contribution: contribution, donorName: contribution.donorName,
                    partnership: partnership, email: actor.user.email))
        }
    }
}
