import NIOConcurrencyHelpers

/// Values computed from the database, each kept with the content revision it was computed at and used again
/// while that revision is current: a rendered public page, the world's counts by country. A change anywhere
/// raises the revision (in the database, so on every app server at once) and the next request computes
/// afresh.
public final class RevisionCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entry {
        var revision: Int64
        var value: Value
    }

    private let entries = NIOLockedValueBox<[Key: Entry]>([:])
    /// Values kept at most; past it older revisions' values go first, and if all are current, all go.
    public let capacity: Int

    public init(capacity: Int = 256) {
        self.capacity = capacity
    }

    /// The value kept for `key`, if it was computed at `revision`.
    public func value(for key: Key, at revision: Int64) -> Value? {
        entries.withLockedValue { entries in
            guard let entry = entries[key], entry.revision == revision else { return nil }
            return entry.value
        }
    }

    /// The newest value kept for `key`, whatever its revision: what can still be served while the database
    /// cannot say which revision is current.
    public func latest(for key: Key) -> Value? {
        entries.withLockedValue { $0[key]?.value }
    }

    public func keep(_ value: Value, for key: Key, at revision: Int64) {
        entries.withLockedValue { entries in
            if entries.count >= capacity, entries[key] == nil {
                entries = entries.filter { $0.value.revision == revision }
                if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            }
            entries[key] = Entry(revision: revision, value: value)
        }
    }

    /// The value for `key` at the current revision: kept, or computed now and kept.
    public func value(for key: Key, at revision: Int64, compute: () async throws -> Value) async rethrows -> Value {
        if let kept = value(for: key, at: revision) { return kept }
        let value = try await compute()
        keep(value, for: key, at: revision)
        return value
    }

    /// How many values are kept: for tests.
    public var count: Int { entries.withLockedValue { $0.count } }
}
