import Domain
import Foundation
import Hummingbird

/// `/api/v1/organizations` and `/api/v1/people`. Organisations and public people are public; private people,
/// and everyone's contact details, are for coordinators and above.
struct PeopleController {
    let organisations: any OrganisationRepository
    let people: any PersonRepository
    let programmeID: UUID

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .apiOrganisations, use: listOrganisations)
        routes.on(.post, .apiOrganisations, use: createOrganisation)
        routes.on(.get, SiteURL.apiOrganisation, use: showOrganisation)
        routes.on(.put, SiteURL.apiOrganisation, use: updateOrganisation)
        routes.on(.delete, SiteURL.apiOrganisation, use: deleteOrganisation)
        routes.on(.get, .apiPeople, use: listPeople)
        routes.on(.post, .apiPeople, use: createPerson)
        routes.on(.get, SiteURL.apiPerson, use: showPerson)
        routes.on(.put, SiteURL.apiPerson, use: updatePerson)
        routes.on(.delete, SiteURL.apiPerson, use: deletePerson)
    }

    // MARK: Organisations

    @Sendable func listOrganisations(_ request: Request, context: AppRequestContext) async throws -> Response {
        let query = QueryReader(request)
        let organisations = try await organisations.list(
            in: programmeID,
            OrganisationQuery(
                page: try query.page(), kind: try query.choice("kind", as: OrganisationKind.self),
                partnershipID: try query.uuid("partnership")))
        return try JSONResponse.make(ListDTO(organisations, OrganisationDTO.init))
    }

    @Sendable func showOrganisation(_ request: Request, context: AppRequestContext) async throws -> Response {
        try JSONResponse.make(OrganisationDTO(try await organisations.find(try context.pathID(), in: programmeID)))
    }

    @Sendable func createOrganisation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let actor = try context.authorize(.editPeople, in: programmeID)
        let input = try await JSONRequest.decode(OrganisationInput.self, from: request, context: context)
        let organisation = try await organisations.create(try input.draft(), in: programmeID, by: ChangeAuthor(actor))
        return try JSONResponse.created(OrganisationDTO(organisation), at: .apiOrganisation(organisation.id))
    }

    @Sendable func updateOrganisation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let actor = try context.authorize(.editPeople, in: programmeID)
        let id = try context.pathID()
        _ = try await organisations.find(id, in: programmeID)
        let input = try await JSONRequest.decode(OrganisationInput.self, from: request, context: context)
        return try JSONResponse.make(
            OrganisationDTO(
                try await organisations.update(id, with: try input.draft(), in: programmeID, by: ChangeAuthor(actor))))
    }

    @Sendable func deleteOrganisation(_ request: Request, context: AppRequestContext) async throws -> Response {
        let actor = try context.authorize(.editPeople, in: programmeID)
        try await organisations.delete(try context.pathID(), in: programmeID, by: ChangeAuthor(actor))
        return Response(status: .noContent)
    }

    // MARK: People

    private func knownOrganisations() async throws -> Set<UUID> {
        Set(try await organisations.all(in: programmeID).map(\.id))
    }

    private func mayReadContacts(_ context: AppRequestContext) -> Bool {
        context.identity.actor?.may(.readContacts, in: programmeID) ?? false
    }

    private func isMember(_ context: AppRequestContext) -> Bool {
        context.identity.actor?.may(.readInternal, in: programmeID) ?? false
    }

    @Sendable func listPeople(_ request: Request, context: AppRequestContext) async throws -> Response {
        let query = QueryReader(request)
        if let text = request.uri.queryParameters.get("q"), text.unicodeScalars.count > 200 {
            throw RequestError.invalidQuery(parameter: "q", message: "must be at most 200 characters")
        }
        let page = try await people.list(
            in: programmeID,
            PersonQuery(
                page: try query.page(), text: query.string("q"), organisationID: try query.uuid("organisation"),
                includePrivate: isMember(context)))
        let contacts = mayReadContacts(context)
        return try JSONResponse.make(ListDTO(page) { PersonDTO($0, withContact: contacts) })
    }

    /// A private person answers 404 to the public, as if they were not there.
    @Sendable func showPerson(_ request: Request, context: AppRequestContext) async throws -> Response {
        let person = try await people.find(try context.pathID(), in: programmeID)
        guard person.draft.isPublic || isMember(context) else {
            throw DomainError.notFound(entity: "person", id: person.id)
        }
        return try JSONResponse.make(PersonDTO(person, withContact: mayReadContacts(context)))
    }

    @Sendable func createPerson(_ request: Request, context: AppRequestContext) async throws -> Response {
        let actor = try context.authorize(.editPeople, in: programmeID)
        let input = try await JSONRequest.decode(PersonInput.self, from: request, context: context)
        let person = try await people.create(
            try input.draft(organisations: try await knownOrganisations()), in: programmeID, by: ChangeAuthor(actor))
        return try JSONResponse.created(PersonDTO(person, withContact: true), at: .apiPerson(person.id))
    }

    @Sendable func updatePerson(_ request: Request, context: AppRequestContext) async throws -> Response {
        let actor = try context.authorize(.editPeople, in: programmeID)
        let id = try context.pathID()
        _ = try await people.find(id, in: programmeID)
        let input = try await JSONRequest.decode(PersonInput.self, from: request, context: context)
        return try JSONResponse.make(
            PersonDTO(
                try await people.update(
                    id, with: try input.draft(organisations: try await knownOrganisations()), in: programmeID,
                    by: ChangeAuthor(actor)), withContact: true))
    }

    @Sendable func deletePerson(_ request: Request, context: AppRequestContext) async throws -> Response {
        let actor = try context.authorize(.editPeople, in: programmeID)
        try await people.delete(try context.pathID(), in: programmeID, by: ChangeAuthor(actor))
        return Response(status: .noContent)
    }
}
