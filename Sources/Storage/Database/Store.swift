import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
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
    /// How many partnerships each list filter holds, per content revision.
    let partnershipTotals = RevisionCache<FluentPartnershipRepository.TotalKey, Int>(capacity: 64)

    /// `connectionsPerEventLoop` bounds PostgreSQL connections (per event loop); tests, which open many stores at
    /// once, use 1 so that a parallel run stays under the server's `max_connections`.
    public init(
        location: DatabaseLocation,
        logger: Logger,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        connectionsPerEventLoop: Int = 4,
        revisionMaxAge: Duration = .seconds(1)
    ) throws {
        self.location = location
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
    func writerForMaintenance() -> any Database { writer() }

    /// The handle that writes: only `transaction(_:)` and migrations use it.
    private func writer(logger: Logger? = nil) -> any Database {
        databases.database(logger: logger ?? self.logger, on: eventLoopGroup.any())!
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
            try await (writer(logger: quietLogger) as! any SQLDatabase).raw("PRAGMA journal_mode = WAL").run()
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
        for loop in eventLoopGroup.makeIterator() {
            let writer = databases.database(.sqlite, logger: logger, on: loop)! as! any SQLDatabase
            try await writer.raw("PRAGMA busy_timeout = 5000").run()
            let reader = databases.database(.sqliteReader, logger: logger, on: loop)! as! any SQLDatabase
            try await reader.raw("PRAGMA busy_timeout = 5000").run()
            try await reader.raw("PRAGMA query_only = ON").run()
        }
    }

    /// Closes every connection.
    public func shutdown() async {
        await databases.shutdownAsync()
    }
}

extension Store {
    /// The store's database as SQLKit sees it, for queries FluentKit cannot express.
    func sql() -> any SQLDatabase {
        database() as! any SQLDatabase
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
    func transaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        defer { revisionClock.committed() }
        switch location {
        case .postgres:
            return try await writer().transaction(body)
        case .sqlite, .sqliteInMemory:
            return try await writeLock.run { try await self.writer().transaction(body) }
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
