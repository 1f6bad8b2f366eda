/// What a person may do in a programme. Checked on the server for every request.
public enum Role: String, Sendable, Codable, CaseIterable, Comparable {
    /// Users, settings, everything.
    case admin
    /// Edits everything of the programme.
    case staff
    /// Events, people, volunteers, members: edits organisations and people and reads their contact details.
    case coordinator
    /// Edits only the partnerships they are scoped to, with their agreements, gifts and events.
    case partnerEditor = "partner-editor"
    /// Reads internal data.
    case viewer

    public var label: String {
        switch self {
        case .admin: "Administrator"
        case .staff: "Staff"
        case .coordinator: "Coordinator"
        case .partnerEditor: "Partner editor"
        case .viewer: "Viewer"
        }
    }

    private var rank: Int {
        switch self {
        case .admin: 4
        case .staff: 3
        case .coordinator: 2
        case .partnerEditor: 1
        case .viewer: 0
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }
}
