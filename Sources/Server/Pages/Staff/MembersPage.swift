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
            h2 { "Add a member" }
            form(.attr("method", "post"), .attr("action", SiteURL.staffMembers.path), .class("stack wide")) {
                csrfField(model.csrfToken)
                FormControls.select(
                    "personId", "Person", options: [("", "Choose…")] + model.people, selected: "", errors: e("personId")
                )
                FormControls.select(
                    "levelId", "Level", options: [("", "Choose…")] + model.levels, selected: "", errors: e("levelId"))
                FormControls.text("joined", "Joined on", value: "", errors: e("joined"), type: "date")
                button(.attr("type", "submit"), .class("primary")) { "Add member" }
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
        routes.on(.post, .staffMemberRenew(UUID())) { request, context in
            _ = try context.signedIn(request, to: programmeID)
            try context.authorize(.editPeople, in: programmeID)
            _ = try await services.memberships.renew(try context.pathID(), at: Date(), in: programmeID)
            return Redirect.to(SiteURL.staffMembers.path)
        }
    }

    private var programmeID: UUID { services.programmeID }

    private func page(
        _ request: Request, _ context: AppRequestContext, notice: String? = nil, errors: [FieldIssue] = []
    ) async throws -> Response {
        let (session, actor) = try context.signedIn(request, to: programmeID)
        try context.authorize(.readContacts, in: programmeID)
        let programme = try await services.programmes.find(programmeID)
        let people = try await services.people.list(
            in: programmeID, PersonQuery(page: PageRequest(limit: PageRequest.maxLimit), includePrivate: true)
        ).items
        let names = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0.displayName) })
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
                    levels: try await services.memberships.levels(in: programmeID).map { ($0.id.uuidString, $0.name) },
                    people: people.map { ($0.id.uuidString, $0.displayName) }, notice: notice, errors: errors)))
        if !errors.isEmpty { response.status = .unprocessableContent }
        return response
    }

    @Sendable func join(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.signedIn(request, to: programmeID)
        try context.authorize(.editPeople, in: programmeID)
        var request = request
        let form = FormBody(try await request.collectBody(upTo: context.maxUploadSize))
        var day = Date()
        if let text = form.nonEmpty("joined"), let date = PartialDate(text), date.precision == .day {
            day = EventSchedule.allDay(first: date, last: date).sortKey(in: nil)
        }
        do {
            guard let person = form.nonEmpty("personId").flatMap(UUID.init(uuidString:)),
                let level = form.nonEmpty("levelId").flatMap(UUID.init(uuidString:))
            else { throw DomainError.invalid([FieldIssue(field: "personId", message: "choose a person and a level")]) }
            _ = try await services.memberships.join(person: person, level: level, on: day, in: programmeID)
            return Redirect.to(SiteURL.staffMembers.path)
        } catch let error as DomainError {
            return try await page(request, context, errors: FormControls.issues(error, besides: "personId"))
        }
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
