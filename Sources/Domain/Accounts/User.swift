import Foundation

/// A person who signs in to work on a programme.
public struct User: Sendable, Hashable, Identifiable {
    public var id: UUID
    public var programmeID: UUID
    /// Lower-cased; the sign-in name.
    public var email: String
    public var name: String?
    public var role: Role
    /// For partner editors: the partnerships they may edit. Empty for every other role.
    public var partnershipScope: Set<UUID>
    public var isDisabled: Bool

    public init(
        id: UUID, programmeID: UUID, email: String, name: String?, role: Role, partnershipScope: Set<UUID>,
        isDisabled: Bool
    ) {
        self.id = id
        self.programmeID = programmeID
        self.email = email
        self.name = name
        self.role = role
        self.partnershipScope = partnershipScope
        self.isDisabled = isDisabled
    }
}

/// A user as an administrator writes one.
public struct UserDraft: Sendable, Hashable {
    public var email: String
    public var name: String?
    public var role: Role
    public var partnershipScope: Set<UUID>

    public init(email: String, name: String? = nil, role: Role, partnershipScope: Set<UUID> = []) {
        self.email = email
        self.name = name
        self.role = role
        self.partnershipScope = partnershipScope
    }

    public func validated() throws(DomainError) -> UserDraft {
        var draft = self
        draft.email = email.trimmingWhitespace.lowercased()
        draft.name = name?.trimmingWhitespace.nilIfEmpty
        if role != .partnerEditor { draft.partnershipScope = [] }
        var v = Validator()
        if !Self.looksLikeEmail(draft.email) { v.add("email", "must be an email address such as name@example.org") }
        v.checkText(draft.name, field: "name", maxLength: 200)
        try v.check()
        return draft
    }

    /// One "@" with text on both sides, a dot in the domain, no spaces; at most 254 characters.
    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last else { return false }
        return !local.isEmpty && domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
            && text.unicodeScalars.count <= 254
            && !text.unicodeScalars.contains { $0.properties.isWhitespace || $0.properties.generalCategory == .control }
    }
}
