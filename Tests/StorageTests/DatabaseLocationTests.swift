import Storage
import TestSupport
import Testing

@Suite struct DatabaseLocationTests {
    @Test func readsPathsAndURLs() throws {
        #expect(try DatabaseLocation(parsing: "sistercities.sqlite") == .sqlite(path: "sistercities.sqlite"))
        #expect(try DatabaseLocation(parsing: "sqlite:/tmp/x.db") == .sqlite(path: "/tmp/x.db"))
        #expect(try DatabaseLocation(parsing: "sqlite::memory:") == .sqliteInMemory)
        #expect(
            try DatabaseLocation(parsing: "postgres://app:pw@127.0.0.1:5433/app?sslmode=disable")
                == .postgres(url: "postgres://app:pw@127.0.0.1:5433/app?sslmode=disable"))
    }

    @Test(arguments: ["", "mysql://u@h/db", "postgres://", "postgres://host-only/db", "postgres://u@h:99999/db"])
    func refusesWhatIsNoDatabase(text: String) {
        #expect(throws: DatabaseLocationError.self) { try DatabaseLocation(parsing: text) }
    }

    @Test func hidesThePasswordInDescriptions() throws {
        let location = try DatabaseLocation(parsing: "postgres://app:secret@127.0.0.1:5433/app")
        #expect(!location.description.contains("secret"))
    }

    @Test(
        .enabled(
            if: TestDatabase.postgresURL != nil, "SISTERCITIES_TEST_POSTGRES_URL is not set: PostgreSQL suite skipped"))
    func postgresSuiteIsConfigured() async throws {
        let answered = try await TestDatabase.postgres(url: TestDatabase.postgresURL!).withStore { await $0.ping() }
        #expect(answered)
    }

    @Test func sqliteUsesWriteAheadLogging() async throws {
        let mode = try await TestDatabase.sqlite.withStore { store in try await store.journalMode() }
        #expect(mode?.lowercased() == "wal")
    }
}
