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

    /// The problems with `password`, empty when it is acceptable.
    public func problems(with password: String, email: String? = nil) -> [String] {
        let length = password.unicodeScalars.count
        var problems: [String] = []
        if length < Self.minLength { problems.append("must be at least \(Self.minLength) characters") }
        if length > Self.maxLength { problems.append("must be at most \(Self.maxLength) characters") }
        if common.contains(password.lowercased()) {
            problems.append("is one of the most common passwords; choose another")
        } else if let email, password.lowercased() == email.lowercased() {
            problems.append("must not be the email address")
        }
        return problems
    }

    /// Throws ``DomainError/invalid(_:)`` naming `field` when the password is not acceptable.
    public func check(_ password: String, email: String? = nil, field: String = "password") throws(DomainError) {
        let problems = problems(with: password, email: email)
        if !problems.isEmpty { throw .invalid(problems.map { FieldIssue(field: field, message: $0) }) }
    }
}
