import Domain
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOConcurrencyHelpers
import NIOCore
import SQLKit
import TestSupport
import Testing

@testable import Server
@testable import Storage

/// While the database cannot do its part, requests are answered 503 with Retry-After, and kept pages are
/// still served.
@Suite struct OutageTests {
    @Test(arguments: TestDatabase.all)
    func aWriteThatCannotFinishInTimeIsAnswered503WithRetryAfter(database: TestDatabase) async throws {
        try await withApp(database, demo: false, configure: { $0.databaseTimeout = .seconds(3) }) { app in
            // Another process holds the lock every write needs (the content revision's row, the SQLite file's
            // write lock) for longer than the server's database timeout.
            let holding = Task {
                try await app.store.transaction { tx in
                    try await ContentRevisionStore.raise(on: tx)
                    try await Task.sleep(for: .seconds(8))
                }
            }
            try await Task.sleep(for: .milliseconds(300))
            let response = try await app.send(
                .post, "/api/v1/cities", json: #"{"name":"Lyon","country":"FR"}"#, as: .token(app.adminToken))
            #expect(response.status == .serviceUnavailable)
            #expect(response.headers[.retryAfter] == "5")
            #expect(response.headers[.contentType] == "application/problem+json")
            #expect(response.text.contains("The database is not answering just now, so nothing was done."))
            _ = try? await holding.value
            let again = try await app.send(
                .post, "/api/v1/cities", json: #"{"name":"Nice","country":"FR"}"#, as: .token(app.adminToken))
            #expect(again.status == .created)
            // The write given up on was rolled back, not committed late.
            try await Task.sleep(for: .seconds(1))
            let lyon = try await app.send(.get, "/api/v1/cities?q=Lyon")
            #expect(!lyon.text.contains("\"Lyon\""))
        }
    }

    /// A content revision that can be switched off, as a database going away does.
    final class FlakyRevisions: ContentRevisionRepository, Sendable {
        let down = NIOLockedValueBox(false)
        func current() async throws -> Int64 {
            if down.withLockedValue({ $0 }) { throw StorageUnavailable(.unreachable) }
            return 7
        }
    }

    @Test func aKeptPageIsStillServedWhileTheDatabaseIsOut() async throws {
        let revisions = FlakyRevisions()
        let cache = PublicReadCache<String>(revisions: revisions, tag: "t", contentType: "text/html")
        let request = Request(
            head: HTTPRequest(method: .get, scheme: "http", authority: "x", path: "/"),
            body: RequestBody(buffer: ByteBuffer()))
        let fresh = try await cache.respond(to: request, key: "home") { ByteBuffer(string: "the directory") }
        #expect(fresh.headers[.eTag] == "\"t7\"")
        revisions.down.withLockedValue { $0 = true }
        let kept = try await cache.respond(to: request, key: "home") {
            Issue.record("rendered while down"); return ByteBuffer()
        }
        #expect(kept.status == .ok)
        #expect(kept.headers[.cacheControl] == "no-store")
        #expect(kept.headers[.eTag] == nil)
        // A page never kept cannot be served: the outage is answered as such.
        await #expect(throws: StorageUnavailable.self) {
            _ = try await cache.respond(to: request, key: "other") { ByteBuffer(string: "x") }
        }
    }

    @Test func anOutageIsA503PageForPeople() {
        let problem = Problem(StorageUnavailable(.diskFull))
        #expect(problem.status == 503)
        #expect(problem.detail?.contains("disk is full, so nothing was saved") == true)
        #expect(Problem.retryAfter(StorageUnavailable(.diskFull)) == 60)
        #expect(Problem.retryAfter(StorageUnavailable(.unreachable)) == 5)
    }
}
