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

    /// The draft, checked against the partnership so that one 422 names every bad field.
    func draft(for partnership: Partnership) throws -> GiftDraft {
        var issues: [FieldIssue] = []
        let giver = Self.party(giver, "giver", into: &issues)
        let recipient = Self.party(recipient, "recipient", into: &issues)
        let given = InputIssues.date(given, "given", into: &issues)
        let value = Self.money(estimatedValue, into: &issues)
        if title == nil { issues.append(FieldIssue(field: "title", message: "is required")) }
        guard let giver, let recipient else { throw DomainError.invalid(issues) }
        let draft = GiftDraft(
            title: title ?? "", giver: giver, recipient: recipient, given: given, occasion: occasion,
            description: description, location: location, keeper: keeper, estimatedValue: value)
        return try InputIssues.merge(issues) { try draft.validated(for: partnership) }
    }

    private static func party(
        _ input: GiftPartyInput?, _ field: String, into issues: inout [FieldIssue]
    )
        -> GiftParty?
    {
        guard let input else {
            issues.append(FieldIssue(field: field, message: "is required"))
            return nil
        }
        let kind = InputIssues.choice(input.kind, "\(field).kind", default: GiftParty.Kind.city, into: &issues)
        guard let cityID = input.cityId else {
            issues.append(FieldIssue(field: "\(field).cityId", message: "is required: the city of the partnership"))
            return nil
        }
        return GiftParty(kind: kind ?? .city, name: input.name ?? "", cityID: cityID)
    }

    private static func money(_ input: MoneyInput?, into issues: inout [FieldIssue]) -> Money? {
        guard let input, input.amount != nil || input.currency != nil else { return nil }
        guard let code = input.currency, let currency = Currency(code: code) else {
            issues.append(FieldIssue(field: "estimatedValue.currency", message: "must be an ISO 4217 code such as USD"))
            return nil
        }
        guard let amount = input.amount else {
            issues.append(FieldIssue(field: "estimatedValue.amount", message: "is required with a currency"))
            return nil
        }
        guard let money = Money(amount, currency: currency) else {
            let places =
                currency.minorUnits == 0 ? "no decimal places" : "at most \(currency.minorUnits) decimal places"
            issues.append(
                FieldIssue(
                    field: "estimatedValue.amount",
                    message: "must be a decimal amount with \(places) in \(currency.code), such as \"1500\""))
            return nil
        }
        return money
    }
}
