import Foundation

/// Who gives or receives a gift: a city itself, an organisation or a person, on one side of the partnership.
public struct GiftParty: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case city, organisation, person

        public var label: String {
            switch self {
            case .city: "City"
            case .organisation: "Organisation"
            case .person: "Person"
            }
        }
    }

    public var kind: Kind
    /// "Rotary Club of Kyoto South"; for a city, its name (filled in from the city when left out).
    public var name: String
    /// The partnership city the party belongs to: which side of the tie the gift comes from or goes to.
    public var cityID: UUID

    public init(kind: Kind, name: String, cityID: UUID) {
        self.kind = kind
        self.name = name
        self.cityID = cityID
    }
}
