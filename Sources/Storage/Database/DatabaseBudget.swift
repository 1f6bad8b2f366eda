import NIOConcurrencyHelpers

/// How long the database may keep one request waiting in all, across every unit of work it does: a
/// registration that reserves a throttle slot and then registers waits at most this long, not twice as long.
/// Set once per request (`Store.$budget`); work outside a request has each unit bounded alone.
public final class DatabaseBudget: Sendable {
    private let remaining: NIOLockedValueBox<Duration>

    public init(_ total: Duration) {
        remaining = NIOLockedValueBox(total)
    }

    /// What is left of it.
    var left: Duration { remaining.withLockedValue { $0 } }

    /// Counts `spent` against it.
    func spend(_ spent: Duration) {
        remaining.withLockedValue { $0 -= spent }
    }
}

extension Store {
    /// The current request's budget, if work runs for one.
    @TaskLocal public static var budget: DatabaseBudget?
}
