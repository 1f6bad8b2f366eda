import Domain
import Foundation
import Hummingbird

/// `/api/v1/partnerships/{id}/agreements` and `/api/v1/agreements/{id}`.
struct AgreementsController {
    let agreements: any AgreementRepository
    let programmeID: UUID

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, SiteURL.apiPartnershipAgreements, use: list)
        routes.on(.post, SiteURL.apiPartnershipAgreements, use: create)
        routes.on(.get, SiteURL.apiAgreement, use: show)
        routes.on(.put, SiteURL.apiAgreement, use: update)
        routes.on(.delete, SiteURL.apiAgreement, use: delete)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let page = try await agreements.list(
            partnership: try context.pathID(), in: programmeID, page: try QueryReader(request).page())
        return try JSONResponse.make(ListDTO(page, AgreementDTO.init))
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let partnership = try context.pathID()
        let actor = try context.authorize(.editPartnership(partnership), in: programmeID)
        let input = try await JSONRequest.decode(AgreementInput.self, from: request, context: context)
        let agreement = try await agreements.create(
            try input.draft(), partnership: partnership, in: programmeID, by: ChangeAuthor(actor))
        return try JSONResponse.created(AgreementDTO(agreement), at: .apiAgreement(agreement.id))
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        try JSONResponse.make(AgreementDTO(try await agreements.find(try context.pathID(), in: programmeID)))
    }

    @Sendable func update(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let id = try context.pathID()
        let existing = try await agreements.find(id, in: programmeID)
        let actor = try context.authorize(.editPartnership(existing.partnershipID), in: programmeID)
        let input = try await JSONRequest.decode(AgreementInput.self, from: request, context: context)
        return try JSONResponse.make(
            AgreementDTO(
                try await agreements.update(id, with: try input.draft(), in: programmeID, by: ChangeAuthor(actor))))
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let id = try context.pathID()
        let existing = try await agreements.find(id, in: programmeID)
        let actor = try context.authorize(.editPartnership(existing.partnershipID), in: programmeID)
        try await agreements.delete(id, in: programmeID, by: ChangeAuthor(actor))
        return Response(status: .noContent)
    }
}
