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
    }

    static func view(_ model: Model) -> HTML {
        let e = { (field: String) in FormControls.messages(model.errors, field) }
        return Layout.view(
            Layout.Model(title: "Members", siteName: model.programmeName, description: nil, signedInAs: model.email)
        ) {
            h1 { "Members" }
            p { a(.href(SiteURL.staffExport(.members).path)) { "Download as CSV" } }
            if let notice = model.notice { div(.class("notice"), .attr("role", "status")) { p { notice } } }
            for status in Membership.Status.allCases {
                let group = model.members.filter { $0.status == status }
                if !group.isEmpty {
                    h2 { "\(status.rawValue.capitalized) (\(group.count))" }
                    ul(.class("plain-list")) {
                        for member in group {
                            li {
                                strong { member.name }
                                " · \(member.level)"
                                if let expires = member.expires { span(.class("muted")) { " · ends \(expires)" } }
                                if status != .lifetime {
                                    form(
                                        .attr("method", "post"),
                                        .attr("action", SiteURL.staffMemberRenew(member.id).path),
                                        .class("inline-form")
                                    ) {
                                        csrfField(model.csrfToken)
                                        button(.attr("type", "submit")) { "Renew" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if model.members.isEmpty { div(.class("empty-state")) { p { "No members yet." } } }
            form(.attr("method", "post"), .attr("action", SiteURL.staffMemberReminders.path), .class("actions")) {
                csrfField(model.csrfToken)
                button(.attr("type", "submit")) { "Queue the reminders due now" }
                span(.class("muted")) { "The server also does this every hour; each reminder is sent once." }
            }
            if !model.errors.isEmpty {
                div(.class("form-error"), .attr("role", "alert")) { p { "Please correct the fields marked below." } }
            }
            h2 { "Add a member" }
            if model.levels.isEmpty {
                p(.class("muted")) { "Add a membership level first, below." }
            }
            form(.attr("method", "post"), .attr("action", SiteURL.staffMembers.path), .class("stack wide")) {
                csrfField(model.csrfToken)
                FormControls.select(
                    "personId", "Person", options: [("", "Choose…")] + model.people,
                    selected: model.values["personId"] ?? "", errors: e("personId"))
                FormControls.select(
                    "levelId", "Level", options: [("", "Choose…")] + model.levels,
                    selected: model.values["levelId"] ?? "", errors: e("levelId"))
                FormControls.text(
                    "joined", "Joined on", value: model.values["joined"] ?? "", errors: e("joined"),
                    hint: "Empty: today.", type: "date")
                button(.attr("type", "submit"), .class("primary")) { "Add member" }
            }
            h2 { "Membership levels" }
            if model.levelDescriptions.isEmpty {
                div(.class("empty-state")) { p { "No levels yet: individual, family, student, business, lifetime…" } }
            } else {
                ul(.class("plain-list")) { for description in model.levelDescriptions { li { description } } }
            }
            form(.attr("method", "post"), .attr("action", SiteURL.staffMembershipLevels.path), .class("stack wide")) {
                csrfField(model.csrfToken)
                FormControls.text("name", "Name", value: model.values["name"] ?? "", errors: e("name"))
                div(.class("inline-fields")) {
                    FormControls.text(
                        "fee", "Fee (none: free)", value: model.values["fee"] ?? "", errors: e("fee.amount"))
                    FormControls.text(
                        "currency", "Currency", value: model.values["currency"] ?? "USD", errors: e("fee.currency"))
                }
                div(.class("inline-fields")) {
                    FormControls.text(
                        "termMonths", "Term in months (none: lifetime)", value: model.values["termMonths"] ?? "12",
                        errors: e("termMonths"), type: "number")
                    FormControls.text(
                        "renewsOn", "Renews on, MM-DD (none: anniversary)", value: model.values["renewsOn"] ?? "",
                        errors: e("renewsOn"))
                    FormControls.text(
                        "graceDays", "Days of grace", value: model.values["graceDays"] ?? "30", errors: e("graceDays"),
                        type: "number")
                }
                button(.attr("type", "submit")) { "Add the level" }
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
        routes.on(.post, .staffMemberRenew(UUID())) { request, context in
            _ = try context.signedIn(request, to: programmeID)
            try context.authorize(.editPeople, in: programmeID)
            _ = try await services.memberships.renew(try context.pathID(), at: Date(), in: programmeID)
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
        let programme = try await services.programmes.find(programmeID)
        let people = try await services.people.list(
            in: programmeID, PersonQuery(page: PageRequest(limit: PageRequest.maxLimit), includePrivate: true)
        ).items
        let names = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0.displayName) })
        let levels = try await services.memberships.levels(in: programmeID)
        let now = Date()
        var response = HTMLResponse.private(
            MembersPage.view(
                MembersPage.Model(
                    programmeName: programme.name, email: actor.user.email, csrfToken: session.csrfToken,
                    members: try await services.memberships.list(in: programmeID).map {
                        (
                            names[$0.personID] ?? "A member", $0.level.name, $0.status(at: now),
                            $0.expires.map(Format.day), $0.id
                        )
                    },
                    levels: levels.map { ($0.id.uuidString, $0.name) },
                    levelDescriptions: levels.map(Self.describe),
                    values: values, people: people.map { ($0.id.uuidString, $0.displayName) }, notice: notice,
                    errors: errors)))
        if !errors.isEmpty { response.status = .unprocessableContent }
        return response
    }

    @Sendable func join(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.signedIn(request, to: programmeID)
        try context.authorize(.editPeople, in: programmeID)
        let form = try await FormBody.read(request, context)
        let values = Dictionary(
            uniqueKeysWithValues: ["personId", "levelId", "joined"].map { ($0, form.value($0) ?? "") })
        var day = Date()
        if let text = form.nonEmpty("joined") {
            guard let date = PartialDate(text), date.precision == .day else {
                return try await page(
                    request, context, values: values,
                    errors: [FieldIssue(field: "joined", message: "must be a day written YYYY-MM-DD")])
            }
            day = EventSchedule.allDay(first: date, last: date).sortKey(in: nil)
        }
        do {
            guard let person = form.nonEmpty("personId").flatMap(UUID.init(uuidString:)),
                let level = form.nonEmpty("levelId").flatMap(UUID.init(uuidString:))
            else { throw DomainError.invalid([FieldIssue(field: "personId", message: "choose a person and a level")]) }
            _ = try await services.memberships.join(person: person, level: level, on: day, in: programmeID)
            return Redirect.to(SiteURL.staffMembers.path)
        } catch let error as DomainError {
            return try await page(
                request, context, values: values, errors: FormControls.issues(error, besides: "personId"))
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
                issues.append(FieldIssue(field: field, message: "must be a whole number"))
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
            return try await page(request, context, notice: "Level added: \(Self.describe(created)).")
        } catch let error as DomainError {
            return try await page(
                request, context, values: values, errors: FormControls.issues(error, besides: "name"))
        }
    }

    static func describe(_ level: MembershipLevel) -> String {
        var parts = [level.name, level.fee?.formatted ?? "free"]
        if let months = level.termMonths {
            parts.append("\(months) month\(months == 1 ? "" : "s")")
            switch level.renewal {
            case .anniversary: parts.append("renews on the anniversary")
            case .fixed(let month, let day): parts.append("renews on \(day) \(Format.monthName(month))")
            }
            parts.append("\(level.graceDays) days' grace")
        } else {
            parts.append("lifetime")
        }
        return parts.joined(separator: " · ")
    }

    @Sendable func reminders(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.signedIn(request, to: programmeID)
        try context.authorize(.editPeople, in: programmeID)
        let run = try await ReminderScheduler.queue(services: services, now: Date())
        return try await page(
            request, context,
            notice:
                "\(run.queued) reminder\(run.queued == 1 ? "" : "s") queued; \(run.recordedWithoutEmail) recorded without an email (no address, or superseded)."
        )
    }
}
