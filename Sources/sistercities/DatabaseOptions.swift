import ArgumentParser
import Foundation
import Storage

/// `--database`, shared by every command that opens the registry.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "SQLite file path, or postgres://user:password@host:port/database. Default: $DATABASE_URL, else ./\(DatabaseLocation.defaultSQLitePath).",
            valueName: "url-or-path"))
    var database: String?

    func location() throws -> DatabaseLocation {
        let text = database ?? ProcessInfo.processInfo.environment["DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
        guard let text else { return .sqlite(path: DatabaseLocation.defaultSQLitePath) }
        return try DatabaseLocation(parsing: text)
    }
}
