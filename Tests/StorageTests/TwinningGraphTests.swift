import Domain
import Foundation
import Storage
import TestSupport
import Testing

@Suite struct TwinningGraphTests {
    /// A small world: Boston–Kyoto–Paris–Rome, Kyoto–Xian, Paris–Xian, Rome–Xian, and Lima alone.
    func world(_ store: Store) async throws -> [String: UUID] {
        let names = ["Boston": "US", "Kyoto": "JP", "Paris": "FR", "Rome": "IT", "Xian": "CN", "Lima": "PE"]
        let places = names.keys.sorted().enumerated().map { index, name in
            GazetteerPlace(
                geonameID: index + 1, name: name, asciiName: name, alternateNames: [],
                coordinate: Coordinate(latitude: 0, longitude: 0), countryCode: names[name]!, population: 1000,
                timeZone: nil)
        }
        _ = try await SQLGazetteerRepository(store: store).upsert(places)
        var ids: [String: UUID] = [:]
        for (index, name) in names.keys.sorted().enumerated() {
            ids[name] = try await FluentCityRepository(store: store).find(geonameID: index + 1)!.id
        }
        let pairs = [
            ("Boston", "Kyoto"), ("Kyoto", "Paris"), ("Paris", "Rome"), ("Kyoto", "Xian"), ("Paris", "Xian"),
            ("Rome", "Xian"), ("Boston", "Rome"),
        ]
        _ = try await FluentWorldTieRepository(store: store).upsert(
            pairs.map {
                WorldTieDraft(
                    cityA: ids[$0.0]!, cityB: ids[$0.1]!, year: nil, kind: .sister, source: "test", domestic: false)
            })
        return ids
    }

    @Test(arguments: TestDatabase.all)
    func partnersOfPartnersAndShortestPaths(database: TestDatabase) async throws {
        try await database.withStore { store in
            let ids = try await world(store)
            let ties = FluentWorldTieRepository(store: store)
            // Boston's partners are Kyoto and Rome; Paris and Xian are twinned with both.
            let found = try await TwinningGraph.partnersOfPartners(of: ids["Boston"]!, in: ties)
            #expect(Set(found.map(\.city)) == [ids["Paris"]!, ids["Xian"]!])
            #expect(found.allSatisfy { $0.shared == [ids["Kyoto"]!, ids["Rome"]!] })
            #expect(try await TwinningGraph.partnersOfPartners(of: ids["Lima"]!, in: ties).isEmpty)

            let path = try await TwinningGraph.shortestPath(from: ids["Boston"]!, to: ids["Xian"]!, in: ties)
            #expect(path?.count == 3 && path?.first == ids["Boston"] && path?.last == ids["Xian"])
            #expect(
                try await TwinningGraph.shortestPath(from: ids["Kyoto"]!, to: ids["Paris"]!, in: ties)
                    == [ids["Kyoto"]!, ids["Paris"]!])
            #expect(try await TwinningGraph.shortestPath(from: ids["Lima"]!, to: ids["Rome"]!, in: ties) == nil)
            #expect(
                try await TwinningGraph.shortestPath(from: ids["Rome"]!, to: ids["Rome"]!, in: ties) == [ids["Rome"]!])
            #expect(
                try await TwinningGraph.shortestPath(from: ids["Boston"]!, to: ids["Xian"]!, in: ties, maxSteps: 1)
                    == nil)

            let countries = try await ties.countries()
            #expect(
                countries.first { $0.countryCode == "FR" } == WorldCountryCount(countryCode: "FR", ties: 3, cities: 1))
            #expect(countries.first { $0.countryCode == "CN" }?.ties == 3)
            #expect(!countries.contains { $0.countryCode == "PE" })
        }
    }
}
