import Domain
import Foundation

/// Write or change a news article.
enum ArticleFormPage {
    struct Model {
        var editor: Editor
        var form: FormState
        var partnerships: [(value: String, label: String)]
        var checked: Set<String>
        /// The languages the title, summary and body may be given in besides the programme's.
        var translationLanguages: [String] = []
    }

    static func view(_ model: Model) -> HTML {
        let (t, form) = (model.editor.t, model.form)
        let e = { (field: String) in form.messages(field, t: t) }
        let v = form.value
        let frame = FormPage.Frame(model.editor, form, submitLabel: t("edit.article.submit"))
        return FormPage.view(frame) {
            FormControls.text(
                "title", t("edit.article.title"), value: v("title"), errors: e("title"), required: true, t: t)
            FormControls.text(
                "summary", t("edit.article.summary"), value: v("summary"), errors: e("summary"),
                hint: t("edit.article.summaryHint"), t: t)
            FormControls.textArea(
                "body", t("edit.article.body"), value: v("body"), errors: e("body"), hint: t("edit.article.bodyHint"),
                t: t)
            TranslationFields.view(
                [
                    .init(name: "title", label: t("edit.article.title"), isLong: false),
                    .init(name: "summary", label: t("edit.article.summary")),
                    .init(name: "body", label: t("edit.article.body")),
                ], languages: model.translationLanguages, values: form.values, errors: form.errors,
                page: model.editor.page)
            FormControls.checkboxes(
                "partnershipIds", t("edit.article.partnerships"), options: model.partnerships,
                checked: model.checked, errors: e("partnershipIds"), t: t)
            FormControls.select(
                "status", t("edit.article.status"),
                options: [("draft", t("edit.article.draft")), ("published", t("edit.article.published"))],
                selected: v("status").isEmpty ? "draft" : v("status"), errors: e("status"), t: t)
            FormControls.text(
                "publishedAt", t("edit.article.publishedAt"), value: v("publishedAt"), errors: e("publishedAt"),
                hint: t("edit.article.publishedAtHint"), t: t)
        }
    }
}

/// Reads the article form into the API's input.
enum ArticleForm {
    static func input(_ form: FormBody, t: Localizer = .base) -> (ArticleInput, [FieldIssue]) {
        var issues: [FieldIssue] = []
        var ids: [UUID] = []
        for (index, raw) in form.values("partnershipIds").enumerated() {
            if let id = UUID(uuidString: raw) {
                ids.append(id)
            } else {
                issues.append(FieldIssue(field: "partnershipIds[\(index)]", message: t("edit.article.notAPartnership")))
            }
        }
        let status = form.nonEmpty("status") ?? "draft"
        return (
            ArticleInput(
                title: form.value("title") ?? "", body: form.value("body") ?? "", summary: form.nonEmpty("summary"),
                partnershipIds: ids, status: status,
                publishedAt: status == "draft" ? nil : form.nonEmpty("publishedAt"),
                translations: TranslationFields.read(form)),
            issues
        )
    }

    static func values(_ form: FormBody) -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: ["title", "summary", "body", "status", "publishedAt"].map {
                ($0, form.value($0) ?? "")
            }
        ).merging(TranslationFields.values(form)) { own, _ in own }
    }

    static func values(_ article: Article) -> [String: String] {
        [
            "title": article.title, "summary": article.summary ?? "", "body": article.body,
            "status": article.isPublished ? "published" : "draft",
            "publishedAt": article.publishedAt.map(Format.isoDay) ?? "",
        ].merging(TranslationFields.values(article.translations)) { own, _ in own }
    }
}
