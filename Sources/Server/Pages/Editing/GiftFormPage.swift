import Domain
import Foundation

/// Record or change a gift of a partnership.
enum GiftFormPage {
    struct Model {
        var programmeName: String
        var email: String
        var csrfToken: String
        var title: String
        var action: String
        var cancelURL: String
        /// The partnership's two cities, by id.
        var cities: [(value: String, label: String)]
        var values: [String: String]
        var errors: [FieldIssue] = []
    }

    static func view(_ model: Model) -> HTML {
        let e = { (field: String) in FormControls.messages(model.errors, field) }
        let v = { (field: String) in model.values[field] ?? "" }
        let kinds = GiftParty.Kind.allCases.map { (value: $0.rawValue, label: $0.label) }
        let frame = FormPage.Frame(
            programmeName: model.programmeName, email: model.email, title: model.title, backURL: model.cancelURL,
            action: model.action, csrfToken: model.csrfToken, hasErrors: !model.errors.isEmpty, submitLabel: "Save gift"
        )
        return FormPage.view(frame) {
            FormControls.text("title", "Gift", value: v("title"), errors: e("title"), required: true)
            for (side, legend) in [("giver", "Given by"), ("recipient", "Given to")] {
                element("fieldset", [.class("field group")]) {
                    element("legend") { legend }
                    FormControls.select(
                        "\(side).cityId", "City", options: model.cities, selected: v("\(side).cityId"),
                        errors: e("\(side).cityId"), hint: "The side of the partnership.")
                    FormControls.select(
                        "\(side).kind", "Who", options: kinds, selected: v("\(side).kind"), errors: e("\(side).kind"))
                    FormControls.text(
                        "\(side).name", "Name", value: v("\(side).name"), errors: e("\(side).name"),
                        hint: "The organisation or person; for a city, leave empty to use its name.")
                }
            }
            FormControls.text(
                "given", "Given", value: v("given"), errors: e("given"),
                hint: "As precisely as the record says: 1979, 2019-04 or 2019-04-12.")
            FormControls.text("occasion", "Occasion", value: v("occasion"), errors: e("occasion"))
            FormControls.textArea("description", "Description", value: v("description"), errors: e("description"))
            FormControls.text("location", "Where it is now", value: v("location"), errors: e("location"))
            FormControls.text("keeper", "Kept by", value: v("keeper"), errors: e("keeper"))
            element("fieldset", [.class("field group")]) {
                element("legend") { "Estimated value (optional)" }
                FormControls.text(
                    "estimatedValue.amount", "Amount", value: v("estimatedValue.amount"),
                    errors: e("estimatedValue.amount"), hint: "A decimal amount such as 1500 or 1500.00.")
                FormControls.text(
                    "estimatedValue.currency", "Currency", value: v("estimatedValue.currency"),
                    errors: e("estimatedValue.currency"), hint: "An ISO 4217 code: USD, JPY, EUR.")
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
            estimatedValue: amount == nil && currency == nil ? nil : MoneyInput(amount: amount, currency: currency))
    }

    static func values(_ form: FormBody) -> [String: String] {
        Dictionary(uniqueKeysWithValues: fields.map { ($0, form.value($0) ?? "") })
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
        ]
    }

    /// A new gift's defaults: from the partner city to the home city, city to city.
    static func defaults(_ partnership: Partnership) -> [String: String] {
        [
            "giver.cityId": partnership.partnerCity.id.uuidString, "giver.kind": "city",
            "recipient.cityId": partnership.homeCity.id.uuidString, "recipient.kind": "city",
        ]
    }
}
