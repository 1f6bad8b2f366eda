import ArgumentParser
import Logging
import Storage

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create or upgrade the database schema, then exit.")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await reportingFailures {
            let location = try database.location()
            let store = try Store(location: location, logger: Logger(label: "sistercities.migrate"))
            do {
                try await store.migrate()
            } catch {
                await store.shutdown()
                throw error
            }
            await store.shutdown()
            print("The schema of \(location) is up to date.")
        }
    }
}
