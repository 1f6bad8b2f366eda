import Foundation
import SQLKit

/// Why a backup could not be made.
public struct BackupError: Error, CustomStringConvertible {
    public let description: String

    public init(description: String) {
        self.description = description
    }
}

extension Store {
    /// Copies a live SQLite database, whole and consistent, into a new file at `path`: `VACUUM INTO` reads one
    /// snapshot, WAL included, while the server goes on serving. Copying the main file alone would miss what is
    /// still in the write-ahead log. PostgreSQL is backed up with `pg_dump` (see `pgDumpArguments`).
    public func backupSQLite(to path: String) async throws {
        guard location.isSQLite else { throw BackupError(description: "VACUUM INTO is for SQLite databases") }
        guard !FileManager.default.fileExists(atPath: path) else {
            throw BackupError(description: "\(path) exists already; choose a new file")
        }
        // VACUUM INTO cannot run inside a transaction. It takes this process's write turn so that it never meets
        // one of its writes half way; the copy of a programme's database takes well under a second.
        try await writeLock.run {
            try await self.writerForMaintenance().sql.raw("VACUUM INTO \(bind: path)").run()
        }
    }

    /// `pg_dump` arguments that write the database of a `postgres://` location into `path` (custom format,
    /// for `pg_restore`), with the password passed in the environment rather than on the command line.
    public static func pgDumpArguments(
        url: String, schema: String?, to path: String
    ) throws -> (
        arguments: [String], environment: [String: String]
    ) {
        guard var components = URLComponents(string: url), let host = components.host else {
            throw BackupError(description: "not a postgres:// address")
        }
        let password = components.password
        components.password = nil
        let database = String(components.path.dropFirst())
        var arguments = [
            "--format=custom", "--file=\(path)", "--no-owner", "--host=\(host)", "--port=\(components.port ?? 5432)",
        ]
        if let user = components.user { arguments.append("--username=\(user)") }
        if let schema { arguments.append("--schema=\(schema)") }
        arguments.append(database.isEmpty ? "postgres" : database)
        var environment: [String: String] = [:]
        if let password { environment["PGPASSWORD"] = password.removingPercentEncoding ?? password }
        if components.queryItems?.contains(where: { $0.name == "sslmode" && $0.value == "disable" }) == true {
            environment["PGSSLMODE"] = "disable"
        }
        return (arguments, environment)
    }
}
