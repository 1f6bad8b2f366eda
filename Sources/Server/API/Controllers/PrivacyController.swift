import Domain
import Foundation
import Hummingbird
import Logging

/// A person's requests about their data: `GET /api/v1/people/{id}/personal-data` to see all of it (coordinators
/// and above), `POST /api/v1/people/{id}/erase` to erase it (staff and above), and the erase page that asks first.
struct PrivacyController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, SiteURL.apiPersonalData, use: personalData)
        routes.on(.post, SiteURL.apiErasePerson, use: erase)
        routes.on(.get, SiteURL.erasePerson, use: confirmErase)
        routes.on(.post, SiteURL.erasePerson, use: eraseFromPage)
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
    static func document(_ id: UUID, services: Services) async throws -> PersonalDataDTO {
        let now = services.clock.now()
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
        let editor = try context.editor(request, may: .erasePersonalData)
        let person = try await services.people.find(try context.pathID(), in: programmeID)
        let t = editor.t
        return editor.confirm(
            title: t("people.erase.title", ["name": person.displayName]),
            message: t("people.erase.message", ["erased": Person.erasedName]),
            action: SiteURL.erasePerson(person.id).path, confirmLabel: t("people.erase.confirm"),
            cancelURL: SiteURL.person(person.id).path)
    }

    @Sendable func eraseFromPage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .erasePersonalData)
        let report = try await services.privacy.erase(
            try context.pathID(), in: programmeID, by: ChangeAuthor(editor.actor))
        context.logger.notice("erased a person's data on request", metadata: ["user": "\(editor.actor.user.id)"])
        let t = editor.t
        return HTMLResponse.private(
            NoticePage.view(
                NoticePage.Model(
                    programmeName: editor.programmeName, signedInAs: editor.email, title: t("people.erase.done"),
                    paragraphs: [
                        t(
                            "people.erase.kept",
                            [
                                "receipts": t.number(report.contributionsAnonymised),
                                "pledges": t.number(report.pledgesAnonymised),
                                "memberships": t.number(report.membershipsKept),
                                "hours": t.number(report.volunteerEntriesKept),
                            ]),
                        t(
                            "people.erase.erased",
                            [
                                "registrations": t.number(report.registrationsAnonymised),
                                "signups": t.number(report.signupsRemoved), "links": t.number(report.linksRemoved),
                                "emails": t.number(report.emailsScrubbed), "versions": t.number(report.historyScrubbed),
                            ]),
                    ], link: (t("people.erase.back"), SiteURL.staffPeople.path), page: editor.page)))
    }
}
