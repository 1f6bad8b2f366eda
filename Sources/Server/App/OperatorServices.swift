import Domain
import Foundation
import Logging
import Storage

/// The services an operator's command uses: the server's own repositories, on a store of its own.
enum OperatorServices {
    /// Runs `body` with the services of the programme `serve` serves.
    static func with<T: Sendable>(
        _ location: DatabaseLocation, label: String, _ body: (Services) async throws -> T
    ) async throws -> T {
        try await withStore(location, label: label) { store, logger in
            let programmeID = try await ProgrammeSetup.programmeToServe(store: store, demo: false, logger: logger)
            let services = Services(
                store: store, programmeID: programmeID, passwordPolicy: try PasswordPolicy.bundled(),
                config: AppConfig(database: location))
            return try await body(services)
        }
    }

    /// Opens the database (migrating it), runs `body` on it with a quiet logger labelled `label`, and closes it
    /// whether `body` succeeds or not.
    static func withStore<T: Sendable>(
        _ location: DatabaseLocation, label: String, _ body: (Store, Logger) async throws -> T
    ) async throws -> T {
        var logger = Logger(label: "sistercities.\(label)")
        logger.logLevel = .warning
        let store = try Store(location: location, logger: logger)
        do {
            try await store.migrate()
            let value = try await body(store, logger)
            await store.shutdown()
            return value
        } catch {
            await store.shutdown()
            throw error
        }
    }
}
