import Domain
import Foundation
import Hummingbird

/// `/api/v1/events/{id}/shifts`, `/api/v1/shifts`, `/api/v1/volunteer-hours` and volunteers' personal links.
/// Volunteers' names and hours are for coordinators and above.
struct VolunteersController {
    let services: Services
    let address: PublicAddress

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, SiteURL.apiEventShifts, use: shifts)
        routes.on(.post, SiteURL.apiEventShifts, use: addShift)
        routes.on(.delete, SiteURL.apiShift, use: deleteShift)
        routes.on(.get, SiteURL.apiShiftSignups, use: signups)
        routes.on(.post, SiteURL.apiShiftSignups, use: signUp)
        routes.on(.post, SiteURL.apiShiftWithdraw, use: withdraw)
        routes.on(.get, .apiVolunteerHours, use: hours)
        routes.on(.post, .apiVolunteerHours, use: log)
        routes.on(.get, .apiVolunteerHoursTotals, use: totals)
        routes.on(.get, SiteURL.apiVolunteerHoursEntry, use: showHours)
        routes.on(.post, SiteURL.apiVolunteerHoursReview, use: review)
        routes.on(.post, SiteURL.apiVolunteerLink, use: sendLink)
    }

    private var programmeID: UUID { services.programmeID }

    // MARK: Shifts

    @Sendable func shifts(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.readContacts, in: programmeID)
        let event = try await services.events.find(try context.pathID(), in: programmeID)
        let shifts = try await services.volunteers.shifts(event: event.id, in: programmeID)
        return try JSONResponse.make(["items": shifts.map { ShiftDTO($0, zone: event.draft.zone) }])
    }

    @Sendable func addShift(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.editPeople, in: programmeID)
        let event = try await services.events.find(try context.pathID(), in: programmeID)
        let input = try await JSONRequest.decode(ShiftInput.self, from: request, context: context)
        let shift = try await services.volunteers.addShift(
            try input.draft(zone: event.draft.zone), event: event.id, in: programmeID)
        return try JSONResponse.created(ShiftDTO(shift, zone: event.draft.zone), at: .apiShift(shift.id))
    }

    @Sendable func deleteShift(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.editPeople, in: programmeID)
        try await services.volunteers.deleteShift(try context.pathID(), in: programmeID)
        return Response(status: .noContent)
    }

    @Sendable func signups(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.readContacts, in: programmeID)
        let signups = try await services.volunteers.signups(shift: try context.pathID(), in: programmeID)
        return try JSONResponse.make(["items": signups.map(ShiftSignupDTO.init)])
    }

    @Sendable func signUp(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.editPeople, in: programmeID)
        let shift = try context.pathID()
        let input = try await JSONRequest.decode(PersonRefInput.self, from: request, context: context)
        let signup = try await services.volunteers.signUp(
            person: try await person(try input.person()), shift: shift, in: programmeID, now: context.now)
        return try JSONResponse.make(ShiftSignupDTO(signup), status: .created)
    }

    @Sendable func withdraw(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.editPeople, in: programmeID)
        let shift = try context.pathID()
        let input = try await JSONRequest.decode(PersonRefInput.self, from: request, context: context)
        try await services.volunteers.withdraw(person: try input.person(), shift: shift, in: programmeID)
        return Response(status: .noContent)
    }

    // MARK: Hours

    @Sendable func hours(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.readContacts, in: programmeID)
        let query = QueryReader(request)
        let page = try await services.volunteers.hours(
            in: programmeID,
            HoursQuery(
                page: try query.page(), personID: try query.uuid("person"),
                status: try query.choice("status", as: VolunteerHours.Status.self),
                year: try query.integer("year", in: 1900...2200)))
        return try JSONResponse.make(ListDTO(page, VolunteerHoursDTO.init))
    }

    /// A coordinator's entry is approved as it is recorded.
    @Sendable func log(_ request: Request, context: AppRequestContext) async throws -> Response {
        let actor = try context.authorize(.editPeople, in: programmeID)
        let input = try await JSONRequest.decode(HoursInput.self, from: request, context: context)
        let entry = try await services.volunteers.log(
            try input.draft(), in: programmeID, approvedBy: actor.user.email,
            today: try context.today, now: context.now)
        return try JSONResponse.created(VolunteerHoursDTO(entry), at: .apiVolunteerHoursEntry(entry.id))
    }

    @Sendable func showHours(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.readContacts, in: programmeID)
        return try JSONResponse.make(
            VolunteerHoursDTO(try await services.volunteers.findHours(try context.pathID(), in: programmeID)))
    }

    @Sendable func review(_ request: Request, context: AppRequestContext) async throws -> Response {
        let actor = try context.authorize(.editPeople, in: programmeID)
        let input = try await JSONRequest.decode(HoursReviewInput.self, from: request, context: context)
        let entry = try await services.volunteers.review(
            try context.pathID(), HoursReview(minutes: input.minutes, note: input.note), by: actor.user.email,
            in: programmeID)
        return try JSONResponse.make(VolunteerHoursDTO(entry))
    }

    @Sendable func totals(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.readContacts, in: programmeID)
        let year = try QueryReader(request).integer("year", in: 1900...2200)
        return try JSONResponse.make(
            HoursTotalsDTO(try await services.volunteers.totals(in: programmeID, year: year), year: year))
    }

    // MARK: Personal links

    /// Emails the person a new link to their volunteer page.
    @Sendable func sendLink(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.editPeople, in: programmeID)
        let email = try await Self.sendLink(
            to: try context.pathID(), services: services, base: address.base, programme: try context.programme,
            now: context.now)
        return try JSONResponse.make(["sentTo": email], status: .accepted)
    }

    /// Queues the email with a new personal link, from `programme` and dated `now`; answers the address it goes
    /// to.
    static func sendLink(
        to personID: UUID, services: Services, base: String, programme: Programme, now: Date
    ) async throws -> String {
        let person = try await services.people.find(personID, in: services.programmeID)
        guard let email = person.draft.contact.email else {
            throw DomainError.invalid([
                FieldIssue(field: "personId", message: "has no email address to send the link to: add one first")
            ])
        }
        let secret = Secrets.random()
        let url = base + SiteURL.volunteering.path(query: [("key", secret)])
        try await services.volunteers.addKey(
            hash: Secrets.hash(secret), person: person.id, in: services.programmeID, now: now,
            mail: VolunteerMail.link(
                to: person, email: email, url: url, programme: programme.name,
                t: MailLanguage.localizer(for: person, programme: programme)))
        return email
    }

    /// The person, if they are of this programme: a 422 naming the field otherwise.
    private func person(_ id: UUID) async throws -> UUID {
        do {
            return try await services.people.find(id, in: programmeID).id
        } catch DomainError.notFound {
            throw DomainError.invalid([FieldIssue(field: "personId", message: "is not a person of this programme")])
        }
    }
}
