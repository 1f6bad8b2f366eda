import Domain
import Foundation
import Hummingbird

/// A volunteer's own page and its forms, opened by the secret in their personal link: no account needed.
struct VolunteeringPagesController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .volunteering) { request, context in
            try await page(request, context, key: QueryReader(request).string("key"))
        }
        routes.on(.post, .volunteeringSignup, use: signUp)
        routes.on(.post, .volunteeringWithdraw, use: withdraw)
        routes.on(.post, .volunteeringHours, use: log)
    }

    private var programmeID: UUID { services.programmeID }

    /// The volunteer the key belongs to, if it is a key of this programme.
    private func volunteer(_ key: String?, now: Date) async -> Person? {
        guard let key, !key.isEmpty, key.count <= 100,
            let found = try? await services.volunteers.person(keyHash: Secrets.hash(key), now: now),
            found.programme == programmeID
        else { return nil }
        return try? await services.people.find(found.person, in: programmeID)
    }

    private func unknownLink(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let programme = try context.programme
        let t = context.localizer
        var response = HTMLResponse.private(
            NoticePage.view(
                NoticePage.Model(
                    programmeName: programme.name, signedInAs: context.identity.actor?.user.email,
                    title: t("volunteers.link.title"), paragraphs: [t("volunteers.link.body")],
                    link: (t("volunteers.link.home"), SiteURL.directory.path), page: context.page(request))))
        response.status = .notFound
        return response
    }

    func page(
        _ request: Request, _ context: AppRequestContext, key: String?, values: [String: String] = [:],
        notice: String? = nil, errors: [FieldIssue] = []
    ) async throws -> Response {
        let now = context.now
        guard let key, let person = await volunteer(key, now: now) else {
            return try await unknownLink(request, context)
        }
        let programme = try context.programme
        let page = context.page(request)
        let t = page.t
        let mineIDs = Set(try await services.volunteers.signups(person: person.id, in: programmeID).map(\.shiftID))
        var titles: [UUID: Event] = [:]
        var mine: [VolunteeringPage.ShiftLine] = []
        var open: [VolunteeringPage.ShiftLine] = []
        for shift in try await services.volunteers.upcomingShifts(in: programmeID, now: now) {
            if titles[shift.eventID] == nil {
                titles[shift.eventID] = try await services.events.find(shift.eventID, in: programmeID)
            }
            let event = titles[shift.eventID]!
            let line = VolunteeringPage.ShiftLine(
                shift: shift, eventTitle: page.title(of: event).text,
                when: t.eventSchedule(
                    .timed(start: shift.draft.start, end: shift.draft.end), zone: event.draft.zone))
            if mineIDs.contains(shift.id) {
                mine.append(line)
            } else if shift.placesLeft > 0 {
                open.append(line)
            }
        }
        let hours = try await services.volunteers.hours(
            in: programmeID, HoursQuery(page: PageRequest(limit: PageRequest.maxLimit), personID: person.id)
        ).items
        let recentEvents = try await services.events.list(
            in: programmeID, EventQuery(page: PageRequest(limit: 30), when: .past(at: now), includeInternal: true)
        ).items
        let upcoming = try await services.events.list(
            in: programmeID, EventQuery(page: PageRequest(limit: 10), when: .upcoming(at: now), includeInternal: true)
        ).items
        var response = HTMLResponse.private(
            VolunteeringPage.view(
                VolunteeringPage.Model(
                    programmeName: programme.name, signedInAs: context.identity.actor?.user.email,
                    csrfToken: context.identity.session?.csrfToken, key: key, name: person.displayName, mine: mine,
                    open: open, hours: hours,
                    approvedMinutes: hours.filter { $0.status == .approved }.reduce(0) { $0 + $1.draft.minutes },
                    events: (upcoming + recentEvents).map {
                        (
                            $0.id.uuidString,
                            t(
                                "volunteers.form.eventOption",
                                ["title": page.title(of: $0).text, "day": t.date($0.draft.day)])
                        )
                    },
                    partnerships: try await services.partnerships.all(in: programmeID).map {
                        ($0.id.uuidString, $0.pairName)
                    }, values: values, notice: notice, errors: errors, page: page)))
        if !errors.isEmpty { response.status = .unprocessableContent }
        return response
    }

    private func shiftAction(
        _ request: Request, _ context: AppRequestContext,
        _ act: (Person, UUID) async throws -> String
    ) async throws -> Response {
        let form = try await FormBody.read(request, context)
        let key = form.value("key")
        guard let person = await volunteer(key, now: context.now) else {
            return try await unknownLink(request, context)
        }
        let t = context.localizer
        guard let shift = form.nonEmpty("shiftId").flatMap(UUID.init(uuidString:)) else {
            return try await page(
                request, context, key: key,
                errors: [FieldIssue(field: "shift", message: t("volunteers.shift.choose"))])
        }
        do {
            return try await page(request, context, key: key, notice: try await act(person, shift))
        } catch DomainError.conflict(let message) {
            return try await page(
                request, context, key: key,
                errors: [FieldIssue(field: "shift", message: t("volunteers.shift.notDone", ["message": message]))])
        } catch DomainError.notFound {
            return try await page(
                request, context, key: key,
                errors: [FieldIssue(field: "shift", message: t("volunteers.shift.gone"))])
        }
    }

    @Sendable func signUp(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await shiftAction(request, context) { person, shift in
            _ = try await services.volunteers.signUp(
                person: person.id, shift: shift, in: programmeID, now: context.now)
            return context.localizer("volunteers.shift.taken")
        }
    }

    @Sendable func withdraw(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await shiftAction(request, context) { person, shift in
            try await services.volunteers.withdraw(person: person.id, shift: shift, in: programmeID)
            return context.localizer("volunteers.shift.left")
        }
    }

    @Sendable func log(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = try await FormBody.read(request, context)
        let key = form.value("key")
        guard let person = await volunteer(key, now: context.now) else {
            return try await unknownLink(request, context)
        }
        let t = context.localizer
        let fields = ["day", "time", "activity", "eventId", "partnershipId", "note"]
        let values = Dictionary(uniqueKeysWithValues: fields.map { ($0, form.value($0) ?? "") })
        var issues: [FieldIssue] = []
        let minutes = form.nonEmpty("time").flatMap(VolunteerHoursFormat.minutes)
        if minutes == nil {
            issues.append(FieldIssue(field: "time", message: t("volunteers.form.timeInvalid")))
        }
        let input = HoursInput(
            personId: person.id, day: form.nonEmpty("day"), minutes: minutes,
            activity: form.nonEmpty("activity"), eventId: form.nonEmpty("eventId").flatMap(UUID.init(uuidString:)),
            partnershipId: form.nonEmpty("partnershipId").flatMap(UUID.init(uuidString:)), note: form.value("note"))
        do {
            let today = try context.today
            let entry = try InputIssues.merge(issues) { try input.draft() }
            let logged = try await services.volunteers.log(
                entry, in: programmeID, approvedBy: nil, today: today, now: context.now)
            return try await page(
                request, context, key: key,
                notice: t(
                    "volunteers.own.loggedNotice",
                    ["hours": VolunteerHoursFormat.hours(logged.draft.minutes), "day": t.date(logged.draft.day)]))
        } catch DomainError.invalid(let more) {
            let known = Set(issues.map(\.field))
            return try await page(
                request, context, key: key, values: values,
                errors: issues + more.filter { !known.contains($0.field) && !($0.field == "minutes" && minutes == nil) }
            )
        }
    }
}
