import Domain
import Foundation

/// Record or change an organisation.
enum OrganisationFormPage {
    struct Model {
        var programmeName: String
        var email: String
        var csrfToken: String
        var title: String
        var action: String
        var cancelURL: String
        var cities: [(value: String, label: String)]
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
            submitLabel: "Save organisation")
        return FormPage.view(frame) {
            FormControls.text("name", "Name", value: v("name"), errors: e("name"), required: true)
            FormControls.text(
                "nativeName", "Name in its own script", value: v("nativeName"), errors: e("nativeName"),
                hint: "京都市, 京都南ロータリークラブ")
            FormControls.select(
                "kind", "Kind", options: [("", "Choose…")] + OrganisationKind.allCases.map { ($0.rawValue, $0.label) },
                selected: v("kind"), errors: e("kind"))
            FormControls.select(
                "cityId", "City", options: [("", "None")] + model.cities, selected: v("cityId"), errors: e("cityId"))
            FormControls.text(
                "website", "Website", value: v("website"), errors: e("website"), hint: "https://…", type: "url")
            FormControls.checkboxes(
                "partnershipIds", "Partnerships it serves", options: model.partnerships, checked: model.checked,
                errors: e("partnershipIds"))
            FormControls.textArea("notes", "Notes", value: v("notes"), errors: e("notes"))
        }
    }
}

enum OrganisationForm {
    static let fields = ["name", "nativeName", "kind", "cityId", "website", "notes"]

    static func input(_ form: FormBody) -> OrganisationInput {
        OrganisationInput(
            name: form.value("name") ?? "", nativeName: form.nonEmpty("nativeName"), kind: form.nonEmpty("kind"),
            cityId: form.nonEmpty("cityId").flatMap(UUID.init(uuidString:)), website: form.nonEmpty("website"),
            partnershipIds: form.values("partnershipIds").compactMap(UUID.init(uuidString:)),
            notes: form.nonEmpty("notes"))
    }

    static func values(_ form: FormBody) -> [String: String] {
        Dictionary(uniqueKeysWithValues: fields.map { ($0, form.value($0) ?? "") })
    }

    static func values(_ organisation: Organisation) -> [String: String] {
        [
            "name": organisation.name, "nativeName": organisation.nativeName ?? "",
            "kind": organisation.kind.rawValue, "cityId": organisation.cityID?.uuidString ?? "",
            "website": organisation.website ?? "", "notes": organisation.notes ?? "",
        ]
    }
}
