import Domain
import Foundation

/// Record or change a gift of a partnership.
enum GiftFormPage {
    struct Model {
        var editor: Editor
        var form: FormState
        /// The partnership's two cities, by id.
        var cities: [(value: String, label: String)]
        /// The languages the title and description may be given in besides the programme's.
        var translationLanguages: [String] = []
    }

    static func view(_ model: Model) -> HTML {
        let (t, form) = (model.editor.t, model.form)
        let e = { (field: String) in form.messages(field, t: t) }
        let v = form.value
        let kinds = GiftParty.Kind.allCases.map { (value: $0.rawValue, label: t.label("edit.gift.party", $0)) }
        let frame = FormPage.Frame(model.editor, form, submitLabel: t("edit.gift.submit"))
        return FormPage.view(frame) {
            FormControls.text(
                "title", t("edit.gift.title"), value: v("title"), errors: e("title"), required: true, t: t)
            for (side, legend) in [("giver", t("edit.gift.givenBy")), ("recipient", t("edit.gift.givenTo"))] {
                element("fieldset", [.class("field group")]) {
                    element("legend") { legend }
                    FormControls.select(
                        "\(side).cityId", t("edit.gift.city"), options: model.cities, selected: v("\(side).cityId"),
                        errors: e("\(side).cityId"), hint: t("edit.gift.cityHint"), t: t)
                    FormControls.select(
                        "\(side).kind", t("edit.gift.who"), options: kinds, selected: v("\(side).kind"),
                        errors: e("\(side).kind"), t: t)
                    FormControls.text(
                        "\(side).name", t("edit.gift.name"), value: v("\(side).name"), errors: e("\(side).name"),
                        hint: t("edit.gift.nameHint"), t: t)
                }
            }
            FormControls.text(
                "given", t("gifts.fact.given"), value: v("given"), errors: e("given"), hint: t("edit.gift.givenHint"),
                t: t)
            FormControls.text(
                "occasion", t("gifts.fact.occasion"), value: v("occasion"), errors: e("occasion"), t: t)
            FormControls.textArea(
                "description", t("edit.gift.description"), value: v("description"), errors: e("description"), t: t)
            TranslationFields.view(
                [
                    .init(name: "title", label: t("edit.gift.title"), isLong: false),
                    .init(name: "description", label: t("edit.gift.description")),
                ], languages: model.translationLanguages, values: form.values, errors: form.errors,
                page: model.editor.page)
            FormControls.text(
                "location", t("gifts.fact.location"), value: v("location"), errors: e("location"), t: t)
            FormControls.text("keeper", t("gifts.fact.keeper"), value: v("keeper"), errors: e("keeper"), t: t)
            element("fieldset", [.class("field group")]) {
                element("legend") { t("edit.gift.value") }
                FormControls.text(
                    "estimatedValue.amount", t("edit.gift.amount"), value: v("estimatedValue.amount"),
                    errors: e("estimatedValue.amount"), hint: t("edit.gift.amountHint"), t: t)
                FormControls.text(
                    "estimatedValue.currency", t("edit.gift.currency"), value: v("estimatedValue.currency"),
                    errors: e("estimatedValue.currency"), hint: t("edit.gift.currencyHint"), t: t)
            }
        }
    }
}

/// Reads the gift form into the API's input.
enum GiftForm {
    static let fields = [
        "title", "giver.cityId", "giver.kind", "giver.name", "recipient.cityId", "recipient.kind", "recipient.name",
        "given", "occasion", "description", "location", "keeper", "estimatedValue.amount", "estimatedValue.currency",
    ]

    static func input(_ form: FormBody) -> GiftInput {
        func party(_ side: String) -> GiftPartyInput {
            GiftPartyInput(
                kind: form.nonEmpty("\(side).kind"), name: form.nonEmpty("\(side).name"),
                cityId: form.nonEmpty("\(side).cityId").flatMap(UUID.init(uuidString:)))
        }
        let amount = form.nonEmpty("estimatedValue.amount")
        let currency = form.nonEmpty("estimatedValue.currency")
        return GiftInput(
            title: form.value("title") ?? "", giver: party("giver"), recipient: party("recipient"),
            given: form.nonEmpty("given"), occasion: form.nonEmpty("occasion"),
            description: form.nonEmpty("description"), location: form.nonEmpty("location"),
            keeper: form.nonEmpty("keeper"),
            estimatedValue: amount == nil && currency == nil ? nil : MoneyInput(amount: amount, currency: currency),
            translations: TranslationFields.read(form))
    }

    static func values(_ form: FormBody) -> [String: String] {
        Dictionary(uniqueKeysWithValues: fields.map { ($0, form.value($0) ?? "") })
            .merging(TranslationFields.values(form)) { own, _ in own }
    }

    static func values(_ gift: Gift) -> [String: String] {
        [
            "title": gift.title, "giver.cityId": gift.giver.cityID.uuidString, "giver.kind": gift.giver.kind.rawValue,
            "giver.name": gift.giver.name, "recipient.cityId": gift.recipient.cityID.uuidString,
            "recipient.kind": gift.recipient.kind.rawValue, "recipient.name": gift.recipient.name,
            "given": gift.given?.description ?? "", "occasion": gift.occasion ?? "",
            "description": gift.description ?? "", "location": gift.location ?? "", "keeper": gift.keeper ?? "",
            "estimatedValue.amount": gift.estimatedValue?.decimal ?? "",
            "estimatedValue.currency": gift.estimatedValue?.currency.code ?? "",
        ].merging(TranslationFields.values(gift.translations)) { own, _ in own }
    }

    /// A new gift's defaults: from the partner city to the home city, city to city.
    static func defaults(_ partnership: Partnership) -> [String: String] {
        [
            "giver.cityId": partnership.partnerCity.id.uuidString, "giver.kind": "city",
            "recipient.cityId": partnership.homeCity.id.uuidString, "recipient.kind": "city",
        ]
    }
}
