import Domain
import Foundation
import Hummingbird

/// Organisations and people, as the public and the staff see them.
struct PeoplePagesController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .organisations, use: organisations)
        routes.on(.get, SiteURL.organisation, use: organisation)
        routes.on(.get, SiteURL.person, use: person)
        routes.on(.get, .staffPeople, use: staffPeople)
    }

    private var programmeID: UUID { services.programmeID }

    private func may(_ action: Action, _ context: AppRequestContext) -> Bool {
        context.identity.actor?.may(action, in: programmeID) ?? false
    }

    @Sendable func organisations(_ request: Request, context: AppRequestContext) async throws -> Response {
        let query = QueryReader(request)
        let kind = try query.choice("kind", as: OrganisationKind.self)
        let page = try await services.organisations.list(
            in: programmeID, OrganisationQuery(page: try query.page(), kind: kind))
        let programme = try context.programme
        let pageContext = context.page(request)
        let t = pageContext.t
        var items: [OrganisationsPage.Model.Item] = []
        for organisation in page.items {
            let city = try? await organisation.cityID.asyncMap { try await services.cities.find($0) }
            items.append(
                .init(
                    name: organisation.name, nativeName: organisation.nativeName,
                    url: SiteURL.organisation(organisation.id).path,
                    kind: t.label("organisations.kind", organisation.kind),
                    city: city?.name(in: t.language)))
        }
        let kinds =
            [(value: "", label: t("organisations.allKinds"))]
            + OrganisationKind.allCases.map { (value: $0.rawValue, label: t.label("organisations.kind", $0)) }
        let pager = Pager(page) { SiteURL.organisations.path(query: [("kind", kind?.rawValue), ("page", String($0))]) }
        return HTMLResponse.page(
            OrganisationsPage.view(
                OrganisationsPage.Model(
                    programmeName: programme.name, signedInAs: context.identity.actor?.user.email,
                    canEdit: may(.editPeople, context), items: items,
                    kinds: kinds.map { k in
                        (
                            k.value, k.label,
                            SiteURL.organisations.path(query: [("kind", k.value.isEmpty ? nil : k.value)]),
                            (kind?.rawValue ?? "") == k.value
                        )
                    }, pager: pager, page: pageContext)))
    }

    @Sendable func organisation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let organisation = try await services.organisations.find(try context.pathID(), in: programmeID)
        let programme = try context.programme
        let city = try? await organisation.cityID.asyncMap { try await services.cities.find($0) }
        let pageContext = context.page(request)
        let t = pageContext.t
        var partnerships: [(String, String)] = []
        for id in organisation.partnershipIDs {
            if let p = try? await services.partnerships.find(id, in: programmeID) {
                partnerships.append(
                    (
                        "\(p.homeCity.name(in: t.language)) – \(p.partnerCity.name(in: t.language))",
                        SiteURL.partnership(p.id).path
                    ))
            }
        }
        let people = try await services.people.list(
            in: programmeID,
            PersonQuery(
                page: PageRequest(limit: PageRequest.maxLimit), organisationID: organisation.id,
                includePrivate: may(.readInternal, context)))
        return HTMLResponse.page(
            OrganisationPage.view(
                OrganisationPage.Model(
                    programmeName: programme.name, signedInAs: context.identity.actor?.user.email, id: organisation.id,
                    name: organisation.name, nativeName: organisation.nativeName,
                    kind: t.label("organisations.kind", organisation.kind), city: city?.name(in: t.language),
                    website: organisation.website, notes: pageContext.notes(of: organisation),
                    partnerships: partnerships,
                    people: people.items.map { person in
                        (
                            person.displayName, SiteURL.person(person.id).path,
                            person.draft.roles.last { $0.organisationID == organisation.id && $0.to == nil }?.title
                        )
                    }, canEdit: may(.editPeople, context), page: pageContext)))
    }

    @Sendable func person(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await services.people.find(try context.pathID(), in: programmeID)
        guard person.draft.isPublic || may(.readInternal, context) else {
            throw DomainError.notFound(entity: "person", id: person.id)
        }
        let programme = try context.programme
        let pageContext = context.page(request)
        let t = pageContext.t
        func organisation(_ id: UUID?) async -> (String, String)? {
            guard let id, let found = try? await services.organisations.find(id, in: programmeID) else { return nil }
            return (found.name, SiteURL.organisation(found.id).path)
        }
        var offices: [PersonPage.Model.Office] = []
        for role in person.draft.roles {
            let period: String? =
                switch (role.from, role.to) {
                case (nil, nil): nil
                case (let from?, nil): t("people.from", ["date": t.date(from)])
                case (nil, let to?): t("people.until", ["date": t.date(to)])
                case (let from?, let to?): t("people.fromTo", ["from": t.date(from), "to": t.date(to)])
                }
            offices.append(
                .init(title: role.title, organisation: await organisation(role.organisationID), period: period))
        }
        let d = person.draft
        var contact: [(String, String)]?
        if may(.readContacts, context) {
            contact = [
                (t("people.email"), d.contact.email), (t("people.phone"), d.contact.phone),
                (t("people.address"), d.contact.address),
            ]
            .compactMap { term, value in value.map { (term, $0) } }
        }
        let page = PersonPage.view(
            PersonPage.Model(
                programmeName: programme.name, signedInAs: context.identity.actor?.user.email, id: person.id,
                name: person.displayName, nativeName: d.nativeName, nativeLanguage: d.nativeLanguage,
                isPublic: d.isPublic, organisation: await organisation(d.organisationID), offices: offices,
                contact: contact,
                consent: contact == nil
                    ? nil : (d.consentToContact ? t("people.consented") : t("people.notConsented")),
                notes: contact == nil ? nil : d.notes, canEdit: may(.editPeople, context),
                canErase: may(.erasePersonalData, context), page: pageContext))
        return d.isPublic && contact == nil ? HTMLResponse.page(page) : HTMLResponse.private(page)
    }

    @Sendable func staffPeople(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, actor) = try context.signedIn(request, to: programmeID)
        let query = QueryReader(request)
        let text = query.string("q")
        let page = try await services.people.list(
            in: programmeID, PersonQuery(page: try query.page(), text: text, includePrivate: true))
        let programme = try context.programme
        var names: [UUID: String] = [:]
        for id in Set(page.items.compactMap(\.draft.organisationID)) {
            names[id] = try? await services.organisations.find(id, in: programmeID).name
        }
        let contacts = actor.may(.readContacts, in: programmeID)
        let pager = Pager(page) { SiteURL.staffPeople.path(query: [("q", text), ("page", String($0))]) }
        return HTMLResponse.private(
            StaffPeoplePage.view(
                StaffPeoplePage.Model(
                    programmeName: programme.name, email: actor.user.email, text: text ?? "",
                    canEdit: actor.may(.editPeople, in: programmeID),
                    items: page.items.map {
                        .init(
                            name: $0.displayName, nativeName: $0.draft.nativeName, url: SiteURL.person($0.id).path,
                            organisation: $0.draft.organisationID.flatMap { names[$0] }, isPublic: $0.draft.isPublic,
                            email: contacts ? $0.draft.contact.email : nil)
                    }, total: page.total, pager: pager, page: context.page(request))))
    }
}
