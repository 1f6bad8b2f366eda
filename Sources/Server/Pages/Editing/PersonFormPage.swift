import Domain
import Foundation

/// Record or change a person.
enum PersonFormPage {
    struct Model {
        var editor: Editor
        var form: FormState
        var organisations: [(value: String, label: String)]
        var checked: Set<String>
    }

    static func view(_ model: Model) -> HTML {
        let (t, form) = (model.editor.t, model.form)
        let e = { (field: String) in form.messages(field, t: t) }
        let v = form.value
        let frame = FormPage.Frame(model.editor, form, submitLabel: t("edit.person.submit"))
        return FormPage.view(frame) {
            FormControls.text(
                "givenName", t("edit.person.givenName"), value: v("givenName"), errors: e("givenName"), t: t)
            FormControls.text(
                "familyName", t("edit.person.familyName"), value: v("familyName"), errors: e("familyName"), t: t)
            FormControls.select(
                "nameOrder", t("edit.person.nameOrder"),
                options: [
                    ("given-first", t("edit.person.givenFirst")),
                    ("family-first", t("edit.person.familyFirst")),
                ],
                selected: v("nameOrder"), errors: e("nameOrder"), t: t)
            FormControls.text(
                "nativeName", t("edit.person.nativeName"), value: v("nativeName"), errors: e("nativeName"),
                hint: t("edit.person.nativeNameHint"), t: t)
            FormControls.text(
                "nativeLanguage", t("edit.person.nativeLanguage"), value: v("nativeLanguage"),
                errors: e("nativeLanguage"), hint: t("edit.person.nativeLanguageHint"), t: t)
            FormControls.select(
                "language", t("edit.person.language"),
                options: PersonForm.languageOptions(selected: v("language"), t: t),
                selected: v("language"), errors: e("language"), hint: t("edit.person.languageHint"), t: t)
            FormControls.select(
                "organisationId", t("edit.person.organisation"),
                options: [("", t("form.noChoice"))] + model.organisations,
                selected: v("organisationId"), errors: e("organisationId"), t: t)
            FormControls.textArea(
                "roles", t("edit.person.roles"), value: v("roles"), errors: e("roles"),
                hint: t("edit.person.rolesHint"),
                t: t)
            element("fieldset", [.class("field group")]) {
                element("legend") { t("edit.person.contact") }
                FormControls.text(
                    "contact.email", t("edit.person.email"), value: v("contact.email"), errors: e("contact.email"),
                    type: "email", t: t)
                FormControls.text(
                    "contact.phone", t("edit.person.phone"), value: v("contact.phone"), errors: e("contact.phone"),
                    t: t)
                FormControls.textArea(
                    "contact.address", t("edit.person.address"), value: v("contact.address"),
                    errors: e("contact.address"), t: t)
            }
            FormControls.checkboxes(
                "flags", t("edit.person.flags"),
                options: [
                    ("consentToContact", t("edit.person.consent")),
                    ("isPublic", t("edit.person.public")),
                ], checked: model.checked, errors: [], t: t)
            FormControls.textArea("notes", t("form.notes"), value: v("notes"), errors: e("notes"), t: t)
        }
    }
}

enum PersonForm {
    static let fields = [
        "givenName", "familyName", "nameOrder", "nativeName", "nativeLanguage", "language", "organisationId",
        "roles", "contact.email", "contact.phone", "contact.address", "notes",
    ]

    /// The languages a person can be written to in: the programme's, then each the site speaks, named in the
    /// page's language; a tag the site does not speak (set through the API) stays offered while it is chosen.
    static func languageOptions(selected: String, t: Localizer) -> [(value: String, label: String)] {
        var tags = Catalogs.shipped.languages
        if !selected.isEmpty, Catalogs.shipped.language(selected) == nil { tags.append(selected) }
        return [("", t("edit.person.programmeLanguage"))]
            + tags.map { ($0, t.locale.localizedString(forIdentifier: $0) ?? $0) }
    }

    /// The input, and issues in office lines that name an unknown organisation.
    static func input(
        _ form: FormBody, organisations: [(id: UUID, name: String)], t: Localizer = .base
    ) -> (PersonInput, [FieldIssue]) {
        var issues: [FieldIssue] = []
        var roles: [PersonInput.RoleInput] = []
        let lines = (form.value("roles") ?? "").split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for (index, line) in lines.enumerated() {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            func part(_ i: Int) -> String? { parts.count > i && !parts[i].isEmpty ? parts[i] : nil }
            var organisation: UUID?
            if let name = part(1) {
                organisation = organisations.first { $0.name.lowercased() == name.lowercased() }?.id
                if organisation == nil {
                    issues.append(
                        FieldIssue(
                            field: "roles[\(index)].organisation",
                            message: t("edit.person.unknownOrganisation", ["name": name])))
                }
            }
            roles.append(.init(title: parts[0], organisationId: organisation, from: part(2), to: part(3)))
        }
        let flags = Set(form.values("flags"))
        let input = PersonInput(
            givenName: form.value("givenName") ?? "", familyName: form.value("familyName") ?? "",
            nameOrder: form.nonEmpty("nameOrder"), nativeName: form.nonEmpty("nativeName"),
            nativeLanguage: form.nonEmpty("nativeLanguage"),
            organisationId: form.nonEmpty("organisationId").flatMap(UUID.init(uuidString:)), roles: roles,
            contact: ContactDTO(
                email: form.nonEmpty("contact.email"), phone: form.nonEmpty("contact.phone"),
                address: form.nonEmpty("contact.address")),
            consentToContact: flags.contains("consentToContact"), isPublic: flags.contains("isPublic"),
            notes: form.nonEmpty("notes"), language: form.nonEmpty("language"))
        return (input, issues)
    }

    static func values(_ form: FormBody) -> [String: String] {
        Dictionary(uniqueKeysWithValues: fields.map { ($0, form.value($0) ?? "") })
    }

    static func values(_ person: Person, organisations: [UUID: String]) -> [String: String] {
        let d = person.draft
        return [
            "givenName": d.givenName, "familyName": d.familyName, "nameOrder": d.nameOrder.rawValue,
            "nativeName": d.nativeName ?? "", "nativeLanguage": d.nativeLanguage ?? "",
            "language": d.language ?? "",
            "organisationId": d.organisationID?.uuidString ?? "",
            "roles": d.roles.map { role in
                [
                    role.title, role.organisationID.flatMap { organisations[$0] } ?? "", role.from?.description ?? "",
                    role.to?.description ?? "",
                ].joined(separator: " | ")
            }.joined(separator: "\n"),
            "contact.email": d.contact.email ?? "", "contact.phone": d.contact.phone ?? "",
            "contact.address": d.contact.address ?? "", "notes": d.notes ?? "",
        ]
    }

    static func flags(_ person: Person) -> Set<String> {
        var flags = Set<String>()
        if person.draft.consentToContact { flags.insert("consentToContact") }
        if person.draft.isPublic { flags.insert("isPublic") }
        return flags
    }
}
