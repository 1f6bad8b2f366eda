import Domain
import FluentKit
import SQLKit

/// The content revision in its one-row table: read by every cached page, raised by every recorded change.
public struct ContentRevisionStore: ContentRevisionRepository {
    static let table = "content_revision"
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// The revision, as this process last read it (see `RevisionClock`).
    public func current() async throws -> Int64 {
        try await store.revisionClock.current { try await Self.read(on: try store.sql()) }
    }

    static func read(on sql: any SQLDatabase) async throws -> Int64 {
        try await sql.raw("SELECT value FROM \(ident: table) WHERE id = 1").first(
            decodingColumn: "value", as: Int64.self)
            ?? 0
    }

    /// Raises the revision; inside a transaction the row stays locked until it commits, so a reader never
    /// sees a revision without the change it counts.
    static func raise(on database: any Database) async throws {
        try await database.sql.raw("UPDATE \(ident: table) SET value = value + 1 WHERE id = 1").run()
    }
}
