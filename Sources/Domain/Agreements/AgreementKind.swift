/// What an agreement did for the partnership.
public enum AgreementKind: String, Sendable, Codable, CaseIterable {
    case founding, renewal, reaffirmation, amendment, memorandum

    public var label: String {
        switch self {
        case .founding: "Founding agreement"
        case .renewal: "Renewal"
        case .reaffirmation: "Reaffirmation"
        case .amendment: "Amendment"
        case .memorandum: "Memorandum"
        }
    }
}
