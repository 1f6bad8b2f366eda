import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Storage
import TestSupport
import Testing

@testable import Server

@Suite struct TwinImportTests {
    static let gazetteer = [
        "1\tBerat\tBerat\t\t40.7\t19.95\tP\tPPLA\tAL\t\t\t\t\t\t60031\t\t\tEurope/Tirane\t",
        "2\tFermo\tFermo\t\t43.16\t13.72\tP\tPPLA\tIT\t\t\t\t\t\t37000\t\t\tEurope/Rome\t",
        "3\tKispest\tKispest\t\t47.45\t19.14\tP\tPPLX\tHU\t\t\t\t\t\t61453\t\t\tEurope/Budapest\t",
        "4\tSefton\tSefton\t\t53.5\t-3.0\tP\tPPL\tGB\t\t\t\t\t\t177000\t\t\tEurope/London\t",
        "5\tSpringfield\tSpringfield\t\t39.8\t-89.6\tP\tPPLA\tUS\t\t\t\t\t\t1000\t\t\tAmerica/Chicago\t",
        "6\tSpringfield\tSpringfield\t\t42.1\t-72.5\tP\tPPL\tUS\t\t\t\t\t\t1000\t\t\tAmerica/New_York\t",
        "7\tAachen\tAachen\tAix-la-Chapelle\t50.77\t6.08\tP\tPPLA3\tDE\t\t\t\t\t\t249070\t\t\tEurope/Berlin\t",
        "8\tPrague\tPrague\tPraha,Prag\t50.08\t14.42\tP\tPPLC\tCZ\t\t\t\t\t\t1165581\t\t\tEurope/Prague\t",
        "9\tCottbus\tCottbus\t\t51.75\t14.33\tP\tPPLA3\tDE\t\t\t\t\t\t99000\t\t\tEurope/Berlin\t",
    ]

    static let wikipedia = """
        city1,country1,city2,country2
        Berat,Albania,Fermo,Italy
        Kispest (Budapest),Hungary,Sefton,"England, United Kingdom"
        Springfield,United States,Berat,Albania
        Atlantis,Nowhere,Fermo,Italy
        Fermo,Italy,Fermo,Italy
        Broken,Line
        """

    static let german = """
        "gemeindename","plz","bundesland","latitude","longitude","partnergemeinde","land","kontinent","seit","form","latitude_partner","longitude_partner"
        "Aachen","52062","NRW","50.776","6.0872","Praha (Prag)","Tschech. Republik","Europa","1990","p","",""
        "Aachen","52062","NRW","50.776","6.0872","Cottbus","Deutschland","Europa","1989","f","",""
        "Aachen","52062","NRW","50.776","6.0872","Berat","Albanien","Europa","","k","",""
        """

    func file(_ text: String, _ ext: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("twins-\(UUID()).\(ext)").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func listsAreReconciledReportedAndWrittenOnce() async throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("tw-\(UUID()).sqlite").path
        let places = try file(Self.gazetteer.joined(separator: "\n"), "txt")
        let wiki = try file(Self.wikipedia, "csv")
        let german = try file(Self.german, "csv")
        let report = try file("", "csv")
        defer {
            for path in [database, database + "-wal", database + "-shm", places, wiki, german, report] {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
        _ = try await GazetteerImport.run(file: places, countriesFile: nil, location: .sqlite(path: database))
        let first = try await TwinImport.run(
            file: wiki, format: "wikipedia-list", reportPath: report, location: .sqlite(path: database))
        // Berat, Fermo, Kispest, Sefton reconciled; Springfield ambiguous; Atlantis unmatched.
        #expect(first.places == 6 && first.matched == 4 && first.ambiguous == 1 && first.unmatched == 1)
        #expect(first.malformed == 1 && first.selfPairs == 1)
        #expect(first.ties == WorldTieWrite(added: 2, merged: 0, unchanged: 0))
        let rows = ExportTests.parse(try String(contentsOfFile: report, encoding: .utf8))
        #expect(rows.count == 6)
        let kispest = try #require(rows.first { $0[1] == "Kispest (Budapest)" })
        #expect(kispest[3] == "matched" && kispest[4] == "3" && kispest[5].contains("as \"Kispest\""))
        let springfield = try #require(rows.first { $0[1] == "Springfield" })
        #expect(springfield[3] == "ambiguous" && springfield[5].hasPrefix("candidates: Springfield (5"))
        let atlantis = try #require(rows.first { $0[1] == "Atlantis" })
        #expect(atlantis[3] == "unmatched" && atlantis[5] == "unknown country label \"Nowhere\"")
        #expect(atlantis[11] == "not written: a place was not reconciled")

        let again = try await TwinImport.run(
            file: wiki, format: "wikipedia-list", reportPath: report, location: .sqlite(path: database))
        #expect(again.ties == WorldTieWrite(added: 0, merged: 0, unchanged: 2))

        let de = try await TwinImport.run(
            file: german, format: "german-partnerships", reportPath: report, location: .sqlite(path: database))
        #expect(de.matched == 4 && de.ties.added == 3)
        try await OperatorServices.with(.sqlite(path: database), label: "test") { services in
            let aachen = try #require(try await services.cities.find(geonameID: 7))
            let partners = try await services.worldTies.partners(of: aachen.id)
            #expect(partners.map(\.city.name) == ["Berat", "Cottbus", "Prague"])
            #expect(partners.map(\.kind) == [.contact, .friendship, .partnership])
            #expect(partners[1].domestic && partners[2].year == 1990)
        }
    }

    @Test func theWorldDirectoryIsPublicAsJSONAndAsAPage() async throws {
        try await withApp { app async throws in
            let places = try await SQLGazetteerRepository(store: app.store).upsert(
                Self.gazetteer.enumerated().map { index, line in
                    try! GeoNamesLine.parse(line[...], number: index + 1, countries: Set(Country.all.map(\.code))).get()
                })
            #expect(places.inserted == 9)
            let cities = FluentCityRepository(store: app.store)
            let berat = try #require(try await cities.find(geonameID: 1))
            let fermo = try #require(try await cities.find(geonameID: 2))
            _ = try await FluentWorldTieRepository(store: app.store).upsert([
                WorldTieDraft(
                    cityA: berat.id, cityB: fermo.id, year: 2004, kind: .sister, source: "wikipedia-list",
                    domestic: false)
            ])
            let json = try JSONBody.object(try await app.send(.get, "/api/v1/world/cities/2/partners", as: .anonymous))
            let partners = try #require(json["partners"] as? [[String: Any]])
            #expect((partners.first?["city"] as? [String: Any])?["name"] as? String == "Berat")
            #expect(
                partners.first?["year"] as? Int == 2004 && partners.first?["sources"] as? [String] == ["wikipedia-list"]
            )
            #expect(
                try await app.send(.get, "/api/v1/world/cities/999999/partners", as: .anonymous).status == .notFound)
            let page = try await app.send(.get, "/world/cities/1", as: .anonymous)
            #expect(page.status == .ok)
            #expect(page.text.contains(#"<a href="/world/cities/2">Fermo</a>"#) && page.text.contains("since 2004"))
            let lonely = try await app.send(.get, "/world/cities/4", as: .anonymous)
            #expect(lonely.text.contains("The world directory knows no twin of Sefton yet."))
            let found = try JSONBody.items(try await app.send(.get, "/api/v1/world/cities?q=praha", as: .anonymous))
            #expect(found.first?["geonameId"] as? Int == 8)
            // The length is the query as sent: 99 characters after two of white space are still 101.
            let long = "%C2%85%C2%85" + String(repeating: "0", count: 99)
            #expect(try await app.send(.get, "/api/v1/world/cities?q=\(long)", as: .anonymous).status == .badRequest)
            #expect(try await app.send(.get, "/api/v1/world/cities", as: .anonymous).status == .badRequest)
            #expect(
                try JSONBody.items(try await app.send(.get, "/api/v1/world/cities?q=%20%0A", as: .anonymous)).isEmpty)
        }
    }

    @Test func partnersOfPartnersPathsAndCountriesAnswerPublicly() async throws {
        // The ties are written through a second handle, as an import would: read the revision every time.
        try await withApp(configure: { $0.revisionMaxAge = .zero }) { app async throws in
            _ = try await SQLGazetteerRepository(store: app.store).upsert(
                Self.gazetteer.enumerated().map { index, line in
                    try! GeoNamesLine.parse(line[...], number: index + 1, countries: Set(Country.all.map(\.code))).get()
                })
            let cities = FluentCityRepository(store: app.store)
            var id: [Int: UUID] = [:]
            for geonameID in 1...4 { id[geonameID] = try #require(try await cities.find(geonameID: geonameID)).id }
            // Berat (1) and Sefton (4) are both twinned with Fermo (2) and Kispest (3).
            _ = try await FluentWorldTieRepository(store: app.store).upsert(
                [(1, 2), (1, 3), (4, 2), (4, 3)].map {
                    WorldTieDraft(
                        cityA: id[$0.0]!, cityB: id[$0.1]!, year: nil, kind: .sister, source: "wikipedia-list",
                        domestic: false)
                })
            let pop = try JSONBody.object(
                try await app.send(.get, "/api/v1/world/cities/1/partners-of-partners", as: .anonymous))
            let items = try #require(pop["items"] as? [[String: Any]])
            #expect((items.first?["city"] as? [String: Any])?["name"] as? String == "Sefton")
            #expect(
                (items.first?["shared"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == [
                    "Fermo", "Kispest",
                ])
            let path = try JSONBody.object(try await app.send(.get, "/api/v1/world/path?from=1&to=4", as: .anonymous))
            #expect(path["steps"] as? Int == 2)
            #expect((path["path"] as? [[String: Any]])?.first?["name"] as? String == "Berat")
            let none = try JSONBody.object(try await app.send(.get, "/api/v1/world/path?from=1&to=5", as: .anonymous))
            #expect(none["steps"] == nil && none["path"] == nil)
            #expect(try await app.send(.get, "/api/v1/world/path?from=1", as: .anonymous).status == .badRequest)
            #expect(try await app.send(.get, "/api/v1/world/path?from=1&to=999999", as: .anonymous).status == .notFound)
            let countries = try JSONBody.items(try await app.send(.get, "/api/v1/world/countries", as: .anonymous))
            #expect(countries.first { $0["countryCode"] as? String == "IT" }?["ties"] as? Int == 2)
            // Counts are kept between requests, and counted again once the directory changes.
            _ = try await FluentWorldTieRepository(store: app.store).upsert([
                WorldTieDraft(
                    cityA: id[2]!, cityB: id[3]!, year: nil, kind: .sister, source: "wikipedia-list", domestic: false)
            ])
            let recounted = try JSONBody.items(try await app.send(.get, "/api/v1/world/countries", as: .anonymous))
            #expect(recounted.first { $0["countryCode"] as? String == "IT" }?["ties"] as? Int == 3)

            let city = try await app.send(.get, "/world/cities/1", as: .anonymous)
            #expect(
                city.text.contains("Twinned with several of its partners")
                    && city.text.contains("Shares 2: Fermo, Kispest"))
            let world = try await app.send(.get, "/world?from=Berat&to=Sefton", as: .anonymous)
            #expect(world.text.contains("2 ties apart:"))
            #expect(world.text.contains(#"<a href="/world/cities/4">Sefton (United Kingdom)</a>"#))
            let unknown = try await app.send(.get, "/world?from=Atlantis&to=Sefton", as: .anonymous)
            #expect(unknown.text.contains("No city is called “Atlantis”."))
        }
    }

    @Test func staffAdoptAWorldTieIntoTheProgramme() async throws {
        try await withApp { app async throws in
            // The demo's home city is Boston (GeoNames 4930956); the lists twin it with Fermo and, as a mere
            // contact, with Berat.
            _ = try await SQLGazetteerRepository(store: app.store).upsert(
                Self.gazetteer.prefix(2).enumerated().map { index, line in
                    try! GeoNamesLine.parse(line[...], number: index + 1, countries: Set(Country.all.map(\.code))).get()
                })
            let cities = FluentCityRepository(store: app.store)
            let boston = try #require(try await cities.find(geonameID: 4_930_956))
            let berat = try #require(try await cities.find(geonameID: 1))
            let fermo = try #require(try await cities.find(geonameID: 2))
            _ = try await FluentWorldTieRepository(store: app.store).upsert([
                WorldTieDraft(
                    cityA: boston.id, cityB: fermo.id, year: 1986, kind: .partnership, source: "german-partnerships",
                    domestic: false),
                WorldTieDraft(
                    cityA: boston.id, cityB: berat.id, year: nil, kind: .contact, source: "german-partnerships",
                    domestic: false),
            ])
            #expect(try await app.send(.post, "/api/v1/world/adopt", json: #"{"geonameId":1}"#).status == .conflict)
            #expect(
                try await app.send(.post, "/api/v1/world/adopt", json: #"{"geonameId":1857910}"#).status
                    == .unprocessableContent)
            let viewer = try await app.user(.viewer).token
            #expect(
                try await app.send(.post, "/api/v1/world/adopt", json: #"{"geonameId":2}"#, as: .token(viewer)).status
                    == .forbidden)

            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            try await browser.signIn("staff@example.org")
            let page = try await browser.send(.get, "/world/cities/4930956")
            #expect(page.text.contains("Adopt into our programme"))
            #expect(page.text.components(separatedBy: "Adopt into our programme").count == 2)
            let csrf = try #require(Browser.csrfToken(in: page.text))
            let adopted = try await browser.send(.post, "/world/adopt", form: ["csrf_token": csrf, "geonameId": "2"])
            #expect(adopted.status == .seeOther)
            let location = try #require(adopted.headers[.location])
            let partnership = try await app.getJSON("/api/v1\(location)")
            #expect(partnership["kind"] as? String == "partner" && partnership["established"] as? String == "1986")
            #expect(
                (partnership["sources"] as? [[String: String]])?.first?["url"]
                    == "https://github.com/muenchdo/TwinTowns")
            let after = try await browser.send(.get, "/world/cities/4930956")
            #expect(!after.text.contains("Adopt into our programme"))
            #expect(try await app.send(.post, "/api/v1/world/adopt", json: #"{"geonameId":2}"#).status == .conflict)
            #expect(!(try await app.send(.get, "/world/cities/4930956", as: .anonymous)).text.contains("Adopt"))
        }
    }

    @Test(.enabled(if: CommandLineTests.executable != nil, "the sistercities executable is not built"))
    func theCommandPrintsTheShareReconciled() async throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("tw-\(UUID()).sqlite").path
        let places = try file(Self.gazetteer.joined(separator: "\n"), "txt")
        let wiki = try file(Self.wikipedia, "csv")
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID()).csv").path
        defer {
            for path in [database, database + "-wal", database + "-shm", places, wiki, report] {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
        _ = try CommandLineTests().run(["import", "geonames", places, "--database", database])
        let result = try CommandLineTests().run([
            "import", "twins", wiki, "--format", "wikipedia-list", "--report", report, "--database", database,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("6 distinct places, 4 reconciled (66.7%), 1 ambiguous, 1 unmatched"))
        #expect(FileManager.default.fileExists(atPath: report))
        let bad = try CommandLineTests().run(["import", "twins", wiki, "--format", "csv", "--database", database])
        #expect(bad.status == 1 && bad.stderr.contains("--format must be one of wikipedia-list, german-partnerships"))
    }
}
