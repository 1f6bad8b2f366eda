import Foundation
import Logging
import SQLKit
import Testing

@testable import Storage

/// A database a test runs against. Repository and API tests take every value of ``all`` as an argument, so
/// the same test runs on SQLite and, when `SISTERCITIES_TEST_POSTGRES_URL` is set, on PostgreSQL.
public enum TestDatabase: Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres(url: String)

    public static let postgresURL: String? = ProcessInfo.processInfo.environment["SISTERCITIES_TEST_POSTGRES_URL"]
        .flatMap { $0.isEmpty ? nil : $0 }

    public static var all: [TestDatabase] {
        [.sqlite] + (postgresURL.map { [.postgres(url: $0)] } ?? [])
    }

    /// The database timeout of test stores: many run at once on a loaded machine, and their waits are not
    /// outages (the outage tests set their own).
    public static let timeout: Duration = .seconds(60)

    public var isPostgres: Bool {
        if case .postgres = self { return true }
        return false
    }

    public var testDescription: String {
        switch self {
        case .sqlite: "sqlite"
        case .postgres: "postgres"
        }
    }

    /// A fresh, empty place of this kind: a new SQLite file, or a new PostgreSQL schema. `body` gets its
    /// location; everything is removed afterwards.
    public func withFreshLocation<T>(_ body: (DatabaseLocation) async throws -> T) async throws -> T {
        let logger = Logger(label: "test")
        switch self {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory
                .appendingPathComponent("sistercities-test-\(UUID().uuidString).sqlite").path
            defer {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
            return try await body(.sqlite(path: path))
        case .postgres(let url):
            let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            let admin = try Store(location: .postgres(url: url), logger: logger, connectionsPerEventLoop: 1)
            do {
                try await admin.sql().raw("CREATE SCHEMA \(unsafeRaw: schema)").run()
                let result = try await body(.postgres(url: url, schema: schema))
                try await admin.sql().raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run()
                await admin.shutdown()
                return result
            } catch {
                try? await admin.sql().raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run()
                await admin.shutdown()
                throw error
            }
        }
    }

    /// A migrated, empty store on a fresh location, shut down after `body`.
    public func withStore<T>(_ body: (Store) async throws -> T) async throws -> T {
        try await withFreshLocation { location in
            let store = try Store(
                location: location, logger: Logger(label: "test"), connectionsPerEventLoop: 1,
                databaseTimeout: Self.timeout)
            do {
                try await store.migrate()
                let result = try await body(store)
                await store.shutdown()
                return result
            } catch {
                await store.shutdown()
                throw error
            }
        }
    }

    /// `count` migrated stores on one fresh location, as several app servers on one database; every store is
    /// shut down afterwards, whatever `body` throws.
    public func withServers<T>(_ count: Int, _ body: ([Store]) async throws -> T) async throws -> T {
        try await withFreshLocation { location in
            let servers = try (0..<count).map { _ in
                try Store(
                    location: location, logger: Logger(label: "test"), connectionsPerEventLoop: 2,
                    databaseTimeout: Self.timeout)
            }
            do {
                for server in servers { try await server.migrate() }
                let result = try await body(servers)
                for server in servers { await server.shutdown() }
                return result
            } catch {
                for server in servers { await server.shutdown() }
                throw error
            }
        }
    }
}
