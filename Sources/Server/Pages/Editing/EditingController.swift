import Domain
import Foundation
import Hummingbird

/// The staff's forms for partnerships and agreements: create, change, delete after confirming.
struct EditingController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .newPartnership, use: newPartnership)
        routes.on(.post, .newPartnership, use: createPartnership)
        routes.on(.get, .editPartnership(UUID()), use: editPartnership)
        routes.on(.post, .editPartnership(UUID()), use: updatePartnership)
        routes.on(.get, .deletePartnership(UUID()), use: confirmDeletePartnership)
        routes.on(.post, .deletePartnership(UUID()), use: deletePartnership)
        routes.on(.get, .newAgreement(UUID()), use: newAgreement)
        routes.on(.post, .newAgreement(UUID()), use: createAgreement)
        routes.on(.get, .editAgreement(UUID()), use: editAgreement)
        routes.on(.post, .editAgreement(UUID()), use: updateAgreement)
        routes.on(.get, .deleteAgreement(UUID()), use: confirmDeleteAgreement)
        routes.on(.post, .deleteAgreement(UUID()), use: deleteAgreement)
    }

    private var programmeID: UUID { services.programmeID }

    /// The signed-in editor allowed to do `action`, with their session.
    private func editor(_ request: Request, _ context: AppRequestContext, _ action: Action) throws -> (Session, Actor) {
        let (session, _) = try context.signedIn(request, to: programmeID)
        return (session, try context.authorize(action, in: programmeID))
    }

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
        _ session: Session, _ actor: Actor, programme: Programme, page: PageContext, title: String, action: String,
        cancel: String,
        values: [String: String], focus: Set<String>, errors: [FieldIssue], cityQuery: String? = nil
    ) async throws -> Response {
        let home = try await programme.homeCityID.asyncMap { try await services.cities.find($0) }
        let (cities, matches) = try await cityChoices(
            home: home, chosen: values["partnerCityId"], query: cityQuery, t: page.t)
        let partner = try await values["partnerCityId"].flatMap(UUID.init(uuidString:)).asyncMap {
            try? await services.cities.find($0)
        }

        var response = HTMLResponse.private(
            PartnershipFormPage.view(
                PartnershipFormPage.Model(
                    programmeName: programme.name, email: actor.user.email, csrfToken: session.csrfToken, title: title,
                    action: action, cancelURL: cancel,
                    homeCityName: home?.name(in: page.t.language) ?? page.t("edit.partnership.noHomeCity"),
                    cities: cities, pageURL: action, cityQuery: cityQuery ?? "", cityMatches: matches, values: values,
                    focusAreas: focus,
                    translationLanguages: TranslationFields.languages(
                        original: programme.language, values: values,
                        partnerCountry: partner??.countryCode),
                    errors: errors, page: page)))
        if !errors.isEmpty { response.status = .unprocessableContent }
        return response
    }

    @Sendable func newPartnership(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, actor) = try editor(request, context, .editProgramme)
        let page = context.page(request)
        return try await partnershipPage(
            session, actor, programme: try context.programme, page: page, title: page.t("edit.partnership.new"),
            action: SiteURL.newPartnership.path,
            cancel: SiteURL.staff.path,
            values: [:], focus: [], errors: [], cityQuery: QueryReader(request).string("city"))
    }

    @Sendable func createPartnership(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, actor) = try editor(request, context, .editProgramme)
        let form = try await FormBody.read(request, context)
        do {
            let home = try context.programme.homeCityID
            let draft = try PartnershipForm.input(form).draft(defaultHomeCity: home)
            let created = try await services.partnerships.create(draft, in: programmeID, by: ChangeAuthor(actor))
            return Redirect.to(SiteURL.partnership(created.id).path)
        } catch let error as DomainError {
            let page = context.page(request)
            return try await partnershipPage(
                session, actor, programme: try context.programme, page: page, title: page.t("edit.partnership.new"),
                action: SiteURL.newPartnership.path,
                cancel: SiteURL.staff.path,
                values: PartnershipForm.values(form), focus: Set(form.values("focusAreas")),
                errors: FormControls.issues(error, besides: "partnerCityId", t: page.t))
        }
    }

    @Sendable func editPartnership(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.pathID()
        let (session, actor) = try editor(request, context, .editPartnership(id))
        let partnership = try await services.partnerships.find(id, in: programmeID)
        let page = context.page(request)
        return try await partnershipPage(
            session, actor, programme: try context.programme, page: page,
            title: page.t("edit.partnership.edit", ["name": partnership.pairName]),
            action: SiteURL.editPartnership(id).path, cancel: SiteURL.partnership(id).path,
            values: PartnershipForm.values(partnership), focus: Set(partnership.focusAreas.map(\.rawValue)), errors: [],
            cityQuery: QueryReader(request).string("city"))
    }

    @Sendable func updatePartnership(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.pathID()
        let (session, actor) = try editor(request, context, .editPartnership(id))
        let current = try await services.partnerships.find(id, in: programmeID)
        let form = try await FormBody.read(request, context)
        do {
            let draft = try PartnershipForm.input(form).draft(defaultHomeCity: current.homeCity.id)
            _ = try await services.partnerships.update(id, with: draft, in: programmeID, by: ChangeAuthor(actor))
            return Redirect.to(SiteURL.partnership(id).path)
        } catch let error as DomainError {
            let page = context.page(request)
            return try await partnershipPage(
                session, actor, programme: try context.programme, page: page,
                title: page.t("edit.partnership.edit", ["name": current.pairName]),
                action: SiteURL.editPartnership(id).path, cancel: SiteURL.partnership(id).path,
                values: PartnershipForm.values(form), focus: Set(form.values("focusAreas")),
                errors: FormControls.issues(error, besides: "partnerCityId", t: page.t))
        }
    }

    @Sendable func confirmDeletePartnership(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.pathID()
        let (session, actor) = try editor(request, context, .editPartnership(id))
        let partnership = try await services.partnerships.find(id, in: programmeID)
        let page = context.page(request)
        let t = page.t
        return try await confirm(
            session, actor, programme: try context.programme, page: page,
            title: t("edit.partnership.delete.title", ["name": partnership.pairName]),
            message: t("edit.partnership.delete.message"), action: SiteURL.deletePartnership(id).path,
            label: t("edit.partnership.delete.confirm"), cancel: SiteURL.partnership(id).path)
    }

    @Sendable func deletePartnership(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.pathID()
        let (_, actor) = try editor(request, context, .editPartnership(id))
        try await services.partnerships.delete(id, in: programmeID, by: ChangeAuthor(actor))
        return Redirect.to(SiteURL.directory.path)
    }

    // MARK: Agreements

    private func agreementPage(
        _ session: Session, _ actor: Actor, programme: Programme, page: PageContext, partnership: Partnership,
        title: String,
        action: String, values: [String: String], errors: [FieldIssue]
    ) async throws -> Response {
        var response = HTMLResponse.private(
            AgreementFormPage.view(
                AgreementFormPage.Model(
                    programmeName: programme.name, email: actor.user.email, csrfToken: session.csrfToken, title: title,
                    action: action, cancelURL: SiteURL.partnership(partnership.id).path,
                    cityNames: [partnership.homeCity.name, partnership.partnerCity.name], values: values,
                    translationLanguages: TranslationFields.languages(
                        original: programme.language, values: values,
                        partnerCountry: partnership.partnerCity.countryCode),
                    errors: errors,
                    page: page)))
        if !errors.isEmpty { response.status = .unprocessableContent }
        return response
    }

    private func cities(of partnership: Partnership) -> [(id: UUID, name: String)] {
        [
            (partnership.homeCity.id, partnership.homeCity.name),
            (partnership.partnerCity.id, partnership.partnerCity.name),
        ]
    }

    @Sendable func newAgreement(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.pathID()
        let (session, actor) = try editor(request, context, .editPartnership(id))
        let partnership = try await services.partnerships.find(id, in: programmeID)
        let page = context.page(request)
        return try await agreementPage(
            session, actor, programme: try context.programme, page: page, partnership: partnership,
            title: page.t("edit.agreement.new"),
            action: SiteURL.newAgreement(id).path, values: [:], errors: [])
    }

    @Sendable func createAgreement(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.pathID()
        let (session, actor) = try editor(request, context, .editPartnership(id))
        let partnership = try await services.partnerships.find(id, in: programmeID)
        let form = try await FormBody.read(request, context)
        let page = context.page(request)
        let (input, lineIssues) = AgreementForm.input(form, cities: cities(of: partnership), t: page.t)
        do {
            let draft = try InputIssues.merge(lineIssues) { try input.draft() }
            _ = try await services.agreements.create(draft, partnership: id, in: programmeID, by: ChangeAuthor(actor))
            return Redirect.to(SiteURL.partnership(id).path)
        } catch let error as DomainError {
            return try await agreementPage(
                session, actor, programme: try context.programme, page: page, partnership: partnership,
                title: page.t("edit.agreement.new"),
                action: SiteURL.newAgreement(id).path, values: AgreementForm.values(form),
                errors: FormControls.issues(error, besides: "partnerCityId", t: page.t))
        }
    }

    @Sendable func editAgreement(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let agreement = try await services.agreements.find(try context.pathID(), in: programmeID)
        let (session, actor) = try editor(request, context, .editPartnership(agreement.partnershipID))
        let partnership = try await services.partnerships.find(agreement.partnershipID, in: programmeID)
        let names = Dictionary(uniqueKeysWithValues: cities(of: partnership).map { ($0.id, $0.name) })
        let page = context.page(request)
        return try await agreementPage(
            session, actor, programme: try context.programme, page: page, partnership: partnership,
            title: page.t(
                "edit.agreement.edit",
                ["kind": page.t.label("partnership.agreement.kind", agreement.kind).lowercased(with: page.t.locale)]),
            action: SiteURL.editAgreement(agreement.id).path, values: AgreementForm.values(agreement, cities: names),
            errors: [])
    }

    @Sendable func updateAgreement(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let agreement = try await services.agreements.find(try context.pathID(), in: programmeID)
        let (session, actor) = try editor(request, context, .editPartnership(agreement.partnershipID))
        let partnership = try await services.partnerships.find(agreement.partnershipID, in: programmeID)
        let form = try await FormBody.read(request, context)
        let page = context.page(request)
        let (input, lineIssues) = AgreementForm.input(form, cities: cities(of: partnership), t: page.t)
        do {
            let draft = try InputIssues.merge(lineIssues) { try input.draft() }
            _ = try await services.agreements.update(
                agreement.id, with: draft, in: programmeID, by: ChangeAuthor(actor))
            return Redirect.to(SiteURL.partnership(partnership.id).path)
        } catch let error as DomainError {
            return try await agreementPage(
                session, actor, programme: try context.programme, page: page, partnership: partnership,
                title: page.t(
                    "edit.agreement.edit",
                    ["kind": page.t.label("partnership.agreement.kind", agreement.kind).lowercased(with: page.t.locale)]
                ),
                action: SiteURL.editAgreement(agreement.id).path, values: AgreementForm.values(form),
                errors: FormControls.issues(error, besides: "partnerCityId", t: page.t))
        }
    }

    @Sendable func confirmDeleteAgreement(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let agreement = try await services.agreements.find(try context.pathID(), in: programmeID)
        let (session, actor) = try editor(request, context, .editPartnership(agreement.partnershipID))
        let page = context.page(request)
        let t = page.t
        let kind = t.label("partnership.agreement.kind", agreement.kind).lowercased(with: t.locale)
        return try await confirm(
            session, actor, programme: try context.programme, page: page,
            title: t("edit.agreement.delete.title", ["kind": kind]),
            message: t("edit.agreement.delete.message"), action: SiteURL.deleteAgreement(agreement.id).path,
            label: t("edit.agreement.delete.confirm"), cancel: SiteURL.partnership(agreement.partnershipID).path)
    }

    @Sendable func deleteAgreement(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let agreement = try await services.agreements.find(try context.pathID(), in: programmeID)
        let (_, actor) = try editor(request, context, .editPartnership(agreement.partnershipID))
        try await services.agreements.delete(agreement.id, in: programmeID, by: ChangeAuthor(actor))
        return Redirect.to(SiteURL.partnership(agreement.partnershipID).path)
    }

    // MARK: Shared

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
