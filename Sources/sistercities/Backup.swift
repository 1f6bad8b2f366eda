import ArgumentParser
import Foundation
import Logging
import Storage

struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy a live database, whole and consistent, into a new file.",
        discussion: """
            SQLite: a copy made with VACUUM INTO while the server runs; restore by stopping the server and \
            putting the file in place of the database (and removing its -wal and -shm files). PostgreSQL: runs \
            pg_dump --format=custom; restore with pg_restore. See "Backups and restore" in the README.
            """)

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The file to write; it must not exist yet.") var output: String

    func run() async throws {
        try await reportingFailures {
            let location = try database.location()
            switch location {
            case .postgres(let url, let schema):
                guard !FileManager.default.fileExists(atPath: output) else {
                    throw BackupError(description: "\(output) exists already; choose a new file")
                }
                let (arguments, environment) = try Store.pgDumpArguments(url: url, schema: schema, to: output)
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                process.arguments = ["pg_dump"] + arguments
                process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
                try process.run()
                process.waitUntilExit()
                guard process.terminationStatus == 0 else {
                    throw BackupError(description: "pg_dump failed (exit \(process.terminationStatus))")
                }
            case .sqlite, .sqliteInMemory:
                var logger = Logger(label: "sistercities.backup")
                logger.logLevel = .warning
                let store = try Store(location: location, logger: logger)
                do {
                    try await store.backupSQLite(to: output)
                } catch {
                    await store.shutdown()
                    throw error
                }
                await store.shutdown()
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
            print("Backed up \(location) to \(output) (\(size) bytes).")
        }
    }
}
