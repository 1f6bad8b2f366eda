import Domain
import Foundation
import Hummingbird

/// `/api/v1/articles`: the programme's news. The public reads published articles; members read drafts too.
struct ArticlesController {
    let articles: any ArticleRepository
    let partnerships: any PartnershipRepository
    let programmeID: UUID

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .apiArticles, use: list)
        routes.on(.post, .apiArticles, use: create)
        routes.on(.get, SiteURL.apiArticle, use: show)
        routes.on(.put, SiteURL.apiArticle, use: update)
        routes.on(.delete, SiteURL.apiArticle, use: delete)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let query = try ArticleListQuery.read(request)
        if query.status != .published { try context.authorize(.readInternal, in: programmeID) }
        return try JSONResponse.make(ListDTO(try await articles.list(in: programmeID, query), ArticleDTO.init))
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        try JSONResponse.make(ArticleDTO(try await visible(try context.pathID(), context: context)))
    }

    /// A draft is hidden from everyone outside the programme: it answers 404, as if it did not exist.
    func visible(_ id: UUID, context: AppRequestContext) async throws -> Article {
        let article = try await articles.find(id, in: programmeID)
        guard article.isPublished || context.identity.actor?.may(.readInternal, in: programmeID) == true else {
            throw DomainError.notFound(entity: "article", id: id)
        }
        return article
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let actor = try context.authorize(.editProgramme, in: programmeID)
        let input = try await JSONRequest.decode(ArticleInput.self, from: request, context: context)
        let draft = try input.draft(current: nil, now: context.now, partnerships: try await known())
        let article = try await articles.create(draft, in: programmeID, by: ChangeAuthor(actor))
        return try JSONResponse.created(ArticleDTO(article), at: .apiArticle(article.id))
    }

    @Sendable func update(_ request: Request, context: AppRequestContext) async throws -> Response {
        let actor = try context.authorize(.editProgramme, in: programmeID)
        let current = try await articles.find(try context.pathID(), in: programmeID)
        let input = try await JSONRequest.decode(ArticleInput.self, from: request, context: context)
        let draft = try input.draft(current: current, now: context.now, partnerships: try await known())
        return try JSONResponse.make(
            ArticleDTO(try await articles.update(current.id, with: draft, in: programmeID, by: ChangeAuthor(actor))))
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let actor = try context.authorize(.editProgramme, in: programmeID)
        try await articles.delete(try context.pathID(), in: programmeID, by: ChangeAuthor(actor))
        return Response(status: .noContent)
    }

    private func known() async throws -> Set<UUID> {
        Set(try await partnerships.all(in: programmeID).map(\.id))
    }
}

enum ArticleListQuery {
    static func read(_ request: Request) throws -> ArticleQuery {
        let query = QueryReader(request)
        var partnership: UUID?
        if let text = query.string("partnership") {
            guard let id = UUID(uuidString: text) else {
                throw RequestError.invalidQuery(parameter: "partnership", message: "must be a partnership id")
            }
            partnership = id
        }
        return ArticleQuery(
            page: try query.page(), status: try query.choice("status", as: ArticleQuery.Status.self) ?? .published,
            partnershipID: partnership)
    }
}
