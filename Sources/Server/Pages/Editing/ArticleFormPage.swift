import Domain
import Foundation

/// Write or change a news article.
enum ArticleFormPage {
    struct Model {
        var programmeName: String
        var email: String
        var csrfToken: String
        var title: String
        var action: String
        var cancelURL: String
        var partnerships: [(value: String, label: String)]
        var values: [String: String]
        var checked: Set<String>
        var errors: [FieldIssue] = []
    }

    static func view(_ model: Model) -> HTML {
        let e = { (field: String) in FormControls.messages(model.errors, field) }
        let v = { (field: String) in model.values[field] ?? "" }
        let frame = FormPage.Frame(
            programmeName: model.programmeName, email: model.email, title: model.title, backURL: model.cancelURL,
            action: model.action, csrfToken: model.csrfToken, hasErrors: !model.errors.isEmpty,
            submitLabel: "Save article")
        return FormPage.view(frame) {
            FormControls.text("title", "Title", value: v("title"), errors: e("title"), required: true)
            FormControls.text(
                "summary", "Summary", value: v("summary"), errors: e("summary"),
                hint: "One line for the news list and feed; the first paragraph when left empty.")
            FormControls.textArea(
                "body", "Article", value: v("body"), errors: e("body"),
                hint:
                    "Markdown: a blank line between paragraphs, ## for a heading, **bold**, *italic*, [a link](https://…), "
                    + "- for a list. HTML is shown as typed, never run.")
            FormControls.checkboxes(
                "partnershipIds", "About the partnerships", options: model.partnerships, checked: model.checked,
                errors: e("partnershipIds"))
            FormControls.select(
                "status", "Status", options: [("draft", "Draft: only members see it"), ("published", "Published")],
                selected: v("status").isEmpty ? "draft" : v("status"), errors: e("status"))
            FormControls.text(
                "publishedAt", "Publication date", value: v("publishedAt"), errors: e("publishedAt"),
                hint: "For a published article: the day it is dated, 2019-04-12. Empty means today.")
        }
    }
}

/// Reads the article form into the API's input.
enum ArticleForm {
    static func input(_ form: FormBody) -> (ArticleInput, [FieldIssue]) {
        var issues: [FieldIssue] = []
        var ids: [UUID] = []
        for (index, raw) in form.values("partnershipIds").enumerated() {
            if let id = UUID(uuidString: raw) {
                ids.append(id)
            } else {
                issues.append(FieldIssue(field: "partnershipIds[\(index)]", message: "is not a partnership"))
            }
        }
        let status = form.nonEmpty("status") ?? "draft"
        return (
            ArticleInput(
                title: form.value("title") ?? "", body: form.value("body") ?? "", summary: form.nonEmpty("summary"),
                partnershipIds: ids, status: status,
                publishedAt: status == "draft" ? nil : form.nonEmpty("publishedAt")),
            issues
        )
    }

    static func values(_ form: FormBody) -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: ["title", "summary", "body", "status", "publishedAt"].map {
                ($0, form.value($0) ?? "")
            })
    }

    static func values(_ article: Article) -> [String: String] {
        [
            "title": article.title, "summary": article.summary ?? "", "body": article.body,
            "status": article.isPublished ? "published" : "draft",
            "publishedAt": article.publishedAt.map(Format.isoDay) ?? "",
        ]
    }
}
