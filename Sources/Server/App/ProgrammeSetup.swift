import Domain
import Foundation
import Logging
import Storage

/// Decides which programme a server serves, creating it on first start.
enum ProgrammeSetup {
    /// With `demo`, the demo programme (loaded if missing); otherwise the oldest programme, or a new empty one.
    static func programmeToServe(store: Store, demo: Bool, logger: Logger) async throws -> UUID {
        let programmes = FluentProgrammeRepository(store: store)
        if demo {
            return try await DemoProgramme.load(into: store, logger: logger)
        }
        if let existing = try await programmes.first() { return existing.id }
        logger.notice("no programme yet: creating an empty one")
        return try await programmes.create(ProgrammeDraft(name: "Sister Cities"), by: .system("first start")).id
    }
}
