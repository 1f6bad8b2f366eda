import Domain
import Foundation

/// A giver or recipient as a client writes it.
struct GiftPartyInput: Decodable, Sendable {
    var kind: String?
    var name: String?
    var cityId: UUID?
}

/// An amount as a client writes it: `{"amount": "1500.00", "currency": "USD"}`.
struct MoneyInput: Decodable, Sendable {
    var amount: String?
    var currency: String?
}

/// A gift as a client writes it.
struct GiftInput: Decodable, Sendable {
    var title: String?
    var giver: GiftPartyInput?
    var recipient: GiftPartyInput?
    var given: String?
    var occasion: String?
    var description: String?
    var location: String?
    var keeper: String?
    var estimatedValue: MoneyInput?
    var translations: TranslationsDTO?

    /// The draft, checked against the partnership so that one 422 names every bad field.
    func draft(for partnership: Partnership) throws -> GiftDraft {
        var issues: [FieldIssue] = []
        let giver = Self.party(giver, "giver", into: &issues)
        let recipient = Self.party(recipient, "recipient", into: &issues)
        let given = InputIssues.date(given, "given", into: &issues)
        let value = estimatedValue.flatMap { InputIssues.money($0, field: "estimatedValue", into: &issues) }
        if title == nil { issues.append(FieldIssue(field: "title", rule: .missing)) }
        guard let giver, let recipient else { throw DomainError.invalid(issues) }
        let draft = GiftDraft(
            title: title ?? "", giver: giver, recipient: recipient, given: given, occasion: occasion,
            description: description, location: location, keeper: keeper, estimatedValue: value,
            translations: Translations(translations ?? [:]))
        return try InputIssues.merge(issues) { try draft.validated(for: partnership) }
    }

    private static func party(
        _ input: GiftPartyInput?, _ field: String, into issues: inout [FieldIssue]
    )
        -> GiftParty?
    {
        guard let input else {
            issues.append(FieldIssue(field: field, rule: .missing))
            return nil
        }
        let kind = InputIssues.choice(input.kind, "\(field).kind", default: GiftParty.Kind.city, into: &issues)
        guard let cityID = input.cityId else {
            issues.append(FieldIssue(field: "\(field).cityId", message: "is required: the city of the partnership"))
            return nil
        }
        return GiftParty(kind: kind ?? .city, name: input.name ?? "", cityID: cityID)
    }
}
