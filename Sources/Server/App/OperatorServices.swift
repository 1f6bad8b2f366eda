import Domain
import Foundation
import Logging
import Storage

/// The services an operator's command uses: the server's own repositories, on a store of its own.
enum OperatorServices {
    static func with<T: Sendable>(
        _ location: DatabaseLocation, label: String, _ body: (Services) async throws -> T
    ) async throws -> T {
        var logger = Logger(label: "sistercities.\(label)")
        logger.logLevel = .warning
        let store = try Store(location: location, logger: logger)
        do {
            try await store.migrate()
            let programmeID = try await ProgrammeSetup.programmeToServe(store: store, demo: false, logger: logger)
            let config = AppConfig(database: location)
            let services = Services(
                store: store, programmeID: programmeID, passwordPolicy: try PasswordPolicy.bundled(), config: config)
            let value = try await body(services)
            await store.shutdown()
            return value
        } catch {
            await store.shutdown()
            throw error
        }
    }
}
