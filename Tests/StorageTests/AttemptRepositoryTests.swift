import Domain
import Foundation
import Logging
import Storage
import TestSupport
import Testing

/// Password checks are counted before they are made, so that a burst of guesses cannot all be checked.
@Suite struct AttemptRepositoryTests {
    @Test(arguments: TestDatabase.all)
    func guessesFromTwoServersAtOnceAreCountedOneAfterAnother(database: TestDatabase) async throws {
        // Two stores on one database: two app servers (PostgreSQL is how an install scales out; on SQLite one
        // server process takes the writes, so its test has one store with the claims sent at once).
        try await database.withServers(database.isPostgres ? 2 : 1) { servers in
            let now = Date()
            let granted = try await withThrowingTaskGroup(of: Bool.self) { group in
                for guess in 0..<40 {
                    let attempts = FluentAttemptRepository(store: servers[guess % servers.count])
                    group.addTask {
                        let answer = try await attempts.reserve(
                            keys: ["account:kyoto@example.org", "address:192.0.2.\(guess)"], at: now,
                            since: now.addingTimeInterval(-60), limit: 5)
                        if case .granted = answer { return true }
                        return false
                    }
                }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(granted == 5)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aRightPasswordIsForgottenAndOldChecksLeaveTheWindow(database: TestDatabase) async throws {
        try await database.withStore { store in
            let attempts = FluentAttemptRepository(store: store)
            let start = Date(timeIntervalSince1970: 2_000_000_000)
            let keys = ["account:boston@example.org"]
            var ids: [UUID] = []
            for n in 0..<5 {
                let at = start.addingTimeInterval(Double(n))
                guard
                    case .granted(let granted) = try await attempts.reserve(
                        keys: keys, at: at, since: at.addingTimeInterval(-60), limit: 5)
                else { Issue.record("check \(n) refused"); return }
                ids = granted
            }
            let sixth = start.addingTimeInterval(10)
            #expect(
                try await attempts.reserve(keys: keys, at: sixth, since: sixth.addingTimeInterval(-60), limit: 5)
                    == .refused(oldest: start))
            // The last check was the right password: forgetting it frees one place.
            try await attempts.forget(ids)
            guard
                case .granted = try await attempts.reserve(
                    keys: keys, at: sixth, since: sixth.addingTimeInterval(-60), limit: 5)
            else { Issue.record("a forgotten check still counted"); return }
            // A minute after the first, it no longer counts.
            let later = start.addingTimeInterval(60.5)
            guard
                case .granted = try await attempts.reserve(
                    keys: keys, at: later, since: later.addingTimeInterval(-60), limit: 5)
            else { Issue.record("a check older than the window still counted"); return }
        }
    }
}
