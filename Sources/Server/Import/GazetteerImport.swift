import Domain
import Foundation
import Logging
import Storage

/// `sistercities import geonames FILE`: GeoNames' cities dump into the cities table, upserted by GeoNames id,
/// streamed and written in batches, each in its own transaction. A re-run writes nothing.
public enum GazetteerImport {
    public struct Progress: Sendable {
        public var lines: Int
        public var bytesRead: Int
        public var fileSize: Int
    }

    public struct Summary: Sendable {
        public var lines = 0
        public var written = GazetteerWrite()
        public var malformed = 0
        /// The first problems, by line.
        public var problems: [GeoNamesLine.Problem] = []
        public var seconds = 0.0

        public var places: Int { written.inserted + written.updated + written.unchanged }

        public var report: String {
            var text =
                "Read \(lines) lines in \(String(format: "%.1f", seconds)) s (\(Int(Double(lines) / max(seconds, 0.001))) lines/s): \(written.inserted) places added, \(written.updated) updated, \(written.unchanged) unchanged, \(malformed) malformed."
            for problem in problems { text += "\n  \(problem)" }
            if malformed > problems.count { text += "\n  … and \(malformed - problems.count) more" }
            return text
        }
    }

    /// 2,000 places of 16 columns: 32,000 bound values, within PostgreSQL's 65,535.
    public static let batchSize = 2000
    static let problemsShown = 20

    public static func run(
        file: String, countriesFile: String?, location: DatabaseLocation,
        progress: (Progress) -> Void = { _ in }
    ) async throws -> Summary {
        var countries = Set(Country.all.map(\.code))
        if let countriesFile {
            guard let text = try? String(contentsOfFile: countriesFile, encoding: .utf8) else {
                throw AccountAdminError(description: "cannot read \(countriesFile)")
            }
            countries.formUnion(GeoNamesLine.countryCodes(countryInfo: text))
        }
        guard FileManager.default.isReadableFile(atPath: file) else {
            throw AccountAdminError(description: "cannot read \(file)")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        return try await OperatorServices.withStore(location, label: "import") { store, _ in
            try await importLines(
                from: LineReader(path: file), countries: countries, into: SQLGazetteerRepository(store: store),
                fileSize: size, progress: progress)
        }
    }

    static func importLines(
        from reader: LineReader, countries: Set<String>, into gazetteer: any GazetteerRepository, fileSize: Int,
        progress: (Progress) -> Void
    ) async throws -> Summary {
        let started = ContinuousClock.now
        var summary = Summary()
        var batch: [GazetteerPlace] = []
        batch.reserveCapacity(batchSize)
        let bytes = try await reader.forEachChunk { lines, read in
            for line in lines {
                summary.lines = line.number
                guard let text = line.text else {
                    summary.record(GeoNamesLine.Problem(line: line.number, reason: "not UTF-8 text"))
                    continue
                }
                if text.isEmpty { continue }
                switch GeoNamesLine.parse(text, number: line.number, countries: countries) {
                case .success(let place):
                    batch.append(place)
                    if batch.count == batchSize {
                        summary.written = summary.written + (try await gazetteer.upsert(batch))
                        batch.removeAll(keepingCapacity: true)
                    }
                case .failure(let problem):
                    summary.record(problem)
                }
            }
            progress(Progress(lines: summary.lines, bytesRead: read, fileSize: fileSize))
        }
        if !batch.isEmpty { summary.written = summary.written + (try await gazetteer.upsert(batch)) }
        summary.seconds = (ContinuousClock.now - started).inSeconds
        progress(Progress(lines: summary.lines, bytesRead: bytes, fileSize: fileSize))
        return summary
    }
}

extension GazetteerImport.Summary {
    mutating func record(_ problem: GeoNamesLine.Problem) {
        malformed += 1
        if problems.count < GazetteerImport.problemsShown { problems.append(problem) }
    }
}
