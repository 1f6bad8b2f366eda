import Domain
import Foundation
import Hummingbird

/// The coordinators' volunteers page and its forms.
struct VolunteersStaffController {
    let services: Services
    let address: PublicAddress

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .staffVolunteers) { request, context in try await page(request, context) }
        routes.on(.post, .staffVolunteerShifts, use: addShift)
        routes.on(.post, .staffVolunteerLink, use: sendLink)
        routes.on(.post, SiteURL.staffReviewHours, use: review)
    }

    private var programmeID: UUID { services.programmeID }

    func page(
        _ request: Request, _ context: AppRequestContext, values: [String: String] = [:], notice: String? = nil,
        errors: [FieldIssue] = []
    ) async throws -> Response {
        let (session, actor) = try context.signedIn(request, to: programmeID)
        try context.authorize(.readContacts, in: programmeID)
        let year = try QueryReader(request).integer("year", in: 1900...2200)
        let programme = try context.programme
        let pending = try await services.volunteers.hours(
            in: programmeID, HoursQuery(page: PageRequest(limit: PageRequest.maxLimit), status: .pending)
        ).items
        let allTotals = try await services.volunteers.totals(in: programmeID, year: nil)
        let totals = year == nil ? allTotals : try await services.volunteers.totals(in: programmeID, year: year)
        let now = context.now
        let t = context.localizer
        let events = try await services.events.list(
            in: programmeID,
            EventQuery(page: PageRequest(limit: PageRequest.maxLimit), when: .upcoming(at: now), includeInternal: true)
        ).items
        var eventsByID = Dictionary(uniqueKeysWithValues: events.map { ($0.id, $0) })
        var rows: [VolunteersPage.ShiftRow] = []
        let shifts = try await services.volunteers.upcomingShifts(in: programmeID, now: now)
        let signups = try await services.volunteers.signups(shifts: shifts.map(\.id), in: programmeID)
        for shift in shifts {
            if eventsByID[shift.eventID] == nil {
                eventsByID[shift.eventID] = try await services.events.find(shift.eventID, in: programmeID)
            }
            let event = eventsByID[shift.eventID]!
            rows.append(
                VolunteersPage.ShiftRow(
                    shift: shift, eventTitle: event.draft.title,
                    when: t.eventSchedule(
                        .timed(start: shift.draft.start, end: shift.draft.end), zone: event.draft.zone),
                    volunteers: (signups[shift.id] ?? []).map(\.volunteerName)))
        }
        var subjects: [UUID: String] = [:]
        for entry in pending {
            if let id = entry.draft.eventID, subjects[id] == nil {
                subjects[id] = try? await services.events.find(id, in: programmeID).draft.title
            }
            if let id = entry.draft.partnershipID, subjects[id] == nil,
                let partnership = try? await services.partnerships.find(id, in: programmeID)
            {
                subjects[id] = partnership.pairName
            }
        }
        let people = try await services.people.list(
            in: programmeID, PersonQuery(page: PageRequest(limit: PageRequest.maxLimit), includePrivate: true)
        ).items
        var response = HTMLResponse.private(
            VolunteersPage.view(
                VolunteersPage.Model(
                    programmeName: programme.name, email: actor.user.email, csrfToken: session.csrfToken,
                    pending: pending, subjects: subjects, totals: totals, year: year,
                    years: allTotals.byYear.compactMap { Int($0.key) }, shifts: rows,
                    events: events.map {
                        (
                            $0.id.uuidString,
                            t("volunteers.form.eventOption", ["title": $0.draft.title, "day": t.date($0.draft.day)])
                        )
                    },
                    volunteers: people.filter { $0.draft.contact.email != nil }.map {
                        ($0.id.uuidString, $0.displayName)
                    }, values: values, notice: notice, errors: errors, page: context.page(request))))
        if !errors.isEmpty { response.status = .unprocessableContent }
        return response
    }

    @Sendable func addShift(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.signedIn(request, to: programmeID)
        try context.authorize(.editPeople, in: programmeID)
        let form = try await FormBody.read(request, context)
        let t = context.localizer
        let values = Dictionary(
            uniqueKeysWithValues: ["eventId", "role", "start", "end", "places"].map { ($0, form.value($0) ?? "") })
        do {
            guard let eventID = form.nonEmpty("eventId").flatMap(UUID.init(uuidString:)),
                let event = try? await services.events.find(eventID, in: programmeID)
            else {
                throw DomainError.invalid([FieldIssue(field: "eventId", message: t("volunteers.staff.chooseEvent"))])
            }
            var issues: [FieldIssue] = []
            let places = form.nonEmpty("places").flatMap { Int($0) }
            if places == nil {
                issues.append(FieldIssue(field: "places", message: t("volunteers.staff.wholeNumber")))
            }
            let input = ShiftInput(
                role: form.value("role"), start: form.nonEmpty("start"), end: form.nonEmpty("end"), places: places ?? 0)
            let draft = try InputIssues.merge(issues) { try input.draft(zone: event.draft.zone) }
            let shift = try await services.volunteers.addShift(draft, event: event.id, in: programmeID)
            return try await page(
                request, context,
                notice: t("volunteers.staff.shiftAdded", ["role": shift.draft.role, "event": event.draft.title]))
        } catch let error as DomainError {
            return try await page(
                request, context, values: values, errors: FormControls.issues(error, besides: "eventId", t: t))
        }
    }

    @Sendable func sendLink(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.signedIn(request, to: programmeID)
        try context.authorize(.editPeople, in: programmeID)
        let form = try await FormBody.read(request, context)
        let t = context.localizer
        do {
            guard let person = form.nonEmpty("personId").flatMap(UUID.init(uuidString:)) else {
                throw DomainError.invalid([
                    FieldIssue(field: "personId", message: t("volunteers.staff.chooseVolunteer"))
                ])
            }
            let email = try await VolunteersController.sendLink(
                to: person, services: services, base: address.base, programme: try context.programme,
                now: context.now)
            return try await page(request, context, notice: t("volunteers.staff.linkSent", ["email": email]))
        } catch DomainError.notFound {
            return try await page(
                request, context,
                errors: [FieldIssue(field: "personId", message: t("volunteers.staff.notAPerson"))])
        } catch let error as DomainError {
            return try await page(request, context, errors: FormControls.issues(error, besides: "personId", t: t))
        }
    }

    @Sendable func review(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.signedIn(request, to: programmeID)
        let actor = try context.authorize(.editPeople, in: programmeID)
        let form = try await FormBody.read(request, context)
        let t = context.localizer
        var minutes: Int?
        if let text = form.nonEmpty("time") {
            guard let parsed = VolunteerHoursFormat.minutes(text) else {
                return try await page(
                    request, context,
                    errors: [FieldIssue(field: "time", message: t("volunteers.form.timeInvalid"))])
            }
            minutes = parsed
        }
        do {
            let entry = try await services.volunteers.review(
                try context.pathID(), HoursReview(minutes: minutes, note: form.nonEmpty("note")),
                by: actor.user.email, in: programmeID)
            return try await page(
                request, context,
                notice: t(
                    "volunteers.staff.reviewed",
                    [
                        "hours": VolunteerHoursFormat.hours(entry.draft.minutes), "name": entry.volunteerName,
                        "day": t.date(entry.draft.day),
                    ]))
        } catch DomainError.invalid(let issues) {
            return try await page(request, context, errors: issues)
        }
    }
}
