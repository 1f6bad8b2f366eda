import Domain
import Foundation
import Hummingbird

/// The public gift register (`/gifts`) and each gift's page.
struct GiftsPagesController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .gifts, use: register)
        routes.on(.get, SiteURL.gift, use: show)
    }

    @Sendable func register(_ request: Request, context: AppRequestContext) async throws -> Response {
        let query = try GiftListQuery.read(request)
        let programme = try context.programme
        let page = try await services.gifts.list(in: programme.id, query)
        var partnerships: [Partnership] = []
        for id in Set(page.items.map(\.partnershipID)) {
            partnerships.append(try await services.partnerships.find(id, in: programme.id))
        }
        return HTMLResponse.page(
            GiftRegisterPage.view(
                GiftRegisterPage.Model(
                    programme: programme, page: page, query: query, partnerships: partnerships,
                    signedInAs: context.identity.actor?.user.email, context: context.page(request))))
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let programme = try context.programme
        let gift = try await services.gifts.find(try context.pathID(), in: programme.id)
        let partnership = try await services.partnerships.find(gift.partnershipID, in: programme.id)
        var token: String?
        if case .session(let session, let actor) = context.identity,
            actor.may(.editPartnership(partnership.id), in: programme.id)
        {
            token = session.csrfToken
        }
        let page = GiftPage.view(
            GiftPage.Model(
                programme: programme, partnership: partnership, gift: gift,
                signedInAs: context.identity.actor?.user.email, editCSRFToken: token, context: context.page(request)))
        return token == nil ? HTMLResponse.page(page) : HTMLResponse.private(page)
    }
}
