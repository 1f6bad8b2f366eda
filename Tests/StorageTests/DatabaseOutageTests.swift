import Foundation
import Logging
import NIOConcurrencyHelpers
import SQLKit
import TestSupport
import Testing

@testable import Storage

/// Work the database cannot finish is answered in bounded time, and outages are told apart from bugs.
@Suite struct DatabaseOutageTests {
    /// Work that ignores cancellation for `seconds`, as a query on a dropped connection does; it says when done.
    final class Stubborn: Sendable {
        let finished = NIOLockedValueBox(false)

        func run(seconds: Double) async {
            let end = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
            while ContinuousClock.now < end { try? await Task.sleep(for: .milliseconds(20)) }
            finished.withLockedValue { $0 = true }
        }
    }

    @Test(arguments: TestDatabase.all)
    func aTransactionThatDoesNotFinishIsAnsweredAtTheTimeout(database: TestDatabase) async throws {
        try await database.withFreshLocation { location in
            // Migrated with the tests' own timeout: on a loaded machine the schema takes longer than the second
            // this store gives a transaction.
            let setup = try Store(
                location: location, logger: Logger(label: "test"), databaseTimeout: TestDatabase.timeout)
            do { try await setup.migrate() } catch {
                await setup.shutdown()
                throw error
            }
            await setup.shutdown()
            let store = try Store(
                location: location, logger: Logger(label: "test"), connectionsPerEventLoop: 2,
                databaseTimeout: .seconds(1))
            let stubborn = Stubborn()
            do {
                let outcome = await #expect(throws: StorageUnavailable.self) {
                    try await store.transaction { _ in await stubborn.run(seconds: 4) }
                }
                #expect(outcome?.reason == .timedOut)
                // Answered while the work still ran: the caller did not wait for it.
                #expect(!stubborn.finished.withLockedValue { $0 })
                // The work given up on ends in its own time (and rolls back) before the store closes.
                while !stubborn.finished.withLockedValue({ $0 }) { try await Task.sleep(for: .milliseconds(50)) }
            } catch {
                await store.shutdown()
                throw error
            }
            await store.shutdown()
        }
    }

    @Test(arguments: TestDatabase.all)
    func aRequestsUnitsOfWorkShareOneBudget(database: TestDatabase) async throws {
        try await database.withStore { store in
            let secondStarted = NIOLockedValueBox(false)
            try await Store.$budget.withValue(DatabaseBudget(.seconds(1))) {
                // The first unit of work uses the whole budget: it is answered as timed out at the budget's end
                // (not at the store's own, much longer, timeout); on a loaded machine its body may not even have
                // begun by then...
                let first = await #expect(throws: StorageUnavailable.self) {
                    try await store.transaction { _ in try await Task.sleep(for: .seconds(5)) }
                }
                #expect(first?.reason == .timedOut)
                // ...and the next is refused without starting.
                await #expect(throws: StorageUnavailable(.timedOut)) {
                    try await store.transaction { _ in secondStarted.withLockedValue { $0 = true } }
                }
            }
            #expect(!secondStarted.withLockedValue { $0 })
            // Outside a request each unit of work has the store's own timeout.
            let third = try await store.transaction { _ in 3 }
            #expect(third == 3)
        }
    }

    @Test func theDeadlineAnswersOnceWhicheverComesFirst() async throws {
        #expect(try await withDeadline(.seconds(5)) { 42 } == 42)
        struct Boom: Error {}
        await #expect(throws: Boom.self) { try await withDeadline(.seconds(5)) { throw Boom() } }
        let stubborn = Stubborn()
        await #expect(throws: StorageUnavailable(.timedOut)) {
            try await withDeadline(.milliseconds(100)) { await stubborn.run(seconds: 2) }
        }
        #expect(!stubborn.finished.withLockedValue { $0 })
    }

    @Test func aFullSQLiteDatabaseIsADiskFullOutageUntilAWriteSucceeds() async throws {
        try await TestDatabase.sqlite.withStore { store in
            #expect(!store.diskIsFull)
            // SQLite's page limit gives the same SQLITE_FULL as a full disk, on every writing connection.
            let pages = try await try store.sql().raw("PRAGMA page_count").first(
                decodingColumn: "page_count", as: Int.self)
            for writer in try store.sqliteConnections() {
                try await writer.raw("PRAGMA max_page_count = \(unsafeRaw: String(try #require(pages)))").run()
            }
            let big = String(repeating: "x", count: 200_000)
            let outage = await #expect(throws: StorageUnavailable.self) {
                try await store.transaction { tx in
                    try await tx.sql.raw("CREATE TABLE filler (text TEXT)").run()
                    try await tx.sql.raw("INSERT INTO filler VALUES (\(bind: big))").run()
                }
            }
            #expect(outage?.reason == .diskFull)
            #expect(store.diskIsFull)
            for writer in try store.sqliteConnections() {
                try await writer.raw("PRAGMA max_page_count = 1073741823").run()
            }
            try await store.transaction { tx in try await tx.sql.raw("CREATE TABLE ok (n INT)").run()
            }
            #expect(!store.diskIsFull)
            #expect(try #require(store.freeDiskBytes()) > 0)
        }
    }

    @Test func outagesAreToldApartFromOtherErrors() {
        #expect(StorageUnavailable(classifying: StorageUnavailable(.unreachable))?.reason == .unreachable)
        struct Other: Error {}
        #expect(StorageUnavailable(classifying: Other()) == nil)
    }
}
