import Domain
import Foundation
import Hummingbird

/// `/api/v1/membership-levels` and `/api/v1/members`: for coordinators and above.
struct MembersController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .apiMembershipLevels, use: levels)
        routes.on(.post, .apiMembershipLevels, use: createLevel)
        routes.on(.get, .apiMembers, use: list)
        routes.on(.post, .apiMembers, use: join)
        routes.on(.post, SiteURL.apiMemberRenew, use: renew)
        routes.on(.post, .apiMemberReminders, use: reminders)
    }

    private var programmeID: UUID { services.programmeID }

    @Sendable func levels(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.readContacts, in: programmeID)
        return try JSONResponse.make([
            "items": try await services.memberships.levels(in: programmeID).map(MembershipLevelDTO.init)
        ])
    }

    @Sendable func createLevel(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.editPeople, in: programmeID)
        let input = try await JSONRequest.decode(MembershipLevelInput.self, from: request, context: context)
        let level = try await services.memberships.createLevel(try input.level(), in: programmeID)
        return try JSONResponse.make(MembershipLevelDTO(level), status: .created)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.readContacts, in: programmeID)
        let status = try QueryReader(request).choice("status", as: Membership.Status.self)
        let now = context.now
        let members = try await services.memberships.list(in: programmeID)
            .filter { status == nil || $0.status(at: now) == status }
        return try JSONResponse.make(["items": members.map { MembershipDTO($0, now: now) }])
    }

    @Sendable func join(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.editPeople, in: programmeID)
        let input = try await JSONRequest.decode(JoinInput.self, from: request, context: context)
        var issues: [FieldIssue] = []
        if input.personId == nil { issues.append(FieldIssue(field: "personId", rule: .missing)) }
        if input.levelId == nil { issues.append(FieldIssue(field: "levelId", rule: .missing)) }
        var day = context.now
        if let text = input.joined {
            if let date = PartialDate(text.trimmingWhitespace), date.precision == .day {
                day = EventSchedule.allDay(first: date, last: date).sortKey(in: nil)
            } else {
                issues.append(FieldIssue(field: "joined", rule: .day))
            }
        }
        guard issues.isEmpty, let person = input.personId, let level = input.levelId else {
            throw DomainError.invalid(issues)
        }
        let membership = try await services.memberships.join(person: person, level: level, on: day, in: programmeID)
        return try JSONResponse.make(MembershipDTO(membership, now: context.now), status: .created)
    }

    @Sendable func renew(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.editPeople, in: programmeID)
        let membership = try await services.memberships.renew(try context.pathID(), at: context.now, in: programmeID)
        return try JSONResponse.make(MembershipDTO(membership, now: context.now))
    }

    /// Queues every reminder due now (the server also does so every hour).
    @Sendable func reminders(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.editPeople, in: programmeID)
        let run = try await ReminderScheduler.queue(services: services, now: context.now)
        return try JSONResponse.make(["queued": run.queued, "recordedWithoutEmail": run.recordedWithoutEmail])
    }
}
