import Domain
import Foundation
import Logging

/// Counts an anonymous registration against its address and its event before it is made: see
/// ``RegistrationLimits``. Throws ``AuthError/throttled(retryAfter:)`` past either limit.
struct RegistrationThrottle: Sendable {
    let attempts: any AttemptRepository
    let limits: RegistrationLimits
    var clock: WallClock

    func admit(event: UUID, address: String?, logger: Logger) async throws {
        let now = clock.now()
        var checks: [(key: String, limit: Int, window: TimeInterval)] = [
            ("registration-event:\(event.lowercasedString)", limits.perEvent, limits.eventWindow)
        ]
        if let address {
            checks.insert(("registration-address:\(address)", limits.perAddress, limits.addressWindow), at: 0)
        }
        for check in checks {
            let answer = try await attempts.reserve(
                keys: [check.key], at: now, since: now.addingTimeInterval(-check.window), limit: check.limit)
            if let retryAfter = answer.retryAfter(window: check.window, now: now) {
                logger.warning(
                    "registration throttled", metadata: ["key": "\(check.key)", "retry-after": "\(retryAfter)"])
                throw AuthError.throttled(retryAfter: retryAfter)
            }
        }
    }
}
