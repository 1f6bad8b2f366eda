import Domain
import Foundation
import Hummingbird

/// `/staff/members`: members by status, joining, renewing, and the reminders.
enum MembersPage {
    struct Model {
        var programmeName: String
        var email: String
        var csrfToken: String
        var members: [(name: String, level: String, status: Membership.Status, expires: String?, id: UUID)]
        var levels: [(value: String, label: String)]
        /// Each level described: "Individual · USD 25.00 · 12 months · renews on the anniversary · 30 days' grace".
        var levelDescriptions: [String] = []
        var values: [String: String] = [:]
        var people: [(value: String, label: String)]
        var notice: String?
        var errors: [FieldIssue] = []
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        let e = { (field: String) in FormControls.messages(model.errors, field, t: t) }
        let choose = t("members.choose")
        return Layout.view(
            Layout.Model(
                title: t("members.title"), siteName: model.programmeName, description: nil, signedInAs: model.email,
                page: model.page)
        ) {
            h1 { t("members.title") }
            p { a(.href(SiteURL.staffExport(.members).path)) { t("members.csv") } }
            if let notice = model.notice { div(.class("notice"), .attr("role", "status")) { p { notice } } }
            for status in Membership.Status.allCases {
                let group = model.members.filter { $0.status == status }
                if !group.isEmpty {
                    h2 {
                        t(
                            "members.group",
                            ["status": t.label("reports.memberStatus", status), "count": t.number(group.count)])
                    }
                    ul(.class("plain-list")) {
                        for member in group {
                            li {
                                strong { member.name }
                                " · \(member.level)"
                                if let expires = member.expires {
                                    span(.class("muted")) { " · " + t("members.ends", ["date": expires]) }
                                }
                                if status != .lifetime {
                                    form(
                                        .attr("method", "post"),
                                        .attr("action", SiteURL.staffMemberRenew(member.id).path),
                                        .class("inline-form")
                                    ) {
                                        csrfField(model.csrfToken)
                                        button(.attr("type", "submit")) { t("members.renew") }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if model.members.isEmpty { div(.class("empty-state")) { p { t("members.empty") } } }
            form(.attr("method", "post"), .attr("action", SiteURL.staffMemberReminders.path), .class("actions")) {
                csrfField(model.csrfToken)
                button(.attr("type", "submit")) { t("members.reminders.queue") }
                span(.class("muted")) { t("members.reminders.hourly") }
            }
            if !model.errors.isEmpty {
                div(.class("form-error"), .attr("role", "alert")) { p { t("members.correct") } }
            }
            h2 { t("members.add.title") }
            if model.levels.isEmpty {
                p(.class("muted")) { t("members.add.levelFirst") }
            }
            form(.attr("method", "post"), .attr("action", SiteURL.staffMembers.path), .class("stack wide")) {
                csrfField(model.csrfToken)
                FormControls.select(
                    "personId", t("members.add.person"), options: [("", choose)] + model.people,
                    selected: model.values["personId"] ?? "", errors: e("personId"), t: t)
                FormControls.select(
                    "levelId", t("members.add.level"), options: [("", choose)] + model.levels,
                    selected: model.values["levelId"] ?? "", errors: e("levelId"), t: t)
                FormControls.text(
                    "joined", t("members.add.joined"), value: model.values["joined"] ?? "", errors: e("joined"),
                    hint: t("members.add.joinedHint"), type: "date", t: t)
                button(.attr("type", "submit"), .class("primary")) { t("members.add.submit") }
            }
            h2 { t("members.levels.title") }
            if model.levelDescriptions.isEmpty {
                div(.class("empty-state")) { p { t("members.levels.empty") } }
            } else {
                ul(.class("plain-list")) { for description in model.levelDescriptions { li { description } } }
            }
            form(.attr("method", "post"), .attr("action", SiteURL.staffMembershipLevels.path), .class("stack wide")) {
                csrfField(model.csrfToken)
                FormControls.text(
                    "name", t("members.levels.name"), value: model.values["name"] ?? "", errors: e("name"), t: t)
                div(.class("inline-fields")) {
                    FormControls.text(
                        "fee", t("members.levels.fee"), value: model.values["fee"] ?? "", errors: e("fee.amount"),
                        t: t)
                    FormControls.text(
                        "currency", t("members.levels.currency"), value: model.values["currency"] ?? "USD",
                        errors: e("fee.currency"), t: t)
                }
                div(.class("inline-fields")) {
                    FormControls.text(
                        "termMonths", t("members.levels.term"), value: model.values["termMonths"] ?? "12",
                        errors: e("termMonths"), type: "number", t: t)
                    FormControls.text(
                        "renewsOn", t("members.levels.renewsOn"), value: model.values["renewsOn"] ?? "",
                        errors: e("renewsOn"), t: t)
                    FormControls.text(
                        "graceDays", t("members.levels.grace"), value: model.values["graceDays"] ?? "30",
                        errors: e("graceDays"), type: "number", t: t)
                }
                button(.attr("type", "submit")) { t("members.levels.submit") }
            }
        }
    }
}

struct MembersStaffController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .staffMembers) { request, context in try await page(request, context) }
        routes.on(.post, .staffMembers, use: join)
        routes.on(.post, .staffMemberReminders, use: reminders)
        routes.on(.post, .staffMembershipLevels, use: addLevel)
        routes.on(.post, SiteURL.staffMemberRenew) { request, context in
            _ = try context.signedIn(request, to: programmeID)
            try context.authorize(.editPeople, in: programmeID)
            _ = try await services.memberships.renew(try context.pathID(), at: context.now, in: programmeID)
            return Redirect.to(SiteURL.staffMembers.path)
        }
    }

    private var programmeID: UUID { services.programmeID }

    private func page(
        _ request: Request, _ context: AppRequestContext, notice: String? = nil, values: [String: String] = [:],
        errors: [FieldIssue] = []
    ) async throws -> Response {
        let (session, actor) = try context.signedIn(request, to: programmeID)
        try context.authorize(.readContacts, in: programmeID)
        let programme = try context.programme
        let people = try await services.people.list(
            in: programmeID, PersonQuery(page: PageRequest(limit: PageRequest.maxLimit), includePrivate: true)
        ).items
        let names = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0.displayName) })
        let levels = try await services.memberships.levels(in: programmeID)
        let t = context.localizer
        let now = context.now
        var response = HTMLResponse.private(
            MembersPage.view(
                MembersPage.Model(
                    programmeName: programme.name, email: actor.user.email, csrfToken: session.csrfToken,
                    members: try await services.memberships.list(in: programmeID).map {
                        (
                            names[$0.personID] ?? t("members.unnamed"), $0.level.name, $0.status(at: now),
                            $0.expires.map { t.day($0) }, $0.id
                        )
                    },
                    levels: levels.map { ($0.id.uuidString, $0.name) },
                    levelDescriptions: levels.map { Self.describe($0, t) },
                    values: values, people: people.map { ($0.id.uuidString, $0.displayName) }, notice: notice,
                    errors: errors, page: context.page(request))))
        if !errors.isEmpty { response.status = .unprocessableContent }
        return response
    }

    @Sendable func join(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.signedIn(request, to: programmeID)
        try context.authorize(.editPeople, in: programmeID)
        let form = try await FormBody.read(request, context)
        let values = Dictionary(
            uniqueKeysWithValues: ["personId", "levelId", "joined"].map { ($0, form.value($0) ?? "") })
        var day = context.now
        if let text = form.nonEmpty("joined") {
            guard let date = PartialDate(text), date.precision == .day else {
                return try await page(
                    request, context, values: values,
                    errors: [FieldIssue(field: "joined", message: context.localizer("members.errors.day"))])
            }
            day = EventSchedule.allDay(first: date, last: date).sortKey(in: nil)
        }
        do {
            guard let person = form.nonEmpty("personId").flatMap(UUID.init(uuidString:)),
                let level = form.nonEmpty("levelId").flatMap(UUID.init(uuidString:))
            else {
                throw DomainError.invalid([
                    FieldIssue(field: "personId", message: context.localizer("members.errors.choose"))
                ])
            }
            _ = try await services.memberships.join(person: person, level: level, on: day, in: programmeID)
            return Redirect.to(SiteURL.staffMembers.path)
        } catch let error as DomainError {
            return try await page(
                request, context, values: values,
                errors: FormControls.issues(error, besides: "personId", t: context.localizer))
        }
    }

    @Sendable func addLevel(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.signedIn(request, to: programmeID)
        try context.authorize(.editPeople, in: programmeID)
        let form = try await FormBody.read(request, context)
        let fields = ["name", "fee", "currency", "termMonths", "renewsOn", "graceDays"]
        let values = Dictionary(uniqueKeysWithValues: fields.map { ($0, form.value($0) ?? "") })
        var issues: [FieldIssue] = []
        func number(_ field: String) -> Int? {
            guard let text = form.nonEmpty(field) else { return nil }
            guard let value = Int(text) else {
                issues.append(FieldIssue(field: field, message: context.localizer("members.errors.wholeNumber")))
                return nil
            }
            return value
        }
        let term = number("termMonths")
        let grace = number("graceDays")
        let input = MembershipLevelInput(
            name: form.value("name"),
            fee: form.nonEmpty("fee").map { MoneyInput(amount: $0, currency: form.nonEmpty("currency")) },
            termMonths: term, lifetime: form.nonEmpty("termMonths") == nil, renewsOn: form.nonEmpty("renewsOn"),
            graceDays: grace)
        do {
            let level = try InputIssues.merge(issues) { try input.level() }
            let created = try await services.memberships.createLevel(level, in: programmeID)
            return try await page(
                request, context,
                notice: context.localizer(
                    "members.levels.added", ["level": Self.describe(created, context.localizer)]))
        } catch let error as DomainError {
            return try await page(
                request, context, values: values,
                errors: FormControls.issues(error, besides: "name", t: context.localizer))
        }
    }

    static func describe(_ level: MembershipLevel, _ t: Localizer) -> String {
        var parts = [level.name, level.fee.map(t.money) ?? t("members.levels.free")]
        if let months = level.termMonths {
            parts.append(t("members.levels.months", count: months))
            switch level.renewal {
            case .anniversary: parts.append(t("members.levels.anniversary"))
            case .fixed(let month, let day):
                parts.append(t("members.levels.renewsOnDay", ["day": monthDay(month, day, t)]))
            }
            parts.append(t("members.levels.graceDays", count: level.graceDays))
        } else {
            parts.append(t("members.levels.lifetime"))
        }
        return parts.joined(separator: " · ")
    }

    /// "24 June" / "6月24日": a day of the year in the reader's language.
    private static func monthDay(_ month: Int, _ day: Int, _ t: Localizer) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: DateComponents(year: 2000, month: month, day: day)) else {
            return "\(month)-\(day)"
        }
        var style = Date.FormatStyle(calendar: calendar, timeZone: calendar.timeZone).day().month(.wide)
        style.locale = t.locale
        return date.formatted(style)
    }

    @Sendable func reminders(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.signedIn(request, to: programmeID)
        try context.authorize(.editPeople, in: programmeID)
        let run = try await ReminderScheduler.queue(services: services, now: context.now)
        let t = context.localizer
        return try await page(
            request, context,
            notice: t("members.reminders.queued", count: run.queued)
                + t("members.reminders.withoutEmail", count: run.recordedWithoutEmail))
    }
}
