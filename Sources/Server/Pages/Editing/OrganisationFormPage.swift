import Domain
import Foundation

/// Record or change an organisation.
enum OrganisationFormPage {
    struct Model {
        var editor: Editor
        var form: FormState
        var cities: [(value: String, label: String)]
        var partnerships: [(value: String, label: String)]
        var checked: Set<String>
        /// The languages the notes may be given in besides the programme's.
        var translationLanguages: [String] = []
    }

    static func view(_ model: Model) -> HTML {
        let (t, form) = (model.editor.t, model.form)
        let e = { (field: String) in form.messages(field, t: t) }
        let v = form.value
        let frame = FormPage.Frame(model.editor, form, submitLabel: t("edit.organisation.submit"))
        return FormPage.view(frame) {
            FormControls.text(
                "name", t("edit.organisation.name"), value: v("name"), errors: e("name"), required: true, t: t)
            FormControls.text(
                "nativeName", t("edit.organisation.nativeName"), value: v("nativeName"), errors: e("nativeName"),
                hint: t("edit.organisation.nativeNameHint"), t: t)
            FormControls.select(
                "kind", t("form.kind"),
                options: [("", t("form.choose"))]
                    + OrganisationKind.allCases.map { ($0.rawValue, t.label("organisations.kind", $0)) },
                selected: v("kind"), errors: e("kind"), t: t)
            FormControls.select(
                "cityId", t("edit.organisation.city"), options: [("", t("form.noChoice"))] + model.cities,
                selected: v("cityId"), errors: e("cityId"), t: t)
            FormControls.text(
                "website", t("edit.organisation.website"), value: v("website"), errors: e("website"),
                hint: t("edit.organisation.websiteHint"), type: "url", t: t)
            FormControls.checkboxes(
                "partnershipIds", t("edit.organisation.partnerships"), options: model.partnerships,
                checked: model.checked, errors: e("partnershipIds"), t: t)
            FormControls.textArea("notes", t("form.notes"), value: v("notes"), errors: e("notes"), t: t)
            TranslationFields.view(
                [.init(name: "notes", label: t("form.notes"))], languages: model.translationLanguages,
                values: form.values, errors: form.errors, page: model.editor.page)
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
            notes: form.nonEmpty("notes"), translations: TranslationFields.read(form))
    }

    static func values(_ form: FormBody) -> [String: String] {
        Dictionary(uniqueKeysWithValues: fields.map { ($0, form.value($0) ?? "") })
            .merging(TranslationFields.values(form)) { own, _ in own }
    }

    static func values(_ organisation: Organisation) -> [String: String] {
        [
            "name": organisation.name, "nativeName": organisation.nativeName ?? "",
            "kind": organisation.kind.rawValue, "cityId": organisation.cityID?.uuidString ?? "",
            "website": organisation.website ?? "", "notes": organisation.notes ?? "",
        ].merging(TranslationFields.values(organisation.translations)) { own, _ in own }
    }
}
