import Domain
import Foundation
import Hummingbird

/// The staff's forms for news: write, change, publish, delete after confirming.
struct ArticlesEditingController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .newArticle, use: newArticle)
        routes.on(.post, .newArticle, use: createArticle)
        routes.on(.get, .editArticle(UUID()), use: editArticle)
        routes.on(.post, .editArticle(UUID()), use: updateArticle)
        routes.on(.get, .deleteArticle(UUID()), use: confirmDelete)
        routes.on(.post, .deleteArticle(UUID()), use: delete)
    }

    private var programmeID: UUID { services.programmeID }

    private func editor(_ request: Request, _ context: AppRequestContext) throws -> (Session, Actor) {
        let (session, _) = try context.signedIn(request, to: programmeID)
        return (session, try context.authorize(.editProgramme, in: programmeID))
    }

    private func page(
        _ session: Session, _ actor: Actor, programme: Programme, page: PageContext, title: String, action: String,
        cancel: String,
        values: [String: String], checked: Set<String>, errors: [FieldIssue]
    ) async throws -> Response {
        let partnerships = try await services.partnerships.all(in: programmeID).map {
            (value: $0.id.uuidString, label: $0.pairName)
        }
        var response = HTMLResponse.private(
            ArticleFormPage.view(
                ArticleFormPage.Model(
                    programmeName: programme.name, email: actor.user.email, csrfToken: session.csrfToken, title: title,
                    action: action, cancelURL: cancel, partnerships: partnerships, values: values, checked: checked,
                    translationLanguages: TranslationFields.languages(original: programme.language, values: values),
                    errors: errors, page: page)))
        if !errors.isEmpty { response.status = .unprocessableContent }
        return response
    }

    private func known() async throws -> Set<UUID> {
        Set(try await services.partnerships.all(in: programmeID).map(\.id))
    }

    @Sendable func newArticle(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, actor) = try editor(request, context)
        let page = context.page(request)
        return try await self.page(
            session, actor, programme: try context.programme, page: page, title: page.t("edit.article.new"),
            action: SiteURL.newArticle.path,
            cancel: SiteURL.news.path,
            values: [:], checked: [], errors: [])
    }

    @Sendable func createArticle(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, actor) = try editor(request, context)
        let form = try await FormBody.read(request, context)
        let page = context.page(request)
        do {
            let (input, issues) = ArticleForm.input(form, t: page.t)
            let known = try await known()
            let draft = try InputIssues.merge(issues) {
                try input.draft(current: nil, now: context.now, partnerships: known)
            }
            let article = try await services.articles.create(draft, in: programmeID, by: ChangeAuthor(actor))
            return Redirect.to(SiteURL.article(article.id).path)
        } catch let error as DomainError {
            return try await self.page(
                session, actor, programme: try context.programme, page: page, title: page.t("edit.article.new"),
                action: SiteURL.newArticle.path,
                cancel: SiteURL.news.path, values: ArticleForm.values(form),
                checked: Set(form.values("partnershipIds")),
                errors: FormControls.issues(error, besides: "title", t: page.t))
        }
    }

    @Sendable func editArticle(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, actor) = try editor(request, context)
        let article = try await services.articles.find(try context.pathID(), in: programmeID)
        let page = context.page(request)
        return try await self.page(
            session, actor, programme: try context.programme, page: page,
            title: page.t("edit.article.edit", ["title": article.title]),
            action: SiteURL.editArticle(article.id).path,
            cancel: SiteURL.article(article.id).path, values: ArticleForm.values(article),
            checked: Set(article.partnershipIDs.map(\.uuidString)), errors: [])
    }

    @Sendable func updateArticle(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, actor) = try editor(request, context)
        let article = try await services.articles.find(try context.pathID(), in: programmeID)
        let form = try await FormBody.read(request, context)
        let page = context.page(request)
        do {
            let (input, issues) = ArticleForm.input(form, t: page.t)
            let known = try await known()
            let draft = try InputIssues.merge(issues) {
                try input.draft(current: article, now: context.now, partnerships: known)
            }
            _ = try await services.articles.update(article.id, with: draft, in: programmeID, by: ChangeAuthor(actor))
            return Redirect.to(SiteURL.article(article.id).path)
        } catch let error as DomainError {
            return try await self.page(
                session, actor, programme: try context.programme, page: page,
                title: page.t("edit.article.edit", ["title": article.title]),
                action: SiteURL.editArticle(article.id).path, cancel: SiteURL.article(article.id).path,
                values: ArticleForm.values(form), checked: Set(form.values("partnershipIds")),
                errors: FormControls.issues(error, besides: "title", t: page.t))
        }
    }

    @Sendable func confirmDelete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (session, actor) = try editor(request, context)
        let article = try await services.articles.find(try context.pathID(), in: programmeID)
        let programme = try context.programme
        let page = context.page(request)
        let t = page.t
        return HTMLResponse.private(
            ConfirmPage.view(
                ConfirmPage.Model(
                    programmeName: programme.name, email: actor.user.email,
                    title: t("edit.article.delete.title", ["title": article.title]),
                    message: t("edit.article.delete.message"), action: SiteURL.deleteArticle(article.id).path,
                    confirmLabel: t("edit.article.delete.confirm"), cancelURL: SiteURL.article(article.id).path,
                    csrfToken: session.csrfToken, page: page)))
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (_, actor) = try editor(request, context)
        try await services.articles.delete(try context.pathID(), in: programmeID, by: ChangeAuthor(actor))
        return Redirect.to(SiteURL.news.path)
    }
}
