import Domain
import Foundation

/// Record or change a delegation or exchange.
enum ExchangeFormPage {
    struct Model {
        var editor: Editor
        var form: FormState
        var events: [(value: String, label: String)]
        var checked: Set<String>
    }

    static func view(_ model: Model) -> HTML {
        let (t, form) = (model.editor.t, model.form)
        let e = { (field: String) in form.messages(field, t: t) }
        let v = form.value
        let frame = FormPage.Frame(model.editor, form, submitLabel: t("exchanges.form.submit"))
        return FormPage.view(frame) {
            FormControls.text(
                "title", t("exchanges.form.title"), value: v("title"), errors: e("title"), required: true, t: t)
            FormControls.select(
                "direction", t("exchanges.form.direction"),
                options: [
                    ("inbound", t("exchanges.form.inbound")), ("outbound", t("exchanges.form.outbound")),
                ],
                selected: v("direction"), errors: e("direction"), t: t)
            FormControls.checkboxes(
                "purposes", t("exchanges.form.purposes"),
                options: ExchangePurpose.allCases.map { ($0.rawValue, t.label("partnership.health.purposes", $0)) },
                checked: model.checked, errors: e("purposes"), t: t)
            FormControls.text(
                "starts", t("exchanges.form.starts"), value: v("starts"), errors: e("starts"),
                hint: t("exchanges.form.startsHint"), t: t)
            FormControls.text("ends", t("exchanges.form.ends"), value: v("ends"), errors: e("ends"), t: t)
            FormControls.textArea(
                "members", t("exchanges.members"), value: v("members"), errors: e("members"),
                hint: t("exchanges.form.membersHint"), t: t)
            FormControls.checkboxes(
                "eventIds", t("exchanges.itinerary"), options: model.events, checked: model.checked,
                errors: e("eventIds"), t: t)
            FormControls.textArea(
                "outcomes", t("exchanges.outcomes"), value: v("outcomes"), errors: e("outcomes"), t: t)
        }
    }
}

enum ExchangeForm {
    static let fields = ["title", "direction", "starts", "ends", "members", "outcomes"]

    static func input(_ form: FormBody, partnership: UUID) -> ExchangeInput {
        let members = (form.value("members") ?? "").split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .map { line in
                let parts = line.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                return ExchangeMemberDTO(name: parts[0], role: parts.count > 1 ? parts[1] : "other", personId: nil)
            }
        return ExchangeInput(
            title: form.value("title") ?? "", direction: form.nonEmpty("direction"), partnershipId: partnership,
            purposes: form.values("purposes"), starts: form.nonEmpty("starts") ?? "", ends: form.nonEmpty("ends"),
            members: members, eventIds: form.values("eventIds").compactMap(UUID.init(uuidString:)),
            outcomes: form.nonEmpty("outcomes"))
    }

    static func values(_ form: FormBody) -> [String: String] {
        Dictionary(uniqueKeysWithValues: fields.map { ($0, form.value($0) ?? "") })
    }

    static func checked(_ form: FormBody) -> Set<String> { Set(form.values("purposes") + form.values("eventIds")) }

    static func values(_ exchange: Exchange) -> [String: String] {
        let d = exchange.draft
        return [
            "title": d.title, "direction": d.direction.rawValue, "starts": d.starts.description,
            "ends": d.ends?.description ?? "",
            "members": d.members.map { "\($0.name) | \($0.role.rawValue)" }.joined(separator: "\n"),
            "outcomes": d.outcomes ?? "",
        ]
    }

    static func checked(_ exchange: Exchange) -> Set<String> {
        Set(exchange.draft.purposes.map(\.rawValue) + exchange.draft.eventIDs.map(\.uuidString))
    }
}
