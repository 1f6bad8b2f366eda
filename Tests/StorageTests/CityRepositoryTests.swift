import Domain
import Foundation
import Storage
import TestSupport
import Testing

@Suite struct CityRepositoryTests {
    @Test(arguments: TestDatabase.all)
    func createsReadsUpdatesAndDeletes(database: TestDatabase) async throws {
        try await database.withStore { store in
            let cities = FluentCityRepository(store: store)
            let kyoto = try await cities.create(
                CityDraft(
                    name: "Kyoto", names: ["ja": "京都市"], countryCode: "jp", adminRegion: "Kyoto Prefecture",
                    coordinate: Coordinate(latitude: 35.02107, longitude: 135.75385), timeZone: "Asia/Tokyo",
                    population: 1_463_723, geonameID: 1_857_910, wikidataID: "Q34600"), by: .system("test"))
            let read = try await cities.find(kyoto.id)
            #expect(read == kyoto)
            #expect(read.countryCode == "JP")
            #expect(read.names["ja"] == "京都市")
            #expect(read.coordinate?.latitude == 35.02107)
            #expect(try await cities.find(geonameID: 1_857_910)?.id == kyoto.id)

            var draft = CityDraft(name: "Kyōto", names: ["ja": "京都市"], countryCode: "JP", population: 1_500_000)
            draft.timeZone = "Asia/Tokyo"
            let updated = try await cities.update(kyoto.id, with: draft, by: .system("test"))
            #expect(updated.name == "Kyōto")
            #expect(updated.geonameID == nil)

            try await cities.delete(kyoto.id, by: .system("test"))
            let error = await caught { _ = try await cities.find(kyoto.id) }
            #expect(error as? DomainError == .notFound(entity: "city", id: kyoto.id))
        }
    }

    @Test(arguments: TestDatabase.all)
    func listsFilteredSortedAndPaged(database: TestDatabase) async throws {
        try await database.withStore { store in
            let cities = FluentCityRepository(store: store)
            for (name, country, population) in [
                ("Kyoto", "JP", 1_463_723), ("Kyōtanabe", "JP", 70_000), ("Strasbourg", "FR", 274_845),
                ("Barcelona", "ES", 1_686_208), ("Padua", "IT", 203_725),
            ] {
                _ = try await cities.create(
                    CityDraft(name: name, countryCode: country, population: population), by: .system("test"))
            }
            let all = try await cities.list(CityQuery())
            #expect(all.total == 5)
            #expect(all.items.map(\.name) == ["Barcelona", "Kyōtanabe", "Kyoto", "Padua", "Strasbourg"])

            let japan = try await cities.list(CityQuery(countryCode: "jp"))
            #expect(Set(japan.items.map(\.name)) == ["Kyoto", "Kyōtanabe"])

            // Prefix search folds case and diacritics.
            let kyo = try await cities.list(CityQuery(namePrefix: "KYO"))
            #expect(kyo.total == 2)
            #expect(try await cities.list(CityQuery(namePrefix: "kyōto")).items.map(\.name) == ["Kyoto"])
            #expect(try await cities.list(CityQuery(namePrefix: "%")).total == 5)

            let byPopulation = try await cities.list(CityQuery(page: PageRequest(page: 2, limit: 2), sort: .population))
            #expect(byPopulation.items.map(\.name) == ["Strasbourg", "Padua"])
            #expect(byPopulation.total == 5)
            #expect(byPopulation.pageCount == 3)
            #expect(byPopulation.hasNext)
        }
    }

    @Test(arguments: TestDatabase.all)
    func refusesDuplicateGeoNamesIdsAndDeletingCitiesInUse(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let duplicate = await caught {
                _ = try await fixture.cities.create(
                    CityDraft(name: "Boston", countryCode: "US", geonameID: 4_930_956), by: .system("test"))
            }
            guard case .conflict = duplicate as? DomainError else {
                Issue.record("expected a conflict, got \(String(describing: duplicate))")
                return
            }
            let kyoto = try await fixture.city("Kyoto", "JP")
            _ = try await fixture.partner(kyoto)
            let inUse = await caught { try await fixture.cities.delete(kyoto.id, by: .system("test")) }
            #expect(inUse as? DomainError == .conflict("Kyoto is still used by 1 partnership"))
            let home = await caught { try await fixture.cities.delete(fixture.boston.id, by: .system("test")) }
            guard case .conflict(let message) = home as? DomainError else {
                Issue.record("expected a conflict, got \(String(describing: home))")
                return
            }
            #expect(message.contains("programme"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func invalidDraftsAreRefusedBeforeStorage(database: TestDatabase) async throws {
        try await database.withStore { store in
            let cities = FluentCityRepository(store: store)
            let error = await caught {
                _ = try await cities.create(CityDraft(name: "", countryCode: "XX"), by: .system("test"))
            }
            guard case .invalid(let issues) = error as? DomainError else {
                Issue.record("expected invalid, got \(String(describing: error))")
                return
            }
            #expect(Set(issues.map(\.field)) == ["name", "country"])
            let total = try await cities.list(CityQuery()).total
            #expect(total == 0)
        }
    }
}
