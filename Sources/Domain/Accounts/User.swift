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
    /// The language the user reads the site in (a BCP 47 tag), unless they pick another with the switcher;
    /// nil: as their browser asks.
    public var language: String?

    public init(
        id: UUID, programmeID: UUID, email: String, name: String?, role: Role, partnershipScope: Set<UUID>,
        isDisabled: Bool, language: String? = nil
    ) {
        self.id = id
        self.programmeID = programmeID
        self.email = email
        self.name = name
        self.role = role
        self.partnershipScope = partnershipScope
        self.isDisabled = isDisabled
        self.language = language
    }
}

extension User {
    /// A language setting as given, trimmed; nil for none. 422 for what is not a BCP 47 tag.
    public static func validLanguage(_ text: String?) throws(DomainError) -> String? {
        guard let tag = text?.trimmingWhitespace.nilIfEmpty else { return nil }
        guard LanguageTag.isValid(tag) else {
            throw DomainError.invalid([
                FieldIssue(field: "language", rule: .languageSetting)
            ])
        }
        return tag
    }
}

/// A user as an administrator writes one.
public struct UserDraft: Sendable, Hashable {
    public var email: String
    public var name: String?
    public var role: Role
    public var partnershipScope: Set<UUID>
    /// See ``User/language``.
    public var language: String?

    public init(
        email: String, name: String? = nil, role: Role, partnershipScope: Set<UUID> = [], language: String? = nil
    ) {
        self.email = email
        self.name = name
        self.role = role
        self.partnershipScope = partnershipScope
        self.language = language
    }

    public func validated() throws(DomainError) -> UserDraft {
        var draft = self
        draft.email = email.trimmingWhitespace.lowercased()
        draft.name = name?.trimmingWhitespace.nilIfEmpty
        if role != .partnerEditor { draft.partnershipScope = [] }
        var v = Validator()
        if !Self.looksLikeEmail(draft.email) { v.add("email", .email) }
        v.checkText(draft.name, field: "name", maxLength: 200)
        try v.check()
        draft.language = try User.validLanguage(language)
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
