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
        var page: PageContext
    }

    /// "USD 25.00 monthly from 1 January 2025, 12 instalments", in the reader's language.
    static func promise(_ d: PledgeDraft, _ t: Localizer) -> String {
        let amount = t.money(d.amount)
        guard let frequency = d.frequency else {
            return t("pledges.promise.once", ["amount": amount, "start": t.date(d.start)])
        }
        let times =
            d.instalments.map { t("pledges.promise.instalments", count: $0) } ?? t("pledges.promise.untilCancelled")
        return t(
            "pledges.promise.recurring",
            [
                "amount": amount, "frequency": t.label("pledges.often", frequency), "start": t.date(d.start),
                "times": times,
            ])
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        let e = { (field: String) in FormControls.messages(model.errors, field, t: t) }
        let v = { (field: String) in model.values[field] ?? "" }
        return Layout.view(
            Layout.Model(
                title: t("pledges.title"), siteName: model.programmeName, description: nil, signedInAs: model.email,
                page: model.page)
        ) {
            h1 { t("pledges.heading") }
            p(.class("lede")) { t("pledges.lede") }
            p { a(.href(SiteURL.staffExport(.pledges).path)) { t("members.csv") } }
            if model.pledges.isEmpty {
                div(.class("empty-state")) { p { t("pledges.empty") } }
            } else {
                div(.class("table-scroll")) {
                    element("table", [.class("directory")]) {
                        element("thead") {
                            element("tr") {
                                for column in columns(t) {
                                    element("th", [.attr("scope", "col")]) { column }
                                }
                            }
                        }
                        element("tbody") {
                            for pledge in model.pledges { row(pledge, today: model.today, t) }
                        }
                    }
                }
            }
            h2 { t("pledges.form.title") }
            if !model.errors.isEmpty {
                div(.class("form-error"), .attr("role", "alert")) { p { t("members.correct") } }
            }
            form(.attr("method", "post"), .attr("action", SiteURL.staffPledges.path), .class("stack wide")) {
                csrfField(model.csrfToken)
                FormControls.select(
                    "donorId", t("pledges.donor"), options: [("", t("members.choose"))] + model.donors,
                    selected: v("donorId"), errors: e("donorId"), t: t)
                div(.class("inline-fields")) {
                    FormControls.text("amount", t("pledges.form.amount"), value: v("amount"), errors: e("amount"), t: t)
                    FormControls.text(
                        "currency", t("members.levels.currency"), value: v("currency").isEmpty ? "USD" : v("currency"),
                        errors: [], t: t)
                }
                div(.class("inline-fields")) {
                    FormControls.select(
                        "frequency", t("pledges.form.frequency"),
                        options: [("", t("pledges.form.once"))]
                            + PledgeFrequency.allCases.map { ($0.rawValue, t.label("pledges.frequency", $0)) },
                        selected: v("frequency"), errors: e("frequency"), t: t)
                    FormControls.text(
                        "start", t("pledges.form.start"), value: v("start"), errors: e("start"), type: "date", t: t)
                    FormControls.text(
                        "instalments", t("pledges.form.instalments"), value: v("instalments"),
                        errors: e("instalments"), type: "number", t: t)
                }
                FormControls.select(
                    "partnershipId", t("pledges.form.for"),
                    options: [("", t("pledges.form.generalFund"))] + model.partnerships,
                    selected: v("partnershipId"), errors: e("partnershipId"), t: t)
                button(.attr("type", "submit"), .class("primary")) { t("pledges.form.submit") }
            }
        }
    }

    private static func columns(_ t: Localizer) -> [String] {
        [
            t("pledges.donor"), t("pledges.promise.title"), t("pledges.received"), t("pledges.nextDue"),
            t("pledges.standing"),
        ]
    }

    private static func row(_ pledge: Pledge, today: PartialDate, _ t: Localizer) -> HTML {
        let status = pledge.status(on: today)
        let arrears = pledge.arrears(on: today)
        let titles = columns(t)
        return element("tr") {
            element("td", [.attr("data-label", titles[0])]) { pledge.donorName }
            element("td", [.attr("data-label", titles[1])]) { promise(pledge.draft, t) }
            element("td", [.attr("data-label", titles[2])]) {
                if let total = pledge.total {
                    t("pledges.receivedOf", ["received": t.money(pledge.received), "total": t.money(total)])
                } else {
                    t.money(pledge.received)
                }
                span(.class("region")) { t("pledges.payments", count: pledge.payments) }
            }
            element("td", [.attr("data-label", titles[3])]) {
                status == .open ? pledge.nextDue.map { t.date($0) } ?? "—" : "—"
            }
            element("td", [.attr("data-label", titles[4])]) {
                switch status {
                case .fulfilled: span(.class("badge")) { t("pledges.fulfilled") }
                case .cancelled:
                    span(.class("badge")) {
                        t("pledges.cancelled", ["date": pledge.cancelledOn.map { t.date($0) } ?? ""])
                    }
                case .open:
                    if arrears.minorUnits > 0 {
                        span(.class("badge behind")) { t("pledges.behind", ["amount": t.money(arrears)]) }
                    } else {
                        span(.class("badge")) { t("pledges.upToDate") }
                    }
                    " "
                    a(.href(SiteURL.staffPledgeCancel(pledge.id).path), .class("danger-link")) { t("pledges.cancel") }
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
        routes.on(.get, SiteURL.staffPledgeCancel, use: confirmCancel)
        routes.on(.post, SiteURL.staffPledgeCancel, use: cancel)
    }

    private var programmeID: UUID { services.programmeID }

    private func page(
        _ request: Request, _ context: AppRequestContext, values: [String: String] = [:], errors: [FieldIssue] = []
    ) async throws -> Response {
        let (session, actor) = try context.signedIn(request, to: programmeID)
        try context.authorize(.readContacts, in: programmeID)
        let programme = try context.programme
        let people = try await services.people.list(
            in: programmeID, PersonQuery(page: PageRequest(limit: PageRequest.maxLimit), includePrivate: true))
        var response = HTMLResponse.private(
            PledgesPage.view(
                PledgesPage.Model(
                    programmeName: programme.name, email: actor.user.email, csrfToken: session.csrfToken,
                    pledges: try await services.pledges.list(
                        in: programmeID, PledgeQuery(page: PageRequest(limit: PageRequest.maxLimit))
                    ).items, today: try context.today,
                    donors: people.items.map { ($0.id.uuidString, $0.displayName) },
                    partnerships: try await services.partnerships.all(in: programmeID).map {
                        ($0.id.uuidString, $0.pairName)
                    }, values: values, errors: errors, page: context.page(request))))
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
            if instalments == nil {
                issues.append(
                    FieldIssue(field: "instalments", message: context.localizer("members.errors.wholeNumber")))
            }
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
                request, context, values: values,
                errors: FormControls.issues(error, besides: "donorId", t: context.localizer))
        }
    }

    @Sendable func confirmCancel(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .editPeople)
        let pledge = try await services.pledges.find(try context.pathID(), in: programmeID)
        let t = editor.t
        return editor.confirm(
            title: t("pledges.cancelConfirm.title", ["donor": pledge.donorName]),
            message: t(
                "pledges.cancelConfirm.message", count: pledge.payments,
                ["promise": PledgesPage.promise(pledge.draft, t)]),
            action: SiteURL.staffPledgeCancel(pledge.id).path, confirmLabel: t("pledges.cancelConfirm.confirm"),
            cancelURL: SiteURL.staffPledges.path)
    }

    @Sendable func cancel(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.signedIn(request, to: programmeID)
        let actor = try context.authorize(.editPeople, in: programmeID)
        _ = try await services.pledges.cancel(
            try context.pathID(), on: try context.today, in: programmeID,
            by: ChangeAuthor(actor))
        return Redirect.to(SiteURL.staffPledges.path)
    }
}
