import Foundation
import SQLKit
import TestSupport
import Testing

@testable import Storage

/// On SQLite every write takes the process's write turn: the handle for reading cannot write at all.
@Suite struct WriteTurnTests {
    @Test func aWriteThroughTheReadingHandleFailsOnSQLite() async throws {
        try await TestDatabase.sqlite.withStore { store in
            let insert: SQLQueryString =
                "INSERT INTO login_failures (id, key, at) VALUES (\(bind: UUID()), 'account:x', \(bind: Date()))"
            await #expect(throws: (any Error).self) { try await try store.sql().raw(insert).run() }
            try await store.transaction { tx in try await tx.sql.raw(insert).run() }
            let count = try await try store.sql().raw("SELECT COUNT(*) AS n FROM login_failures")
                .first(decodingColumn: "n", as: Int.self)
            #expect(count == 1)
        }
    }
}
