import Domain
import Foundation
import Hummingbird
import Logging

/// A person's requests about their data: `GET /api/v1/people/{id}/personal-data` to see all of it (coordinators
/// and above), `POST /api/v1/people/{id}/erase` to erase it (staff and above), and the erase page that asks first.
struct PrivacyController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .apiPersonalData(.init()), use: personalData)
        routes.on(.post, .apiErasePerson(.init()), use: erase)
        routes.on(.get, .erasePerson(.init()), use: confirmErase)
        routes.on(.post, .erasePerson(.init()), use: eraseFromPage)
    }

    private var programmeID: UUID { services.programmeID }

    /// One JSON document, downloaded as a file.
    @Sendable func personalData(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.authorize(.readContacts, in: programmeID)
        let id = try context.pathID()
        let document = try await Self.document(
            id, services: services, programme: try context.programme, now: context.now, today: try context.today)
        return try JSONResponse.make(
            document,
            headers: [
                .contentDisposition: "attachment; filename=\"personal-data-\(id.lowercasedString).json\"",
                .cacheControl: "no-store",
            ])
    }

    /// The export outside a request (`sistercities privacy export`): the programme and today as of now.
    static func document(_ id: UUID, services: Services, now: Date = Date()) async throws -> PersonalDataDTO {
        let served = try await ServedProgramme.load(services)
        return try await document(
            id, services: services, programme: served.programme, now: now, today: served.day(of: now))
    }

    /// The export of `id`'s data, dated `now` (`today` in the home city).
    static func document(
        _ id: UUID, services: Services, programme: Programme, now: Date, today: PartialDate
    ) async throws -> PersonalDataDTO {
        let data = try await services.privacy.personalData(id, in: services.programmeID)
        return PersonalDataDTO(data, programme: programme.name, now: now, today: today)
    }

    @Sendable func erase(_ request: Request, context: AppRequestContext) async throws -> Response {
        let actor = try context.authorize(.erasePersonalData, in: programmeID)
        let report = try await services.privacy.erase(try context.pathID(), in: programmeID, by: ChangeAuthor(actor))
        context.logger.notice("erased a person's data on request", metadata: ["user": "\(actor.user.id)"])
        return try JSONResponse.make(report)
    }

    // MARK: Page

    @Sendable func confirmErase(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, _) = try context.signedIn(request, to: programmeID)
        let actor = try context.authorize(.erasePersonalData, in: programmeID)
        let person = try await services.people.find(try context.pathID(), in: programmeID)
        let programme = try context.programme
        return HTMLResponse.private(
            ConfirmPage.view(
                ConfirmPage.Model(
                    programmeName: programme.name, email: actor.user.email,
                    title: "Erase \(person.displayName)'s personal data?",
                    message:
                        "Their name, contact details, notes, registrations, volunteer links and the emails sent to them are erased, and earlier versions of their record are emptied from the history. Receipts, memberships and volunteer time stay for the programme's accounts, under \"\(Person.erasedName)\". This cannot be undone: download their data first if they asked for a copy.",
                    action: SiteURL.erasePerson(person.id).path, confirmLabel: "Erase for good",
                    cancelURL: SiteURL.person(person.id).path, csrfToken: session.csrfToken)))
    }

    @Sendable func eraseFromPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.signedIn(request, to: programmeID)
        let actor = try context.authorize(.erasePersonalData, in: programmeID)
        let id = try context.pathID()
        let report = try await services.privacy.erase(id, in: programmeID, by: ChangeAuthor(actor))
        context.logger.notice("erased a person's data on request", metadata: ["user": "\(actor.user.id)"])
        let programme = try context.programme
        return HTMLResponse.private(
            NoticePage.view(
                NoticePage.Model(
                    programmeName: programme.name, signedInAs: actor.user.email, title: "Personal data erased",
                    paragraphs: [
                        "Kept for the accounts, without the name: \(report.contributionsAnonymised) receipts, \(report.pledgesAnonymised) pledges, \(report.membershipsKept) memberships and \(report.volunteerEntriesKept) volunteer time entries.",
                        "Erased: \(report.registrationsAnonymised) event registrations, \(report.signupsRemoved) shift sign-ups, \(report.linksRemoved) volunteer links, \(report.emailsScrubbed) emails and \(report.historyScrubbed) earlier versions of the record.",
                    ], link: ("Back to people", SiteURL.staffPeople.path))))
    }
}
