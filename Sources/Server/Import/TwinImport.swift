import Domain
import Foundation
import Logging
import Storage

/// `sistercities import twins FILE --format …`: a twin-town list reconciled to the gazetteer and written into
/// the world directory, with a reconciliation report of every row. A re-run adds nothing.
public enum TwinImport {
    public struct Summary: Sendable {
        public var rows = 0
        public var malformed = 0
        public var problems: [GeoNamesLine.Problem] = []
        public var places = 0
        public var matched = 0
        public var ambiguous = 0
        public var unmatched = 0
        public var selfPairs = 0
        public var ties = WorldTieWrite()
        public var reportPath = ""
        public var seconds = 0.0

        /// The share of distinct places reconciled to one gazetteer city.
        public var share: Double { places == 0 ? 0 : Double(matched) / Double(places) }

        public var report: String {
            var text = """
                Read \(rows) rows in \(String(format: "%.1f", seconds)) s: \(places) distinct places, \(matched) reconciled (\(String(format: "%.1f", share * 100))%), \(ambiguous) ambiguous, \(unmatched) unmatched; \(malformed) malformed rows, \(selfPairs) pairs of a place with itself.
                Ties: \(ties.added) added, \(ties.merged) already there from another list, \(ties.unchanged) unchanged.
                Reconciliation report: \(reportPath)
                """
            for problem in problems { text += "\n  \(problem)" }
            return text
        }
    }

    public static var formats: [String] { TwinFormat.allCases.map(\.rawValue) }

    public static func run(
        file: String, format name: String, reportPath: String?, location: DatabaseLocation
    ) async throws -> Summary {
        guard let format = TwinFormat(rawValue: name) else {
            throw AccountAdminError(description: "--format must be one of \(formats.joined(separator: ", "))")
        }
        guard FileManager.default.isReadableFile(atPath: file) else {
            throw AccountAdminError(description: "cannot read \(file)")
        }
        let report =
            reportPath ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent + ".reconciliation.csv"
        return try await OperatorServices.withStore(location, label: "import") { store, _ in
            var summary = try await importRows(
                from: LineReader(path: file), format: format, cities: FluentCityRepository(store: store),
                ties: FluentWorldTieRepository(store: store), report: report)
            summary.reportPath = report
            return summary
        }
    }

    struct PlaceKey: Hashable {
        var name: String
        var countryLabel: String
    }

    static func importRows(
        from reader: LineReader, format: TwinFormat, cities: any CityRepository, ties: any WorldTieRepository,
        report: String
    ) async throws -> Summary {
        let started = ContinuousClock.now
        var summary = Summary()
        var rows: [TwinRow] = []
        try await reader.forEachChunk { lines, _ in
            for line in lines {
                guard let text = line.text else {
                    summary.record(GeoNamesLine.Problem(line: line.number, reason: "not UTF-8 text"))
                    continue
                }
                if text.isEmpty { continue }
                switch format.row(CSVLine.fields(text), line: line.number) {
                case .none: continue
                case .success(let row)?: rows.append(row)
                case .failure(let problem)?: summary.record(problem)
                }
            }
        }
        summary.rows = rows.count + summary.malformed

        // Each distinct place is looked up once.
        var places: [PlaceKey: Reconciliation] = [:]
        for row in rows {
            for label in [row.a, row.b] {
                let key = PlaceKey(name: label.name, countryLabel: label.countryLabel)
                if places[key] == nil {
                    places[key] = try await reconcile(label, language: format.language, cities: cities)
                }
            }
        }
        summary.places = places.count
        for value in places.values {
            switch value {
            case .matched: summary.matched += 1
            case .ambiguous: summary.ambiguous += 1
            case .unmatched: summary.unmatched += 1
            }
        }

        var drafts: [WorldTieDraft] = []
        var outcome: [Int: String] = [:]
        for row in rows {
            let a = places[PlaceKey(name: row.a.name, countryLabel: row.a.countryLabel)]!
            let b = places[PlaceKey(name: row.b.name, countryLabel: row.b.countryLabel)]!
            guard let cityA = a.city, let cityB = b.city else {
                outcome[row.line] = "not written: a place was not reconciled"
                continue
            }
            if cityA.id == cityB.id {
                summary.selfPairs += 1
                outcome[row.line] = "not written: both sides are \(cityA.name)"
                continue
            }
            drafts.append(
                WorldTieDraft(
                    cityA: cityA.id, cityB: cityB.id, year: row.year, kind: row.kind, source: format.rawValue,
                    domestic: cityA.countryCode == cityB.countryCode))
            outcome[row.line] = cityA.countryCode == cityB.countryCode ? "written (domestic)" : "written"
        }
        for start in stride(from: 0, to: drafts.count, by: 1000) {
            let write = try await ties.upsert(Array(drafts[start..<min(start + 1000, drafts.count)]))
            summary.ties.added += write.added
            summary.ties.merged += write.merged
            summary.ties.unchanged += write.unchanged
        }
        try writeReport(rows: rows, places: places, outcome: outcome, to: report)
        summary.seconds = (ContinuousClock.now - started).inSeconds
        return summary
    }

    static func reconcile(
        _ label: PlaceLabel, language: CountryLabels.Language, cities: any CityRepository
    ) async throws -> Reconciliation {
        guard let country = CountryLabels.code(label.countryLabel, language: language) else {
            return .unmatched(
                reason: label.countryLabel.isEmpty
                    ? "no country given" : "unknown country label \"\(label.countryLabel)\"")
        }
        for variant in label.variants {
            let found = try await cities.named(variant, in: country)
            if let decision = Reconciliation.decide(found, variant: variant, original: label.name) {
                return decision
            }
        }
        return .unmatched(reason: "no city named \"\(label.name)\" in \(country) in the gazetteer")
    }

    /// Every row, each side matched, ambiguous (with its candidates) or unmatched (with the reason).
    static func writeReport(
        rows: [TwinRow], places: [PlaceKey: Reconciliation], outcome: [Int: String], to path: String
    ) throws {
        var table = CSVTable(header: [
            "line", "city1", "country1", "status1", "geonameid1", "detail1", "city2", "country2", "status2",
            "geonameid2", "detail2", "tie",
        ])
        func columns(_ reconciliation: Reconciliation) -> [String] {
            switch reconciliation {
            case .matched(let city, let note):
                return ["matched", city.geonameID.map(String.init) ?? "", "\(city.name), \(city.countryCode): \(note)"]
            case .ambiguous(let candidates):
                let list = candidates.prefix(5).map {
                    "\($0.name) (\($0.geonameID.map(String.init) ?? "?"), population \($0.population.map(String.init) ?? "unknown"))"
                }
                return ["ambiguous", "", "candidates: " + list.joined(separator: "; ")]
            case .unmatched(let reason):
                return ["unmatched", "", reason]
            }
        }
        for row in rows {
            let a = places[PlaceKey(name: row.a.name, countryLabel: row.a.countryLabel)]!
            let b = places[PlaceKey(name: row.b.name, countryLabel: row.b.countryLabel)]!
            table.append(
                [String(row.line), row.a.name, row.a.countryLabel] + columns(a) + [row.b.name, row.b.countryLabel]
                    + columns(b) + [outcome[row.line] ?? ""])
        }
        try Data(table.text.utf8).write(to: URL(fileURLWithPath: path))
    }
}

extension TwinImport.Summary {
    mutating func record(_ problem: GeoNamesLine.Problem) {
        malformed += 1
        if problems.count < 20 { problems.append(problem) }
    }
}
