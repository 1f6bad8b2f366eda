import Domain
import Foundation
import Hummingbird

/// The coordinators' forms for organisations and people: create, change, delete after confirming.
struct PeopleEditingController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .newOrganisation, use: newOrganisation)
        routes.on(.post, .newOrganisation, use: createOrganisation)
        routes.on(.get, .editOrganisation(UUID()), use: editOrganisation)
        routes.on(.post, .editOrganisation(UUID()), use: updateOrganisation)
        routes.on(.get, .deleteOrganisation(UUID()), use: confirmDeleteOrganisation)
        routes.on(.post, .deleteOrganisation(UUID()), use: deleteOrganisation)
        routes.on(.get, .newPerson, use: newPerson)
        routes.on(.post, .newPerson, use: createPerson)
        routes.on(.get, .editPerson(UUID()), use: editPerson)
        routes.on(.post, .editPerson(UUID()), use: updatePerson)
        routes.on(.get, .deletePerson(UUID()), use: confirmDeletePerson)
        routes.on(.post, .deletePerson(UUID()), use: deletePerson)
    }

    private var programmeID: UUID { services.programmeID }

    private func editor(_ request: Request, _ context: AppRequestContext) throws -> (Session, Actor) {
        let (session, _) = try context.signedIn(request, to: programmeID)
        return (session, try context.authorize(.editPeople, in: programmeID))
    }

    private func respond(_ html: HTML, errors: [FieldIssue]) -> Response {
        var response = HTMLResponse.private(html)
        if !errors.isEmpty { response.status = .unprocessableContent }
        return response
    }

    // MARK: Organisations

    private func organisationPage(
        _ session: Session, _ actor: Actor, programme: Programme, page: PageContext, title: String, action: String,
        cancel: String,
        values: [String: String], checked: Set<String>, errors: [FieldIssue]
    ) async throws -> Response {
        let partnerships = try await services.partnerships.all(in: programmeID)
        var cities = partnerships.map(\.partnerCity)
        if let home = partnerships.first?.homeCity { cities.insert(home, at: 0) }
        // The language of the organisation's city is offered for its notes.
        let city = cities.first { $0.id.uuidString.lowercased() == values["cityId"]?.lowercased() }
        return respond(
            OrganisationFormPage.view(
                OrganisationFormPage.Model(
                    programmeName: programme.name, email: actor.user.email, csrfToken: session.csrfToken, title: title,
                    action: action, cancelURL: cancel,
                    cities: cities.map { (value: $0.id.uuidString, label: $0.name(in: page.t.language)) },
                    partnerships: partnerships.map {
                        (value: $0.id.uuidString, label: $0.pairName)
                    }, values: values, checked: checked,
                    translationLanguages: TranslationFields.languages(
                        original: programme.language, values: values,
                        partnerCountry: city?.countryCode),
                    errors: errors, page: page)), errors: errors)
    }

    @Sendable func newOrganisation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, actor) = try editor(request, context)
        let page = context.page(request)
        return try await organisationPage(
            session, actor, programme: try context.programme, page: page, title: page.t("edit.organisation.new"),
            action: SiteURL.newOrganisation.path,
            cancel: SiteURL.organisations.path, values: [:], checked: [], errors: [])
    }

    @Sendable func createOrganisation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, actor) = try editor(request, context)
        let form = try await FormBody.read(request, context)
        do {
            let created = try await services.organisations.create(
                try OrganisationForm.input(form).draft(), in: programmeID, by: ChangeAuthor(actor))
            return Redirect.to(SiteURL.organisation(created.id).path)
        } catch let error as DomainError {
            let page = context.page(request)
            return try await organisationPage(
                session, actor, programme: try context.programme, page: page, title: page.t("edit.organisation.new"),
                action: SiteURL.newOrganisation.path, cancel: SiteURL.organisations.path,
                values: OrganisationForm.values(form), checked: Set(form.values("partnershipIds")),
                errors: FormControls.issues(error, besides: "name", t: page.t))
        }
    }

    @Sendable func editOrganisation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, actor) = try editor(request, context)
        let organisation = try await services.organisations.find(try context.pathID(), in: programmeID)
        let page = context.page(request)
        return try await organisationPage(
            session, actor, programme: try context.programme, page: page,
            title: page.t("edit.organisation.edit", ["name": organisation.name]),
            action: SiteURL.editOrganisation(organisation.id).path,
            cancel: SiteURL.organisation(organisation.id).path, values: OrganisationForm.values(organisation),
            checked: Set(organisation.partnershipIDs.map(\.uuidString)), errors: [])
    }

    @Sendable func updateOrganisation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, actor) = try editor(request, context)
        let organisation = try await services.organisations.find(try context.pathID(), in: programmeID)
        let form = try await FormBody.read(request, context)
        do {
            _ = try await services.organisations.update(
                organisation.id, with: try OrganisationForm.input(form).draft(), in: programmeID,
                by: ChangeAuthor(actor))
            return Redirect.to(SiteURL.organisation(organisation.id).path)
        } catch let error as DomainError {
            let page = context.page(request)
            return try await organisationPage(
                session, actor, programme: try context.programme, page: page,
                title: page.t("edit.organisation.edit", ["name": organisation.name]),
                action: SiteURL.editOrganisation(organisation.id).path,
                cancel: SiteURL.organisation(organisation.id).path, values: OrganisationForm.values(form),
                checked: Set(form.values("partnershipIds")),
                errors: FormControls.issues(error, besides: "name", t: page.t))
        }
    }

    @Sendable func confirmDeleteOrganisation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, actor) = try editor(request, context)
        let organisation = try await services.organisations.find(try context.pathID(), in: programmeID)
        let page = context.page(request)
        let t = page.t
        return try await confirm(
            session, actor, programme: try context.programme, page: page,
            title: t("edit.organisation.delete.title", ["name": organisation.name]),
            message: t("edit.organisation.delete.message"), action: SiteURL.deleteOrganisation(organisation.id).path,
            label: t("edit.organisation.delete.confirm"), cancel: SiteURL.organisation(organisation.id).path)
    }

    @Sendable func deleteOrganisation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, actor) = try editor(request, context)
        try await services.organisations.delete(try context.pathID(), in: programmeID, by: ChangeAuthor(actor))
        return Redirect.to(SiteURL.organisations.path)
    }

    // MARK: People

    private func organisations() async throws -> [(id: UUID, name: String)] {
        try await services.organisations.list(
            in: programmeID, OrganisationQuery(page: PageRequest(limit: PageRequest.maxLimit))
        )
        .items.map { ($0.id, $0.name) }
    }

    private func personPage(
        _ session: Session, _ actor: Actor, programme: Programme, page: PageContext, title: String, action: String,
        cancel: String,
        values: [String: String], checked: Set<String>, errors: [FieldIssue]
    ) async throws -> Response {
        return respond(
            PersonFormPage.view(
                PersonFormPage.Model(
                    programmeName: programme.name, email: actor.user.email, csrfToken: session.csrfToken, title: title,
                    action: action, cancelURL: cancel,
                    organisations: try await organisations().map { (value: $0.id.uuidString, label: $0.name) },
                    values: values, checked: checked, errors: errors, page: page)), errors: errors)
    }

    private func draft(_ form: FormBody, t: Localizer) async throws -> PersonDraft {
        let organisations = try await organisations()
        let (input, issues) = PersonForm.input(form, organisations: organisations, t: t)
        return try InputIssues.merge(issues) { try input.draft(organisations: Set(organisations.map(\.id))) }
    }

    @Sendable func newPerson(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, actor) = try editor(request, context)
        let page = context.page(request)
        return try await personPage(
            session, actor, programme: try context.programme, page: page, title: page.t("edit.person.new"),
            action: SiteURL.newPerson.path,
            cancel: SiteURL.staffPeople.path,
            values: [:], checked: [], errors: [])
    }

    @Sendable func createPerson(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, actor) = try editor(request, context)
        let form = try await FormBody.read(request, context)
        let page = context.page(request)
        do {
            let person = try await services.people.create(
                try await draft(form, t: page.t), in: programmeID, by: ChangeAuthor(actor))
            return Redirect.to(SiteURL.person(person.id).path)
        } catch let error as DomainError {
            return try await personPage(
                session, actor, programme: try context.programme, page: page, title: page.t("edit.person.new"),
                action: SiteURL.newPerson.path,
                cancel: SiteURL.staffPeople.path, values: PersonForm.values(form), checked: Set(form.values("flags")),
                errors: FormControls.issues(error, besides: "familyName", t: page.t))
        }
    }

    @Sendable func editPerson(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, actor) = try editor(request, context)
        let person = try await services.people.find(try context.pathID(), in: programmeID)
        let names = Dictionary(uniqueKeysWithValues: try await organisations().map { ($0.id, $0.name) })
        let page = context.page(request)
        return try await personPage(
            session, actor, programme: try context.programme, page: page,
            title: page.t("edit.person.edit", ["name": person.displayName]),
            action: SiteURL.editPerson(person.id).path,
            cancel: SiteURL.person(person.id).path, values: PersonForm.values(person, organisations: names),
            checked: PersonForm.flags(person), errors: [])
    }

    @Sendable func updatePerson(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, actor) = try editor(request, context)
        let person = try await services.people.find(try context.pathID(), in: programmeID)
        let form = try await FormBody.read(request, context)
        let page = context.page(request)
        do {
            _ = try await services.people.update(
                person.id, with: try await draft(form, t: page.t), in: programmeID, by: ChangeAuthor(actor))
            return Redirect.to(SiteURL.person(person.id).path)
        } catch let error as DomainError {
            return try await personPage(
                session, actor, programme: try context.programme, page: page,
                title: page.t("edit.person.edit", ["name": person.displayName]),
                action: SiteURL.editPerson(person.id).path, cancel: SiteURL.person(person.id).path,
                values: PersonForm.values(form), checked: Set(form.values("flags")),
                errors: FormControls.issues(error, besides: "familyName", t: page.t))
        }
    }

    @Sendable func confirmDeletePerson(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, actor) = try editor(request, context)
        let person = try await services.people.find(try context.pathID(), in: programmeID)
        let page = context.page(request)
        let t = page.t
        return try await confirm(
            session, actor, programme: try context.programme, page: page,
            title: t("edit.person.delete.title", ["name": person.displayName]),
            message: t("edit.person.delete.message"), action: SiteURL.deletePerson(person.id).path,
            label: t("edit.person.delete.confirm"), cancel: SiteURL.person(person.id).path)
    }

    @Sendable func deletePerson(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, actor) = try editor(request, context)
        try await services.people.delete(try context.pathID(), in: programmeID, by: ChangeAuthor(actor))
        return Redirect.to(SiteURL.staffPeople.path)
    }

    private func confirm(
        _ session: Session, _ actor: Actor, programme: Programme, page: PageContext, title: String, message: String,
        action: String,
        label: String, cancel: String
    ) async throws -> Response {
        return HTMLResponse.private(
            ConfirmPage.view(
                ConfirmPage.Model(
                    programmeName: programme.name, email: actor.user.email, title: title, message: message,
                    action: action, confirmLabel: label, cancelURL: cancel, csrfToken: session.csrfToken,
                    page: page)))
    }
}
