import Crypto
import Foundation
import HummingbirdBcrypt
import Logging
import NIOPosix

/// bcrypt (cost 12) on a thread pool, never on an event loop: one hash takes a quarter of a second.
///
/// bcrypt reads at most 72 bytes, so the password is first reduced to its SHA-256 (base64): all 128 characters
/// count, and no NUL byte reaches bcrypt.
public struct PasswordHasher: Sendable {
    public let cost: UInt8

    public init(cost: UInt8 = 12) {
        self.cost = cost
    }

    public func hash(_ password: String) async throws -> String {
        let input = Self.prehash(password)
        let cost = cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(input, cost: cost) }
    }

    public func verify(_ password: String, against hash: String) async throws -> Bool {
        let input = Self.prehash(password)
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(input, hash: hash) }
    }

    static func prehash(_ password: String) -> String {
        Data(SHA256.hash(data: Data(password.utf8))).base64EncodedString()
    }

    /// A hash of a random password, checked when the account does not exist so that failures take as long
    /// whether or not the email is known.
    static let decoy = Bcrypt.hash(prehash(Secrets.random()), cost: 12)
}
