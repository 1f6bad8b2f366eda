import Domain
import Foundation
import Logging
import Storage
import TestSupport
import Testing

/// A backup of a live SQLite database holds every write acknowledged before it, WAL included.
@Suite struct BackupTests {
    @Test func aBackupTakenWhileWritingHoldsEveryAcknowledgedWrite() async throws {
        try await TestDatabase.sqlite.withStore { store in
            let cities = FluentCityRepository(store: store)
            for n in 0..<50 {
                _ = try await cities.create(CityDraft(name: "Town \(n)", countryCode: "FR"), by: .system("t"))
            }
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("backup-\(UUID()).sqlite").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            // Writers go on while the copy is made.
            let writers = Task {
                for n in 50..<100 {
                    _ = try await cities.create(CityDraft(name: "Town \(n)", countryCode: "FR"), by: .system("t"))
                }
            }
            let backedUp = await caught { try await store.backupSQLite(to: path) }
            try await writers.value
            if let backedUp { throw backedUp }
            let copy = try Store(location: .sqlite(path: path), logger: Logger(label: "test"))
            let total: Int
            do {
                try await copy.migrate()
                total = try await FluentCityRepository(store: copy).list(CityQuery(page: PageRequest(limit: 1))).total
            } catch {
                await copy.shutdown()
                throw error
            }
            await copy.shutdown()
            #expect((50...100).contains(total))
            await #expect(throws: BackupError.self) { try await store.backupSQLite(to: path) }
        }
    }

    @Test func pgDumpGetsThePasswordInItsEnvironmentOnly() throws {
        let (arguments, environment) = try Store.pgDumpArguments(
            url: "postgres://app:s%40cret@127.0.0.1:5433/app?sslmode=disable", schema: nil, to: "/tmp/x.dump")
        #expect(
            arguments == [
                "--format=custom", "--file=/tmp/x.dump", "--no-owner", "--host=127.0.0.1", "--port=5433",
                "--username=app", "app",
            ])
        #expect(environment == ["PGPASSWORD": "s@cret", "PGSSLMODE": "disable"])
    }
}
