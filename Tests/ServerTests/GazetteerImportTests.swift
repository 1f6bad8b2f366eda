import CompressNIO
import Domain
import Foundation
import NIOCore
import Storage
import Testing

@testable import Server

@Suite struct GazetteerImportTests {
    static let lines = [
        "1857910\tKyoto\tKyoto\tKioto,Kyōto,京都\t35.02107\t135.75385\tP\tPPLA\tJP\t\t22\t\t\t\t1459640\t\t50\tAsia/Tokyo\t2024-05-14",
        "2973783\tStrasbourg\tStrasbourg\tStraßburg,Strossburi\t48.58392\t7.74553\tP\tPPLA\tFR\t\t44\t\t\t\t274845\t\t144\tEurope/Paris\t2024-01-01",
        "this line is not a place",
        "786714\tPristina\tPristina\tPrishtina\t42.67272\t21.16688\tP\tPPLC\tXQ\t\t\t\t\t\t161751\t\t\tEurope/Belgrade\t2023-01-01",
        "4930956\tBoston\tBoston\tBoston MA\t42.35843\t-71.05977\tP\tPPLA\tUS\t\tMA\t\t\t\t653833\t\t\tAmerica/New_York\t2024-01-01",
    ]

    func write(_ text: String, gzip: Bool) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "geonames-\(UUID()).txt\(gzip ? ".gz" : "")"
        ).path
        var data = Data(text.utf8)
        if gzip {
            var buffer = ByteBuffer(bytes: data)
            let compressed = try buffer.compress(with: .gzip)
            data = Data(compressed.readableBytesView)
        }
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: [false, true])
    func importsPlainOrGzippedReportsBadLinesAndARerunChangesNothing(gzip: Bool) async throws {
        let file = try write(Self.lines.joined(separator: "\r\n") + "\n", gzip: gzip)
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("gz-\(UUID()).sqlite").path
        // A code beyond the built-in ISO 3166-1 table, as a newer countryInfo.txt may list.
        let countries = try write("#ISO\nXQ\tXQX\t0\n", gzip: false)
        defer {
            for path in [file, countries, database, database + "-wal", database + "-shm"] {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
        // Without that countryInfo.txt, XQ is no country: reported, not fatal.
        let first = try await GazetteerImport.run(file: file, countriesFile: nil, location: .sqlite(path: database))
        #expect(first.lines == 5 && first.written.inserted == 3 && first.malformed == 2)
        #expect(first.problems.map(\.line) == [3, 4])
        #expect(first.problems[0].reason == "1 columns where GeoNames has 19")
        #expect(first.report.contains("line 4: unknown country code \"XQ\""))

        let second = try await GazetteerImport.run(
            file: file, countriesFile: countries, location: .sqlite(path: database))
        #expect(second.written == GazetteerWrite(inserted: 1, updated: 0, unchanged: 3))
        #expect(second.malformed == 1)

        try await OperatorServices.with(.sqlite(path: database), label: "test") { services in
            let strasbourg = try #require(try await services.cities.find(geonameID: 2_973_783))
            #expect(strasbourg.countryCode == "FR" && strasbourg.population == 274_845)
            #expect(strasbourg.timeZone == "Europe/Paris")
        }
    }

    @Test(.enabled(if: CommandLineTests.executable != nil, "the sistercities executable is not built"))
    func theCommandPrintsProgressAndASummary() throws {
        let file = try write(Self.lines.joined(separator: "\n"), gzip: true)
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("gz-\(UUID()).sqlite").path
        defer {
            for path in [file, database, database + "-wal", database + "-shm"] {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
        let result = try CommandLineTests().run(["import", "geonames", file, "--database", database])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("3 places added, 0 updated, 0 unchanged, 2 malformed."))
        #expect(result.stdout.contains("line 3: 1 columns where GeoNames has 19"))
        let missing = try CommandLineTests().run(["import", "geonames", "/nonexistent.txt", "--database", database])
        #expect(missing.status == 1 && missing.stderr.contains("cannot read /nonexistent.txt"))
    }
}
