import Foundation

/// The fields of a gift as a client writes them.
public struct GiftDraft: Sendable, Hashable {
    /// "Japanese House", "Japanese Stewartia".
    public var title: String
    public var giver: GiftParty
    public var recipient: GiftParty
    /// When it was given, as precisely as the record says.
    public var given: PartialDate?
    /// "The 20th anniversary of the partnership".
    public var occasion: String?
    public var description: String?
    /// Where it is now: "Boston Children's Museum, 308 Congress Street".
    public var location: String?
    /// Who keeps it.
    public var keeper: String?
    /// Never required: many gifts have no price, and a guess is not a valuation.
    public var estimatedValue: Money?
    /// The title and description in other languages.
    public var translations: Translations

    /// What a gift gives in other languages.
    public static let translatedFields = [
        TranslatedField("title", required: true, maxLength: 300, oneLine: true),
        TranslatedField("description", maxLength: 10_000),
    ]

    public init(
        title: String, giver: GiftParty, recipient: GiftParty, given: PartialDate? = nil, occasion: String? = nil,
        description: String? = nil, location: String? = nil, keeper: String? = nil, estimatedValue: Money? = nil,
        translations: Translations = .none
    ) {
        self.title = title
        self.giver = giver
        self.recipient = recipient
        self.given = given
        self.occasion = occasion
        self.description = description
        self.location = location
        self.keeper = keeper
        self.estimatedValue = estimatedValue
        self.translations = translations
    }

    /// Checks the draft for a partnership: a gift passes from one of its cities to the other.
    public func validated(for partnership: Partnership) throws(DomainError) -> GiftDraft {
        var draft = self
        draft.title = title.trimmingWhitespace
        draft.occasion = occasion?.trimmingWhitespace.nilIfEmpty
        draft.description = description?.trimmingWhitespace.nilIfEmpty
        draft.location = location?.trimmingWhitespace.nilIfEmpty
        draft.keeper = keeper?.trimmingWhitespace.nilIfEmpty
        let cities = [partnership.homeCity, partnership.partnerCity]
        var v = Validator()
        v.requireText(draft.title, field: "title", maxLength: 300)
        for (field, party) in [("giver", \GiftDraft.giver), ("recipient", \GiftDraft.recipient)] {
            var value = draft[keyPath: party]
            value.name = value.name.trimmingWhitespace
            if let city = cities.first(where: { $0.id == value.cityID }) {
                if value.name.isEmpty, value.kind == .city { value.name = city.name }
            } else {
                v.add("\(field).cityId", .partnershipCity)
            }
            v.requireText(value.name, field: "\(field).name", maxLength: 300)
            draft[keyPath: party] = value
        }
        if draft.giver.cityID == draft.recipient.cityID {
            v.add("recipient.cityId", .otherPartnershipCity)
        }
        v.checkText(draft.occasion, field: "occasion", maxLength: 300)
        v.checkText(draft.description, field: "description", maxLength: 10_000)
        v.checkText(draft.location, field: "location", maxLength: 300)
        v.checkText(draft.keeper, field: "keeper", maxLength: 300)
        if let value = draft.estimatedValue, value.minorUnits < 0 {
            v.add("estimatedValue.amount", .notNegative)
        }
        draft.translations = translations.validated(fields: Self.translatedFields, into: &v)
        try v.check()
        return draft
    }
}
