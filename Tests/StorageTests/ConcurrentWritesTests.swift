import Domain
import Foundation
import Storage
import TestSupport
import Testing

/// Writes from many requests at once all land: none fails because another was writing.
@Suite struct ConcurrentWritesTests {
    @Test(arguments: TestDatabase.all)
    func manyWritersAtOnceAllSucceed(database: TestDatabase) async throws {
        try await database.withStore { store in
            let cities = FluentCityRepository(store: store)
            let revisions = ContentRevisionStore(store: store)
            let before = try await revisions.current()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<8 {
                    group.addTask {
                        for n in 0..<25 {
                            let city = try await cities.create(
                                CityDraft(name: "Town \(writer)-\(n)", countryCode: "FR"), by: .system("writer"))
                            _ = try await cities.update(
                                city.id, with: CityDraft(name: "Ville \(writer)-\(n)", countryCode: "FR"),
                                by: .system("writer"))
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await cities.list(CityQuery(page: PageRequest(limit: 1))).total == 200)
            // Every change raised the revision once: none was lost between writers.
            #expect(try await revisions.current() == before + 400)
        }
    }
}
