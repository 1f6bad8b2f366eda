import Domain
import Foundation
import Logging

extension PasswordPolicy {
    /// The policy with the bundled list of the 10,000 most common passwords.
    public static func bundled() throws -> PasswordPolicy {
        guard let url = Bundle.module.url(forResource: "common-passwords", withExtension: "txt") else {
            throw Assets.AssetMissing(name: "common-passwords.txt")
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        let words = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
        return PasswordPolicy(commonPasswords: Set(words))
    }
}
