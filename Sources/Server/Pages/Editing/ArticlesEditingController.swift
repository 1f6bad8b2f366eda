import Domain
import Foundation
import Hummingbird

/// The staff's forms for news: write, change, publish, delete after confirming.
struct ArticlesEditingController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .newArticle, use: newArticle)
        routes.on(.post, .newArticle, use: createArticle)
        routes.on(.get, SiteURL.editArticle, use: editArticle)
        routes.on(.post, SiteURL.editArticle, use: updateArticle)
        routes.on(.get, SiteURL.deleteArticle, use: confirmDelete)
        routes.on(.post, SiteURL.deleteArticle, use: delete)
    }

    private var programmeID: UUID { services.programmeID }

    private func page(
        _ editor: Editor, _ form: FormState, checked: Set<String>, context: AppRequestContext
    ) async throws -> Response {
        let partnerships = try await services.partnerships.all(in: programmeID).map {
            (value: $0.id.uuidString, label: $0.pairName)
        }
        let model = ArticleFormPage.Model(
            editor: editor, form: form, partnerships: partnerships, checked: checked,
            translationLanguages: TranslationFields.languages(
                original: try context.programme.language, values: form.values))
        return editor.respond(ArticleFormPage.view(model), form: form)
    }

    private func form(
        _ editor: Editor, _ article: Article?, values: [String: String], errors: [FieldIssue] = []
    ) -> FormState {
        FormState(
            title: article.map { editor.t("edit.article.edit", ["title": $0.title]) } ?? editor.t("edit.article.new"),
            action: article.map { SiteURL.editArticle($0.id).path } ?? SiteURL.newArticle.path,
            cancelURL: article.map { SiteURL.article($0.id).path } ?? SiteURL.news.path, values: values,
            errors: errors)
    }

    private func known() async throws -> Set<UUID> {
        Set(try await services.partnerships.all(in: programmeID).map(\.id))
    }

    /// The article the form describes, checked against the programme's partnerships.
    private func draft(_ form: FormBody, current: Article?, editor: Editor, now: Date) async throws -> ArticleDraft {
        let (input, issues) = ArticleForm.input(form, t: editor.t)
        let known = try await known()
        return try InputIssues.merge(issues) { try input.draft(current: current, now: now, partnerships: known) }
    }

    @Sendable func newArticle(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .editProgramme)
        return try await page(editor, form(editor, nil, values: [:]), checked: [], context: context)
    }

    @Sendable func createArticle(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .editProgramme)
        return try await editor.submit(request, context: context, besides: "title") { form in
            let draft = try await self.draft(form, current: nil, editor: editor, now: context.now)
            return SiteURL.article(try await services.articles.create(draft, in: programmeID, by: editor.author).id)
                .path
        } invalid: { form, errors in
            try await page(
                editor, self.form(editor, nil, values: ArticleForm.values(form), errors: errors),
                checked: Set(form.values("partnershipIds")), context: context)
        }
    }

    @Sendable func editArticle(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .editProgramme)
        let article = try await services.articles.find(try context.pathID(), in: programmeID)
        return try await page(
            editor, form(editor, article, values: ArticleForm.values(article)),
            checked: Set(article.partnershipIDs.map(\.uuidString)), context: context)
    }

    @Sendable func updateArticle(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .editProgramme)
        let article = try await services.articles.find(try context.pathID(), in: programmeID)
        return try await editor.submit(request, context: context, besides: "title") { form in
            let draft = try await self.draft(form, current: article, editor: editor, now: context.now)
            _ = try await services.articles.update(article.id, with: draft, in: programmeID, by: editor.author)
            return SiteURL.article(article.id).path
        } invalid: { form, errors in
            try await page(
                editor, self.form(editor, article, values: ArticleForm.values(form), errors: errors),
                checked: Set(form.values("partnershipIds")), context: context)
        }
    }

    @Sendable func confirmDelete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .editProgramme)
        let article = try await services.articles.find(try context.pathID(), in: programmeID)
        let t = editor.t
        return editor.confirm(
            title: t("edit.article.delete.title", ["title": article.title]),
            message: t("edit.article.delete.message"), action: SiteURL.deleteArticle(article.id).path,
            confirmLabel: t("edit.article.delete.confirm"), cancelURL: SiteURL.article(article.id).path)
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let editor = try context.editor(request, may: .editProgramme)
        try await services.articles.delete(try context.pathID(), in: programmeID, by: editor.author)
        return context.redirect(to: SiteURL.news.path, saying: .deleted)
    }
}
