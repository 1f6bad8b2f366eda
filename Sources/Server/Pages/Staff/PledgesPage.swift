import Domain
import Foundation
import Hummingbird

/// `/staff/pledges`: promises of money, once or recurring, with what came in and what is behind; and a form to
/// record one. Payments are recorded as contributions toward the pledge.
enum PledgesPage {
    struct Model {
        var programmeName: String
        var email: String
        var csrfToken: String
        var pledges: [Pledge]
        var today: PartialDate
        var donors: [(value: String, label: String)]
        var partnerships: [(value: String, label: String)]
        var values: [String: String] = [:]
        var errors: [FieldIssue] = []
    }

    static func promise(_ d: PledgeDraft) -> String {
        guard let frequency = d.frequency else { return "\(d.amount.formatted) by \(Format.date(d.start))" }
        let times = d.instalments.map { ", \($0) instalment\($0 == 1 ? "" : "s")" } ?? ", until cancelled"
        return "\(d.amount.formatted) \(frequency.rawValue) from \(Format.date(d.start))\(times)"
    }

    static func view(_ model: Model) -> HTML {
        let e = { (field: String) in FormControls.messages(model.errors, field) }
        let v = { (field: String) in model.values[field] ?? "" }
        return Layout.view(
            Layout.Model(
                title: "Pledges", siteName: model.programmeName, description: nil, signedInAs: model.email)
        ) {
            h1 { "Pledges and recurring gifts" }
            p(.class("lede")) {
                "Promises of money, once or every month, quarter or year. Payments are recorded as contributions "
                "toward the pledge, each with its receipt."
            }
            p { a(.href(SiteURL.staffExport(.pledges).path)) { "Download as CSV" } }
            if model.pledges.isEmpty {
                div(.class("empty-state")) { p { "No pledges yet." } }
            } else {
                div(.class("table-scroll")) {
                    element("table", [.class("directory")]) {
                        element("thead") {
                            element("tr") {
                                for column in ["Donor", "Promise", "Received", "Next due", "Standing"] {
                                    element("th", [.attr("scope", "col")]) { column }
                                }
                            }
                        }
                        element("tbody") {
                            for pledge in model.pledges { row(pledge, today: model.today) }
                        }
                    }
                }
            }
            h2 { "Record a pledge" }
            if !model.errors.isEmpty {
                div(.class("form-error"), .attr("role", "alert")) { p { "Please correct the fields marked below." } }
            }
            form(.attr("method", "post"), .attr("action", SiteURL.staffPledges.path), .class("stack wide")) {
                csrfField(model.csrfToken)
                FormControls.select(
                    "donorId", "Donor", options: [("", "Choose…")] + model.donors, selected: v("donorId"),
                    errors: e("donorId"))
                div(.class("inline-fields")) {
                    FormControls.text("amount", "Amount", value: v("amount"), errors: e("amount"))
                    FormControls.text(
                        "currency", "Currency", value: v("currency").isEmpty ? "USD" : v("currency"), errors: [])
                }
                div(.class("inline-fields")) {
                    FormControls.select(
                        "frequency", "How often",
                        options: [("", "Once")]
                            + PledgeFrequency.allCases.map { ($0.rawValue, $0.rawValue.capitalized) },
                        selected: v("frequency"), errors: e("frequency"))
                    FormControls.text("start", "First due", value: v("start"), errors: e("start"), type: "date")
                    FormControls.text(
                        "instalments", "Instalments (none: until cancelled)", value: v("instalments"),
                        errors: e("instalments"), type: "number")
                }
                FormControls.select(
                    "partnershipId", "For", options: [("", "The general fund")] + model.partnerships,
                    selected: v("partnershipId"), errors: e("partnershipId"))
                button(.attr("type", "submit"), .class("primary")) { "Record the pledge" }
            }
        }
    }

    private static func row(_ pledge: Pledge, today: PartialDate) -> HTML {
        let status = pledge.status(on: today)
        let arrears = pledge.arrears(on: today)
        return element("tr") {
            element("td", [.attr("data-label", "Donor")]) { pledge.donorName }
            element("td", [.attr("data-label", "Promise")]) { promise(pledge.draft) }
            element("td", [.attr("data-label", "Received")]) {
                pledge.received.formatted
                if let total = pledge.total { " of \(total.formatted)" }
                span(.class("region")) { "\(pledge.payments) payment\(pledge.payments == 1 ? "" : "s")" }
            }
            element("td", [.attr("data-label", "Next due")]) {
                status == .open ? pledge.nextDue.map(Format.date) ?? "—" : "—"
            }
            element("td", [.attr("data-label", "Standing")]) {
                switch status {
                case .fulfilled: span(.class("badge")) { "Fulfilled" }
                case .cancelled:
                    span(.class("badge")) { "Cancelled \(pledge.cancelledOn.map(Format.date) ?? "")" }
                case .open:
                    if arrears.minorUnits > 0 {
                        span(.class("badge behind")) { "Behind by \(arrears.formatted)" }
                    } else {
                        span(.class("badge")) { "Up to date" }
                    }
                    " "
                    a(.href(SiteURL.staffPledgeCancel(pledge.id).path), .class("danger-link")) { "Cancel…" }
                }
            }
        }
    }
}

struct PledgesStaffController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .staffPledges) { request, context in try await page(request, context) }
        routes.on(.post, .staffPledges, use: create)
        routes.on(.get, .staffPledgeCancel(.init()), use: confirmCancel)
        routes.on(.post, .staffPledgeCancel(.init()), use: cancel)
    }

    private var programmeID: UUID { services.programmeID }

    private func page(
        _ request: Request, _ context: AppRequestContext, values: [String: String] = [:], errors: [FieldIssue] = []
    ) async throws -> Response {
        let (session, actor) = try context.signedIn(request, to: programmeID)
        try context.authorize(.readContacts, in: programmeID)
        let programme = try await services.programmes.find(programmeID)
        let people = try await services.people.list(
            in: programmeID, PersonQuery(page: PageRequest(limit: PageRequest.maxLimit), includePrivate: true))
        var response = HTMLResponse.private(
            PledgesPage.view(
                PledgesPage.Model(
                    programmeName: programme.name, email: actor.user.email, csrfToken: session.csrfToken,
                    pledges: try await services.pledges.list(
                        in: programmeID, PledgeQuery(page: PageRequest(limit: PageRequest.maxLimit))
                    ).items, today: try await ProgrammeCalendar.today(services: services),
                    donors: people.items.map { ($0.id.uuidString, $0.displayName) },
                    partnerships: try await services.partnerships.all(in: programmeID).map {
                        ($0.id.uuidString, $0.pairName)
                    }, values: values, errors: errors)))
        if !errors.isEmpty { response.status = .unprocessableContent }
        return response
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.signedIn(request, to: programmeID)
        let actor = try context.authorize(.editPeople, in: programmeID)
        let form = try await FormBody.read(request, context)
        let fields = ["donorId", "amount", "currency", "frequency", "start", "instalments", "partnershipId"]
        let values = Dictionary(uniqueKeysWithValues: fields.map { ($0, form.value($0) ?? "") })
        var issues: [FieldIssue] = []
        var instalments: Int?
        if let text = form.nonEmpty("instalments") {
            instalments = Int(text)
            if instalments == nil { issues.append(FieldIssue(field: "instalments", message: "must be a whole number")) }
        }
        let input = PledgeInput(
            donorId: form.nonEmpty("donorId").flatMap(UUID.init(uuidString:)),
            amount: form.nonEmpty("amount").map { MoneyInput(amount: $0, currency: form.nonEmpty("currency")) },
            frequency: form.nonEmpty("frequency"), start: form.nonEmpty("start"), instalments: instalments,
            partnershipId: form.nonEmpty("partnershipId").flatMap(UUID.init(uuidString:)), note: nil)
        do {
            let draft = try InputIssues.merge(issues) { try input.draft() }
            _ = try await services.pledges.create(draft, in: programmeID, by: ChangeAuthor(actor))
            return Redirect.to(SiteURL.staffPledges.path)
        } catch let error as DomainError {
            return try await page(
                request, context, values: values, errors: FormControls.issues(error, besides: "donorId"))
        }
    }

    @Sendable func confirmCancel(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, _) = try context.signedIn(request, to: programmeID)
        let actor = try context.authorize(.editPeople, in: programmeID)
        let pledge = try await services.pledges.find(try context.pathID(), in: programmeID)
        return HTMLResponse.private(
            ConfirmPage.view(
                ConfirmPage.Model(
                    programmeName: try await services.programmes.find(programmeID).name, email: actor.user.email,
                    title: "Cancel \(pledge.donorName)'s pledge?",
                    message:
                        "\(PledgesPage.promise(pledge.draft)). No instalment falls due after today; the \(pledge.payments) payment\(pledge.payments == 1 ? "" : "s") received stay recorded with their receipts.",
                    action: SiteURL.staffPledgeCancel(pledge.id).path, confirmLabel: "Cancel the pledge",
                    cancelURL: SiteURL.staffPledges.path, csrfToken: session.csrfToken)))
    }

    @Sendable func cancel(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.signedIn(request, to: programmeID)
        let actor = try context.authorize(.editPeople, in: programmeID)
        _ = try await services.pledges.cancel(
            try context.pathID(), on: try await ProgrammeCalendar.today(services: services), in: programmeID,
            by: ChangeAuthor(actor))
        return Redirect.to(SiteURL.staffPledges.path)
    }
}
