import Domain
import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import SQLKit

/// The open database of an install: FluentKit's `Databases`, configured once for SQLite or PostgreSQL.
///
/// Every repository asks the store for a `Database`; nothing outside this module sees FluentKit.
public final class Store: Sendable {
    public let location: DatabaseLocation
    let databases: Databases
    let eventLoopGroup: any EventLoopGroup
    let logger: Logger
    /// Serialises writes that must not interleave within this process (registrations for one event); across
    /// processes, PostgreSQL row locks do the same.
    let registrationLock = AsyncLock()
    /// Makes one SQLite writer at a time of this process: see `transaction(_:)`.
    let writeLock = AsyncLock()
    /// The content revision as last read: see `RevisionClock`.
    let revisionClock: RevisionClock
    /// The longest one unit of work (`transaction(_:)`) may take before it is answered as timed out.
    let databaseTimeout: Duration
    /// What time it is for what the store stamps itself (audit entries, erasures, queued emails).
    public let clock: WallClock
    /// Set when a write fails because the disk is full, cleared by the next write that succeeds.
    let lastWriteFoundDiskFull = NIOLockedValueBox(false)
    /// How many partnerships each list filter holds, per content revision.
    let partnershipTotals = RevisionCache<FluentPartnershipRepository.TotalKey, Int>(capacity: 64)

    /// `connectionsPerEventLoop` bounds PostgreSQL connections (per event loop); tests, which open many stores at
    /// once, use 1 so that a parallel run stays under the server's `max_connections`.
    public init(
        location: DatabaseLocation,
        logger: Logger,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        connectionsPerEventLoop: Int = 4,
        revisionMaxAge: Duration = .seconds(1),
        databaseTimeout: Duration = .seconds(10),
        clock: WallClock = .system
    ) throws {
        self.location = location
        self.clock = clock
        self.databaseTimeout = databaseTimeout
        self.logger = logger
        revisionClock = RevisionClock(maxAge: revisionMaxAge)
        self.eventLoopGroup = eventLoopGroup
        databases = Databases(threadPool: .singleton, on: eventLoopGroup)
        switch location {
        case .sqlite(let path):
            databases.use(.sqlite(.file(path), sqlLogLevel: .trace), as: .sqlite)
            databases.use(.sqlite(.file(path), sqlLogLevel: .trace), as: .sqliteReader)
        case .sqliteInMemory:
            let storage = SQLiteConfiguration(storage: .memory(identifier: UUID().uuidString))
            databases.use(.sqlite(storage, sqlLogLevel: .trace), as: .sqlite)
            databases.use(.sqlite(storage, sqlLogLevel: .trace), as: .sqliteReader)
        case .postgres(let url, let schema):
            var configuration = try SQLPostgresConfiguration(url: url)
            if let schema { configuration.searchPath = [schema] }
            databases.use(
                .postgres(
                    configuration: configuration, maxConnectionsPerEventLoop: connectionsPerEventLoop,
                    // A request waits for a free connection no longer than for the work itself.
                    connectionPoolTimeout: .nanoseconds(
                        databaseTimeout.components.seconds * 1_000_000_000
                            + databaseTimeout.components.attoseconds / 1_000_000_000),
                    encodingContext: .default,
                    decodingContext: .default, sqlLogLevel: .trace),
                as: .psql
            )
        }
    }

    /// A database handle for reading.
    ///
    /// On SQLite its connections are query-only: a write through it fails at once ("attempt to write a readonly
    /// database"), so every write has to go through `transaction(_:)` and take the process's write turn. On
    /// PostgreSQL reads and writes share one pool.
    func database(logger: Logger? = nil) -> any Database {
        let id: DatabaseID? = location.isSQLite ? .sqliteReader : nil
        // `Databases` only returns nil after shutdown, which happens once the server has stopped serving.
        return databases.database(id, logger: logger ?? self.logger, on: eventLoopGroup.any())!
    }

    /// The writing handle outside a transaction, for statements that cannot run in one (`VACUUM INTO`).
    func writerForMaintenance() throws -> any Database { try writer() }

    /// The handle that writes: only `transaction(_:)` and migrations use it. After shutdown (work given up on
    /// at its deadline may still come here) there is none.
    private func writer(logger: Logger? = nil) throws -> any Database {
        guard let database = databases.database(logger: logger ?? self.logger, on: eventLoopGroup.any()) else {
            throw StorageUnavailable(.unreachable)
        }
        return database
    }

    /// Start-up errors are thrown to the caller, which reports them once; the driver need not log them too.
    private var quietLogger: Logger {
        var quiet = logger
        quiet.logLevel = .critical
        return quiet
    }

    /// Creates or upgrades the schema; on SQLite also switches the file to write-ahead logging.
    public func migrate() async throws {
        if case .sqlite = location {
            // WAL lets readers go on while one writer writes; the setting persists in the file.
            try await writer(logger: quietLogger).sql.raw("PRAGMA journal_mode = WAL").run()
        }
        try await configureConnections()
        let quiet = quietLogger
        let migrator = Migrator(
            databaseFactory: { [databases, eventLoopGroup] id in
                databases.database(id, logger: quiet, on: eventLoopGroup.any())!
            },
            migrations: Self.migrations, on: eventLoopGroup.any(), migrationLogLevel: .debug)
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
    }

    /// Answers whether the database answers a trivial query.
    public func ping() async -> Bool {
        do {
            try await sql().raw("SELECT 1").run()
            return true
        } catch {
            logger.warning("database ping failed", metadata: ["error": "\(String(reflecting: error))"])
            return false
        }
    }

    /// SQLite: a connection that finds the file locked waits up to five seconds before failing, instead of
    /// retrying forever (SQLiteNIO's default busy handler), and the reading connections refuse to write.
    /// FluentKit keeps one connection per event loop and database.
    func configureConnections() async throws {
        guard location.isSQLite else { return }
        for writer in try sqliteConnections() { try await writer.raw("PRAGMA busy_timeout = 5000").run() }
        for reader in try sqliteConnections(readers: true) {
            try await reader.raw("PRAGMA busy_timeout = 5000").run()
            try await reader.raw("PRAGMA query_only = ON").run()
        }
    }

    /// SQLite's writing connections (or, with `readers`, its reading ones), one per event loop.
    func sqliteConnections(readers: Bool = false) throws -> [any SQLDatabase] {
        let id: DatabaseID = readers ? .sqliteReader : .sqlite
        return try eventLoopGroup.makeIterator().map { loop in
            guard let database = databases.database(id, logger: logger, on: loop) else {
                throw NotSQLDatabase(driver: "none configured as \(id.string)")
            }
            return try database.sql
        }
    }

    /// Closes every connection. A connection stuck on a database server that went away (or a rollback the server
    /// has not answered yet) would hold this up for ever: after five seconds the store gives up on it, so that the
    /// process can end, and keeps its connections for the rest of the process — released before they have shut
    /// down, AsyncKit's pool stops the process.
    public func shutdown() async {
        let (databases, logger) = (databases, logger)
        // A task of its own: a shutdown asked for by a cancelled task (a server that failed to start) still
        // closes every connection before the process ends.
        await Task {
            do {
                try await withDeadline(.seconds(5)) { await databases.shutdownAsync() }
            } catch {
                Self.abandoned.withLockedValue { $0.append(databases) }
                logger.warning(
                    "database connections did not close within 5 s; leaving them", metadata: ["error": "\(error)"])
            }
        }.value
    }

    /// The connections of every shutdown that gave up on them.
    private static let abandoned = NIOLockedValueBox<[Databases]>([])
}

extension Store {
    /// The store's database as SQLKit sees it, for queries FluentKit cannot express.
    func sql() throws -> any SQLDatabase {
        try database().sql
    }
}

extension Store {
    /// SQLite's journal mode ("wal" once migrated); nil on PostgreSQL.
    public func journalMode() async throws -> String? {
        guard case .sqlite = location else { return nil }
        return try await sql().raw("PRAGMA journal_mode").first(decodingColumn: "journal_mode", as: String.self)
    }
}

extension Store {
    /// A unit of work that writes, all or nothing.
    ///
    /// On SQLite the process's write transactions take turns. SQLite has one writer at a time anyway, but two
    /// connections that both began to read before writing can meet a lock no waiting undoes ("database is
    /// locked" at once, whatever the busy timeout); taking turns here means that never happens to this
    /// process. On PostgreSQL transactions run side by side under its own row locks.
    ///
    /// Bounded by `databaseTimeout`, and by what is left of the request's `budget`: a unit of work that takes
    /// longer (a lost connection, the write turn held too long) throws `StorageUnavailable(.timedOut)` then,
    /// and outages of the database throw `StorageUnavailable` too.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        do {
            // Work given up on rolls back if its body still ends, instead of committing late. (A flag, not task
            // cancellation: FluentKit runs the body in a task of its own.)
            let abandoned = NIOLockedValueBox(false)
            let checked: @Sendable (any Database) async throws -> T = { tx in
                let value = try await body(tx)
                if abandoned.withLockedValue({ $0 }) { throw CancellationError() }
                return value
            }
            let budget = Store.budget
            let limit = min(databaseTimeout, budget?.left ?? databaseTimeout)
            guard limit > .zero else { throw StorageUnavailable(.timedOut) }
            let began = ContinuousClock.now
            defer { budget?.spend(ContinuousClock.now - began) }
            let value = try await withDeadline(limit, onTimeout: { abandoned.withLockedValue { $0 = true } }) {
                defer { self.revisionClock.committed() }
                switch self.location {
                case .postgres:
                    return try await self.writer().transaction(checked)
                case .sqlite, .sqliteInMemory:
                    return try await self.writeLock.run { try await self.writer().transaction(checked) }
                }
            }
            lastWriteFoundDiskFull.withLockedValue { $0 = false }
            return value
        } catch {
            guard let outage = StorageUnavailable(classifying: error) else { throw error }
            if outage.reason == .diskFull { lastWriteFoundDiskFull.withLockedValue { $0 = true } }
            throw outage
        }
    }
}

extension DatabaseID {
    /// SQLite's query-only connections: see `Store.database(logger:)`.
    static let sqliteReader = DatabaseID(string: "sqlite-reader")
}

extension DatabaseLocation {
    var isSQLite: Bool {
        if case .postgres = self { return false }
        return true
    }
}
