/// What makes a password acceptable: 8 to 128 characters, and not one of the passwords people use most.
public struct PasswordPolicy: Sendable {
    public static let minLength = 8
    public static let maxLength = 128

    /// Lower-cased common passwords.
    let common: Set<String>

    public init(commonPasswords: Set<String>) {
        common = Set(commonPasswords.map { $0.lowercased() })
    }

    /// How many listed passwords have at least `minLength` characters (the ones the length rule lets through).
    public func commonPasswordCount(minLength: Int) -> Int {
        common.count { $0.unicodeScalars.count >= minLength }
    }

    /// The problems with `password` in English, empty when it is acceptable.
    public func problems(with password: String, email: String? = nil) -> [String] {
        rules(brokenBy: password, email: email).map(\.message)
    }

    /// The rules `password` breaks, empty when it is acceptable.
    public func rules(brokenBy password: String, email: String? = nil) -> [FieldIssue.Rule] {
        let length = password.unicodeScalars.count
        var rules: [FieldIssue.Rule] = []
        if length < Self.minLength { rules.append(.tooShort(min: Self.minLength)) }
        if length > Self.maxLength { rules.append(.tooLong(max: Self.maxLength)) }
        if common.contains(password.lowercased()) {
            rules.append(.commonPassword)
        } else if let email, password.lowercased() == email.lowercased() {
            rules.append(.passwordIsEmail)
        }
        return rules
    }

    /// Throws ``DomainError/invalid(_:)`` naming `field` when the password is not acceptable.
    public func check(_ password: String, email: String? = nil, field: String = "password") throws(DomainError) {
        let rules = rules(brokenBy: password, email: email)
        if !rules.isEmpty { throw .invalid(rules.map { FieldIssue(field: field, rule: $0) }) }
    }
}
