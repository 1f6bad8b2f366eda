import Domain
import Foundation
import Hummingbird

/// The staff's forms for partnerships and agreements: create, change, delete after confirming.
struct EditingController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .newPartnership, use: newPartnership)
        routes.on(.post, .newPartnership, use: createPartnership)
        routes.on(.get, SiteURL.editPartnership, use: editPartnership)
        routes.on(.post, SiteURL.editPartnership, use: updatePartnership)
        routes.on(.get, SiteURL.deletePartnership, use: confirmDeletePartnership)
        routes.on(.post, SiteURL.deletePartnership, use: deletePartnership)
        routes.on(.get, SiteURL.newAgreement, use: newAgreement)
        routes.on(.post, SiteURL.newAgreement, use: createAgreement)
        routes.on(.get, SiteURL.editAgreement, use: editAgreement)
        routes.on(.post, SiteURL.editAgreement, use: updateAgreement)
        routes.on(.get, SiteURL.deleteAgreement, use: confirmDeleteAgreement)
        routes.on(.post, SiteURL.deleteAgreement, use: deleteAgreement)
    }

    private var programmeID: UUID { services.programmeID }

    // MARK: Partnerships

    /// The partner city choices: the one chosen, the programme's own partner cities, and what a search found
    /// in the world gazetteer.
    private func cityChoices(
        home: City?, chosen: String?, query: String?, t: Localizer
    ) async throws -> (choices: [(value: String, label: String)], matches: Int) {
        var cities: [City] = []
        if let query, !query.isEmpty { cities += try await services.cities.search(query, limit: 20).map(\.city) }
        let matches = cities.count
        if let chosen = chosen.flatMap(UUID.init(uuidString:)), let city = try? await services.cities.find(chosen) {
            cities.insert(city, at: 0)
        }
        cities += try await services.partnerships.all(in: programmeID).map(\.partnerCity)
        var seen = Set<UUID>()
        let choices = cities.filter { $0.id != home?.id && seen.insert($0.id).inserted }.map { city in
            let country = t.countryName(city.countryCode) ?? city.country?.name ?? city.countryCode
            var label = t("edit.partnership.cityChoice", ["city": city.name(in: t.language), "country": country])
            if let population = city.population {
                label = t("edit.partnership.cityWithPopulation", count: population, ["city": label])
            }
            return (value: city.id.uuidString, label: label)
        }
        return (choices, matches)
    }

    private func partnershipPage(
        _ editor: Editor, _ form: FormState, focus: Set<String>, cityQuery: String? = nil,
        context: AppRequestContext
    ) async throws -> Response {
        let (programme, t) = (try context.programme, editor.t)
        let home = try await programme.homeCityID.asyncMap { try await services.cities.find($0) }
        let (cities, matches) = try await cityChoices(
            home: home, chosen: form.values["partnerCityId"], query: cityQuery, t: t)
        let partner = try await form.values["partnerCityId"].flatMap(UUID.init(uuidString:)).asyncMap {
            try? await services.cities.find($0)
        }
        let model = PartnershipFormPage.Model(
            editor: editor, form: form, homeCityName: home?.name(in: t.language) ?? t("edit.partnership.noHomeCity"),
            cities: cities, cityQuery: cityQuery ?? "", cityMatches: matches, focusAreas: focus,
            translationLanguages: TranslationFields.languages(
                original: programme.language, values: form.values, partnerCountry: partner??.countryCode))
        return editor.respond(PartnershipFormPage.view(model), form: form)
    }

    private func partnershipForm(
        _ editor: Editor, _ partnership: Partnership?, values: [String: String], errors: [FieldIssue] = []
    ) -> FormState {
        FormState(
            title: partnership.map { editor.t("edit.partnership.edit", ["name": $0.pairName]) }
                ?? editor.t("edit.partnership.new"),
            action: partnership.map { SiteURL.editPartnership($0.id).path } ?? SiteURL.newPartnership.path,
            cancelURL: partnership.map { SiteURL.partnership($0.id).path } ?? SiteURL.staff.path, values: values,
            errors: errors)
    }

    @Sendable func newPartnership(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .editProgramme)
        return try await partnershipPage(
            editor, partnershipForm(editor, nil, values: [:]), focus: [],
            cityQuery: QueryReader(request).string("city"), context: context)
    }

    @Sendable func createPartnership(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .editProgramme)
        return try await editor.submit(request, context: context, besides: "partnerCityId") { form in
            let draft = try PartnershipForm.input(form).draft(defaultHomeCity: try context.programme.homeCityID)
            return SiteURL.partnership(
                try await services.partnerships.create(draft, in: programmeID, by: editor.author).id
            ).path
        } invalid: { form, errors in
            try await partnershipPage(
                editor, partnershipForm(editor, nil, values: PartnershipForm.values(form), errors: errors),
                focus: Set(form.values("focusAreas")), context: context)
        }
    }

    @Sendable func editPartnership(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.pathID()
        let editor = try context.editor(request, may: .editPartnership(id))
        let partnership = try await services.partnerships.find(id, in: programmeID)
        return try await partnershipPage(
            editor, partnershipForm(editor, partnership, values: PartnershipForm.values(partnership)),
            focus: Set(partnership.focusAreas.map(\.rawValue)), cityQuery: QueryReader(request).string("city"),
            context: context)
    }

    @Sendable func updatePartnership(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.pathID()
        let editor = try context.editor(request, may: .editPartnership(id))
        let current = try await services.partnerships.find(id, in: programmeID)
        return try await editor.submit(request, context: context, besides: "partnerCityId") { form in
            let draft = try PartnershipForm.input(form).draft(defaultHomeCity: current.homeCity.id)
            _ = try await services.partnerships.update(id, with: draft, in: programmeID, by: editor.author)
            return SiteURL.partnership(id).path
        } invalid: { form, errors in
            try await partnershipPage(
                editor, partnershipForm(editor, current, values: PartnershipForm.values(form), errors: errors),
                focus: Set(form.values("focusAreas")), context: context)
        }
    }

    @Sendable func confirmDeletePartnership(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.pathID()
        let editor = try context.editor(request, may: .editPartnership(id))
        let partnership = try await services.partnerships.find(id, in: programmeID)
        let t = editor.t
        return editor.confirm(
            title: t("edit.partnership.delete.title", ["name": partnership.pairName]),
            message: t("edit.partnership.delete.message"), action: SiteURL.deletePartnership(id).path,
            confirmLabel: t("edit.partnership.delete.confirm"), cancelURL: SiteURL.partnership(id).path)
    }

    @Sendable func deletePartnership(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.pathID()
        let editor = try context.editor(request, may: .editPartnership(id))
        try await services.partnerships.delete(id, in: programmeID, by: editor.author)
        return context.redirect(to: SiteURL.directory.path, saying: .deleted)
    }

    // MARK: Agreements

    private func agreementPage(
        _ editor: Editor, _ form: FormState, partnership: Partnership, context: AppRequestContext
    ) throws -> Response {
        let model = AgreementFormPage.Model(
            editor: editor, form: form, cityNames: [partnership.homeCity.name, partnership.partnerCity.name],
            translationLanguages: TranslationFields.languages(
                original: try context.programme.language, values: form.values,
                partnerCountry: partnership.partnerCity.countryCode))
        return editor.respond(AgreementFormPage.view(model), form: form)
    }

    private func agreementForm(
        _ editor: Editor, _ partnership: Partnership, _ agreement: Agreement?, values: [String: String],
        errors: [FieldIssue] = []
    ) -> FormState {
        FormState(
            title: agreement.map { editor.t("edit.agreement.edit", ["kind": kindName($0, t: editor.t)]) }
                ?? editor.t("edit.agreement.new"),
            action: agreement.map { SiteURL.editAgreement($0.id).path } ?? SiteURL.newAgreement(partnership.id).path,
            cancelURL: SiteURL.partnership(partnership.id).path, values: values, errors: errors)
    }

    /// The agreement's kind in lower case, as a title names it.
    private func kindName(_ agreement: Agreement, t: Localizer) -> String {
        t.label("partnership.agreement.kind", agreement.kind).lowercased(with: t.locale)
    }

    private func cities(of partnership: Partnership) -> [(id: UUID, name: String)] {
        [
            (partnership.homeCity.id, partnership.homeCity.name),
            (partnership.partnerCity.id, partnership.partnerCity.name),
        ]
    }

    @Sendable func newAgreement(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.pathID()
        let editor = try context.editor(request, may: .editPartnership(id))
        let partnership = try await services.partnerships.find(id, in: programmeID)
        return try agreementPage(
            editor, agreementForm(editor, partnership, nil, values: [:]), partnership: partnership, context: context)
    }

    @Sendable func createAgreement(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.pathID()
        let editor = try context.editor(request, may: .editPartnership(id))
        let partnership = try await services.partnerships.find(id, in: programmeID)
        return try await editor.submit(request, context: context, besides: "partnerCityId") { form in
            let (input, lineIssues) = AgreementForm.input(form, cities: cities(of: partnership), t: editor.t)
            let draft = try InputIssues.merge(lineIssues) { try input.draft() }
            _ = try await services.agreements.create(draft, partnership: id, in: programmeID, by: editor.author)
            return SiteURL.partnership(id).path
        } invalid: { form, errors in
            try agreementPage(
                editor, agreementForm(editor, partnership, nil, values: AgreementForm.values(form), errors: errors),
                partnership: partnership, context: context)
        }
    }

    @Sendable func editAgreement(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let agreement = try await services.agreements.find(try context.pathID(), in: programmeID)
        let editor = try context.editor(request, may: .editPartnership(agreement.partnershipID))
        let partnership = try await services.partnerships.find(agreement.partnershipID, in: programmeID)
        let names = Dictionary(uniqueKeysWithValues: cities(of: partnership).map { ($0.id, $0.name) })
        return try agreementPage(
            editor,
            agreementForm(editor, partnership, agreement, values: AgreementForm.values(agreement, cities: names)),
            partnership: partnership, context: context)
    }

    @Sendable func updateAgreement(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let agreement = try await services.agreements.find(try context.pathID(), in: programmeID)
        let editor = try context.editor(request, may: .editPartnership(agreement.partnershipID))
        let partnership = try await services.partnerships.find(agreement.partnershipID, in: programmeID)
        return try await editor.submit(request, context: context, besides: "partnerCityId") { form in
            let (input, lineIssues) = AgreementForm.input(form, cities: cities(of: partnership), t: editor.t)
            let draft = try InputIssues.merge(lineIssues) { try input.draft() }
            _ = try await services.agreements.update(agreement.id, with: draft, in: programmeID, by: editor.author)
            return SiteURL.partnership(partnership.id).path
        } invalid: { form, errors in
            try agreementPage(
                editor,
                agreementForm(editor, partnership, agreement, values: AgreementForm.values(form), errors: errors),
                partnership: partnership, context: context)
        }
    }

    @Sendable func confirmDeleteAgreement(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let agreement = try await services.agreements.find(try context.pathID(), in: programmeID)
        let editor = try context.editor(request, may: .editPartnership(agreement.partnershipID))
        let t = editor.t
        return editor.confirm(
            title: t("edit.agreement.delete.title", ["kind": kindName(agreement, t: t)]),
            message: t("edit.agreement.delete.message"), action: SiteURL.deleteAgreement(agreement.id).path,
            confirmLabel: t("edit.agreement.delete.confirm"),
            cancelURL: SiteURL.partnership(agreement.partnershipID).path)
    }

    @Sendable func deleteAgreement(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let agreement = try await services.agreements.find(try context.pathID(), in: programmeID)
        let editor = try context.editor(request, may: .editPartnership(agreement.partnershipID))
        try await services.agreements.delete(agreement.id, in: programmeID, by: editor.author)
        return context.redirect(to: SiteURL.partnership(agreement.partnershipID).path, saying: .deleted)
    }
}
