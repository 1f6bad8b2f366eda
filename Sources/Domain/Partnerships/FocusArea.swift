/// A field in which partner cities work together.
public enum FocusArea: String, Sendable, Codable, CaseIterable {
    case arts, commerce, community, culture, education, environment, governance, health
    case lifeSciences = "life-sciences"
    case sports, technology, tourism
    case urbanPlanning = "urban-planning"
    case youth

    public var label: String {
        switch self {
        case .lifeSciences: "Life sciences"
        case .urbanPlanning: "Urban planning"
        default: rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }
}
