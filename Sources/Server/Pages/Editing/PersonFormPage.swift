import Domain
import Foundation

/// Record or change a person.
enum PersonFormPage {
    struct Model {
        var programmeName: String
        var email: String
        var csrfToken: String
        var title: String
        var action: String
        var cancelURL: String
        var organisations: [(value: String, label: String)]
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
            submitLabel: "Save person")
        return FormPage.view(frame) {
            FormControls.text("givenName", "Given name", value: v("givenName"), errors: e("givenName"))
            FormControls.text("familyName", "Family name", value: v("familyName"), errors: e("familyName"))
            FormControls.select(
                "nameOrder", "Name order",
                options: [
                    ("given-first", "Given name first (Martin Walsh)"),
                    ("family-first", "Family name first (Kadokawa Daisaku)"),
                ],
                selected: v("nameOrder"), errors: e("nameOrder"))
            FormControls.text(
                "nativeName", "Name in their own script", value: v("nativeName"), errors: e("nativeName"),
                hint: "As they write it, in their order: 門川大作")
            FormControls.text(
                "nativeLanguage", "Language of that name", value: v("nativeLanguage"), errors: e("nativeLanguage"),
                hint: "A language tag: ja, zh-Hant, ko")
            FormControls.select(
                "organisationId", "Organisation", options: [("", "None")] + model.organisations,
                selected: v("organisationId"), errors: e("organisationId"))
            FormControls.textArea(
                "roles", "Offices", value: v("roles"), errors: e("roles"),
                hint: "One a line: title | organisation | from | to — e.g. Mayor of Kyoto | City of Kyoto | 2008")
            element("fieldset", [.class("field group")]) {
                element("legend") { "Contact (coordinators and above only)" }
                FormControls.text(
                    "contact.email", "Email", value: v("contact.email"), errors: e("contact.email"), type: "email")
                FormControls.text("contact.phone", "Phone", value: v("contact.phone"), errors: e("contact.phone"))
                FormControls.textArea(
                    "contact.address", "Address", value: v("contact.address"), errors: e("contact.address"))
            }
            FormControls.checkboxes(
                "flags", "Consent and visibility",
                options: [
                    ("consentToContact", "Agreed to be contacted by the programme"),
                    ("isPublic", "Show on public pages (a public figure)"),
                ], checked: model.checked, errors: [])
            FormControls.textArea("notes", "Notes", value: v("notes"), errors: e("notes"))
        }
    }
}

enum PersonForm {
    static let fields = [
        "givenName", "familyName", "nameOrder", "nativeName", "nativeLanguage", "organisationId", "roles",
        "contact.email", "contact.phone", "contact.address", "notes",
    ]

    /// The input, and issues in office lines that name an unknown organisation.
    static func input(_ form: FormBody, organisations: [(id: UUID, name: String)]) -> (PersonInput, [FieldIssue]) {
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
                        FieldIssue(field: "roles[\(index)].organisation", message: "no organisation is called \(name)"))
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
            notes: form.nonEmpty("notes"))
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
