import Domain
import Foundation

/// Record or change an agreement of a partnership.
enum AgreementFormPage {
    struct Model {
        var editor: Editor
        var form: FormState
        /// The partnership's two cities, which signatories sign for.
        var cityNames: [String]
        /// The languages the notes may be given in besides the programme's.
        var translationLanguages: [String] = []
    }

    static func view(_ model: Model) -> HTML {
        let (t, form) = (model.editor.t, model.form)
        let e = { (field: String) in form.messages(field, t: t) }
        let v = form.value
        let frame = FormPage.Frame(model.editor, form, submitLabel: t("edit.agreement.submit"))
        return FormPage.view(frame) {
            FormControls.select(
                "kind", t("form.kind"),
                options: [("", t("form.choose"))]
                    + AgreementKind.allCases.map { ($0.rawValue, t.label("partnership.agreement.kind", $0)) },
                selected: v("kind"), errors: e("kind"), t: t)
            FormControls.text(
                "signed", t("edit.agreement.signed"), value: v("signed"), errors: e("signed"),
                hint: t("edit.agreement.signedHint"), t: t)
            FormControls.text(
                "place", t("edit.agreement.place"), value: v("place"), errors: e("place"), t: t)
            FormControls.textArea(
                "signatories", t("edit.agreement.signatories"), value: v("signatories"),
                errors: e("signatories"),
                hint: t(
                    "edit.agreement.signatoriesHint",
                    ["cities": model.cityNames.joined(separator: t("edit.agreement.or"))]),
                t: t)
            FormControls.text(
                "languages", t("edit.agreement.languages"), value: v("languages"),
                errors: e("languages"), hint: t("edit.agreement.languagesHint"), t: t)
            FormControls.text(
                "documentUrl", t("edit.agreement.document"), value: v("documentUrl"),
                errors: e("documentUrl"), hint: t("edit.agreement.documentHint"), type: "url", t: t)
            FormControls.textArea(
                "notes", t("form.notes"), value: v("notes"), errors: e("notes"), t: t)
            TranslationFields.view(
                [.init(name: "notes", label: t("form.notes"))], languages: model.translationLanguages,
                values: form.values, errors: form.errors, page: model.editor.page)
        }
    }
}

/// Reads the agreement form into the API's input.
enum AgreementForm {
    /// The input, and the issues found in lines that name a city the partnership does not have.
    static func input(
        _ form: FormBody, cities: [(id: UUID, name: String)], t: Localizer = .base
    ) -> (AgreementInput, [FieldIssue]) {
        var issues: [FieldIssue] = []
        var signatories: [SignatoryInput] = []
        let lines = (form.value("signatories") ?? "").split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for (index, line) in lines.enumerated() {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            var cityID: UUID?
            if parts.count > 2, !parts[2].isEmpty {
                cityID = cities.first { $0.name.lowercased() == parts[2].lowercased() }?.id
                if cityID == nil {
                    issues.append(
                        FieldIssue(
                            field: "signatories[\(index)].city",
                            message: t(
                                "edit.agreement.cityMustBe",
                                ["cities": cities.map(\.name).joined(separator: t("edit.agreement.or"))])))
                }
            }
            signatories.append(
                SignatoryInput(
                    name: parts[0], title: parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil, cityId: cityID))
        }
        let languages = (form.value("languages") ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let input = AgreementInput(
            kind: form.nonEmpty("kind"), signed: form.nonEmpty("signed"), place: form.nonEmpty("place"),
            signatories: signatories, languages: languages, documentUrl: form.nonEmpty("documentUrl"),
            notes: form.nonEmpty("notes"), translations: TranslationFields.read(form))
        return (input, issues)
    }

    static func values(_ form: FormBody) -> [String: String] {
        var values: [String: String] = [:]
        for name in ["kind", "signed", "place", "signatories", "languages", "documentUrl", "notes"] {
            values[name] = form.value(name) ?? ""
        }
        return values.merging(TranslationFields.values(form)) { own, _ in own }
    }

    static func values(_ agreement: Agreement, cities: [UUID: String]) -> [String: String] {
        [
            "kind": agreement.kind.rawValue, "signed": agreement.signed?.description ?? "",
            "place": agreement.place ?? "",
            "signatories": agreement.signatories.map { signatory in
                [signatory.name, signatory.title ?? "", signatory.cityID.flatMap { cities[$0] } ?? ""]
                    .joined(separator: " | ")
            }.joined(separator: "\n"),
            "languages": agreement.languages.joined(separator: ", "), "documentUrl": agreement.documentURL ?? "",
            "notes": agreement.notes ?? "",
        ].merging(TranslationFields.values(agreement.translations)) { own, _ in own }
    }
}
