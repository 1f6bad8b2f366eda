import Domain
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// `/news`, each article's page and `/news.atom`.
struct NewsPagesController {
    let services: Services
    let address: PublicAddress

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .news, use: list)
        routes.on(.get, .newsFeed, use: feed)
        routes.on(.get, SiteURL.article, use: show)
    }

    private var programmeID: UUID { services.programmeID }

    /// The signed-in member of the programme, if any.
    private func member(_ context: AppRequestContext) -> Actor? {
        context.identity.actor.flatMap { $0.may(.readInternal, in: programmeID) ? $0 : nil }
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let member = member(context)
        let page = try await services.articles.list(
            in: programmeID,
            ArticleQuery(page: try QueryReader(request).page(), status: member == nil ? .published : .all))
        let programme = try context.programme
        let html = NewsPage.view(
            NewsPage.Model(
                programme: programme, page: page, signedInAs: context.identity.actor?.user.email,
                canWrite: member?.may(.editProgramme, in: programmeID) ?? false, context: context.page(request)))
        return member == nil ? HTMLResponse.page(html) : HTMLResponse.private(html)
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let member = member(context)
        let article = try await services.articles.find(try context.pathID(), in: programmeID)
        guard article.isPublished || member != nil else {
            throw DomainError.notFound(entity: "article", id: article.id)
        }
        let programme = try context.programme
        var partnerships: [Partnership] = []
        for id in article.partnershipIDs {
            if let found = try? await services.partnerships.find(id, in: programmeID) { partnerships.append(found) }
        }
        let html = ArticlePage.view(
            ArticlePage.Model(
                programme: programme, article: article, partnerships: partnerships,
                signedInAs: context.identity.actor?.user.email,
                canEdit: member?.may(.editProgramme, in: programmeID) ?? false, context: context.page(request)))
        return article.isPublished && member == nil ? HTMLResponse.page(html) : HTMLResponse.private(html)
    }

    /// The 20 newest published articles.
    @Sendable func feed(_ request: Request, context: AppRequestContext) async throws -> Response {
        let programme = try context.programme
        let page = try await services.articles.list(
            in: programmeID, ArticleQuery(page: PageRequest(limit: 20), status: .published))
        var headers = HTTPFields()
        headers[.contentType] = "application/atom+xml; charset=utf-8"
        let text = NewsFeed.atom(
            programme: programme, articles: page.items,
            base: address.base)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
