import NIOConcurrencyHelpers

/// The content revision as this process last read it, so that a kept page can be served without asking the
/// database every time. A transaction this process commits makes the next reader ask again, so a change
/// shows at once on the server that made it; a change made by another process (another app server, a
/// command-line import) shows once the last reading is `maxAge` old.
final class RevisionClock: Sendable {
    private struct State {
        var value: Int64 = 0
        var readAt: ContinuousClock.Instant?
        /// Raised by every commit of this process; a reading counts only if none came after it began.
        var commits = 0
        var readAfterCommit = -1
    }

    let maxAge: Duration
    private let state = NIOLockedValueBox(State())

    init(maxAge: Duration) {
        self.maxAge = maxAge
    }

    func current(read: () async throws -> Int64) async throws -> Int64 {
        let now = ContinuousClock.now
        let (kept, commits) = state.withLockedValue { state -> (Int64?, Int) in
            if let at = state.readAt, state.readAfterCommit == state.commits, now - at < maxAge {
                return (state.value, state.commits)
            }
            return (nil, state.commits)
        }
        if let kept { return kept }
        let value = try await read()
        state.withLockedValue { state in
            // Revisions only grow: a slower reading of an older value never replaces a newer one.
            state.value = state.readAfterCommit == commits ? max(state.value, value) : value
            state.readAt = now
            state.readAfterCommit = commits
        }
        return value
    }

    /// Called after each commit of this process.
    func committed() {
        state.withLockedValue { $0.commits += 1 }
    }
}
