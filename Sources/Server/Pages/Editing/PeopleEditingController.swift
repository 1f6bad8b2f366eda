import Domain
import Foundation
import Hummingbird

/// The coordinators' forms for organisations and people: create, change, delete after confirming.
struct PeopleEditingController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .newOrganisation, use: newOrganisation)
        routes.on(.post, .newOrganisation, use: createOrganisation)
        routes.on(.get, SiteURL.editOrganisation, use: editOrganisation)
        routes.on(.post, SiteURL.editOrganisation, use: updateOrganisation)
        routes.on(.get, SiteURL.deleteOrganisation, use: confirmDeleteOrganisation)
        routes.on(.post, SiteURL.deleteOrganisation, use: deleteOrganisation)
        routes.on(.get, .newPerson, use: newPerson)
        routes.on(.post, .newPerson, use: createPerson)
        routes.on(.get, SiteURL.editPerson, use: editPerson)
        routes.on(.post, SiteURL.editPerson, use: updatePerson)
        routes.on(.get, SiteURL.deletePerson, use: confirmDeletePerson)
        routes.on(.post, SiteURL.deletePerson, use: deletePerson)
    }

    private var programmeID: UUID { services.programmeID }

    // MARK: Organisations

    private func organisationPage(
        _ editor: Editor, _ organisation: Organisation?, values: [String: String], checked: Set<String>,
        errors: [FieldIssue] = [], context: AppRequestContext
    ) async throws -> Response {
        let t = editor.t
        let form = FormState(
            title: organisation.map { t("edit.organisation.edit", ["name": $0.name]) } ?? t("edit.organisation.new"),
            action: organisation.map { SiteURL.editOrganisation($0.id).path } ?? SiteURL.newOrganisation.path,
            cancelURL: organisation.map { SiteURL.organisation($0.id).path } ?? SiteURL.organisations.path,
            values: values, errors: errors)
        let partnerships = try await services.partnerships.all(in: programmeID)
        var cities = partnerships.map(\.partnerCity)
        if let home = partnerships.first?.homeCity { cities.insert(home, at: 0) }
        // The language of the organisation's city is offered for its notes.
        let city = cities.first { $0.id.uuidString.lowercased() == values["cityId"]?.lowercased() }
        let model = OrganisationFormPage.Model(
            editor: editor, form: form,
            cities: cities.map { (value: $0.id.uuidString, label: $0.name(in: t.language)) },
            partnerships: partnerships.map { (value: $0.id.uuidString, label: $0.pairName) }, checked: checked,
            translationLanguages: TranslationFields.languages(
                original: try context.programme.language, values: values, partnerCountry: city?.countryCode))
        return editor.respond(OrganisationFormPage.view(model), form: form)
    }

    @Sendable func newOrganisation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .editPeople)
        return try await organisationPage(editor, nil, values: [:], checked: [], context: context)
    }

    @Sendable func createOrganisation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .editPeople)
        return try await editor.submit(request, context: context, besides: "name") { form in
            let created = try await services.organisations.create(
                try OrganisationForm.input(form).draft(), in: programmeID, by: editor.author)
            return SiteURL.organisation(created.id).path
        } invalid: { form, errors in
            try await organisationPage(
                editor, nil, values: OrganisationForm.values(form), checked: Set(form.values("partnershipIds")),
                errors: errors, context: context)
        }
    }

    @Sendable func editOrganisation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .editPeople)
        let organisation = try await services.organisations.find(try context.pathID(), in: programmeID)
        return try await organisationPage(
            editor, organisation, values: OrganisationForm.values(organisation),
            checked: Set(organisation.partnershipIDs.map(\.uuidString)), context: context)
    }

    @Sendable func updateOrganisation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .editPeople)
        let organisation = try await services.organisations.find(try context.pathID(), in: programmeID)
        return try await editor.submit(request, context: context, besides: "name") { form in
            _ = try await services.organisations.update(
                organisation.id, with: try OrganisationForm.input(form).draft(), in: programmeID, by: editor.author)
            return SiteURL.organisation(organisation.id).path
        } invalid: { form, errors in
            try await organisationPage(
                editor, organisation, values: OrganisationForm.values(form),
                checked: Set(form.values("partnershipIds")), errors: errors, context: context)
        }
    }

    @Sendable func confirmDeleteOrganisation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .editPeople)
        let organisation = try await services.organisations.find(try context.pathID(), in: programmeID)
        let t = editor.t
        return editor.confirm(
            title: t("edit.organisation.delete.title", ["name": organisation.name]),
            message: t("edit.organisation.delete.message"), action: SiteURL.deleteOrganisation(organisation.id).path,
            confirmLabel: t("edit.organisation.delete.confirm"), cancelURL: SiteURL.organisation(organisation.id).path)
    }

    @Sendable func deleteOrganisation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .editPeople)
        try await services.organisations.delete(try context.pathID(), in: programmeID, by: editor.author)
        return context.redirect(to: SiteURL.organisations.path, saying: .deleted)
    }

    // MARK: People

    private func organisations() async throws -> [(id: UUID, name: String)] {
        try await services.organisations.list(
            in: programmeID, OrganisationQuery(page: PageRequest(limit: PageRequest.maxLimit))
        )
        .items.map { ($0.id, $0.name) }
    }

    private func personPage(
        _ editor: Editor, _ person: Person?, values: [String: String], checked: Set<String>,
        errors: [FieldIssue] = []
    ) async throws -> Response {
        let t = editor.t
        let form = FormState(
            title: person.map { t("edit.person.edit", ["name": $0.displayName]) } ?? t("edit.person.new"),
            action: person.map { SiteURL.editPerson($0.id).path } ?? SiteURL.newPerson.path,
            cancelURL: person.map { SiteURL.person($0.id).path } ?? SiteURL.staffPeople.path, values: values,
            errors: errors)
        let model = PersonFormPage.Model(
            editor: editor, form: form,
            organisations: try await organisations().map { (value: $0.id.uuidString, label: $0.name) },
            checked: checked)
        return editor.respond(PersonFormPage.view(model), form: form)
    }

    private func draft(_ form: FormBody, t: Localizer) async throws -> PersonDraft {
        let organisations = try await organisations()
        let (input, issues) = PersonForm.input(form, organisations: organisations, t: t)
        return try InputIssues.merge(issues) { try input.draft(organisations: Set(organisations.map(\.id))) }
    }

    @Sendable func newPerson(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .editPeople)
        return try await personPage(editor, nil, values: [:], checked: [])
    }

    @Sendable func createPerson(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .editPeople)
        return try await editor.submit(request, context: context, besides: "familyName") { form in
            let person = try await services.people.create(
                try await draft(form, t: editor.t), in: programmeID, by: editor.author)
            return SiteURL.person(person.id).path
        } invalid: { form, errors in
            try await personPage(
                editor, nil, values: PersonForm.values(form), checked: Set(form.values("flags")), errors: errors)
        }
    }

    @Sendable func editPerson(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .editPeople)
        let person = try await services.people.find(try context.pathID(), in: programmeID)
        let names = Dictionary(uniqueKeysWithValues: try await organisations().map { ($0.id, $0.name) })
        return try await personPage(
            editor, person, values: PersonForm.values(person, organisations: names), checked: PersonForm.flags(person))
    }

    @Sendable func updatePerson(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .editPeople)
        let person = try await services.people.find(try context.pathID(), in: programmeID)
        return try await editor.submit(request, context: context, besides: "familyName") { form in
            _ = try await services.people.update(
                person.id, with: try await draft(form, t: editor.t), in: programmeID, by: editor.author)
            return SiteURL.person(person.id).path
        } invalid: { form, errors in
            try await personPage(
                editor, person, values: PersonForm.values(form), checked: Set(form.values("flags")), errors: errors)
        }
    }

    @Sendable func confirmDeletePerson(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .editPeople)
        let person = try await services.people.find(try context.pathID(), in: programmeID)
        let t = editor.t
        return editor.confirm(
            title: t("edit.person.delete.title", ["name": person.displayName]),
            message: t("edit.person.delete.message"), action: SiteURL.deletePerson(person.id).path,
            confirmLabel: t("edit.person.delete.confirm"), cancelURL: SiteURL.person(person.id).path)
    }

    @Sendable func deletePerson(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .editPeople)
        try await services.people.delete(try context.pathID(), in: programmeID, by: editor.author)
        return context.redirect(to: SiteURL.staffPeople.path, saying: .deleted)
    }
}
