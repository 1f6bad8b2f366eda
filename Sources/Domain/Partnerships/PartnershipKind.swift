/// What kind of tie two cities signed.
public enum PartnershipKind: String, Sendable, Codable, CaseIterable {
    case sister, friendship, partner

    public var label: String {
        switch self {
        case .sister: "Sister city"
        case .friendship: "Friendship city"
        case .partner: "Partner city"
        }
    }
}

/// Where a partnership stands today.
public enum PartnershipStatus: String, Sendable, Codable, CaseIterable {
    case active, dormant, suspended, ended

    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
