import NIOConcurrencyHelpers
import NIOCore

/// Public pages as an anonymous reader gets them, each kept with the content revision it was rendered at and
/// served again, bytes as they are, while that revision is current. A change anywhere raises the revision
/// (in the database, so on every app server at once) and the next request renders afresh. Signed-in
/// people always get a page of their own.
final class RenderedPageCache<Key: Hashable & Sendable>: Sendable {
    private struct Entry {
        var revision: Int64
        var body: ByteBuffer
    }

    private let entries = NIOLockedValueBox<[Key: Entry]>([:])
    /// Pages kept at most; past it the oldest revision's pages go first, and if all are current, all go.
    let capacity: Int

    init(capacity: Int = 256) {
        self.capacity = capacity
    }

    /// The page kept for `key`, if it was rendered at `revision`.
    func body(for key: Key, at revision: Int64) -> ByteBuffer? {
        entries.withLockedValue { entries in
            guard let entry = entries[key], entry.revision == revision else { return nil }
            return entry.body
        }
    }

    func keep(_ body: ByteBuffer, for key: Key, at revision: Int64) {
        entries.withLockedValue { entries in
            if entries.count >= capacity, entries[key] == nil {
                entries = entries.filter { $0.value.revision == revision }
                if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            }
            entries[key] = Entry(revision: revision, body: body)
        }
    }

    /// How many pages are kept: for tests.
    var count: Int { entries.withLockedValue { $0.count } }
}
