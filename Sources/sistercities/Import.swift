import ArgumentParser
import Foundation
import Server

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import data written by others.", subcommands: [GeoNames.self, Twins.self])

    struct GeoNames: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "geonames",
            abstract: "Import GeoNames' cities dump (cities500.txt, plain or gzipped) into the cities table.",
            discussion: """
                Places are upserted by GeoNames id in batches of \(GazetteerImport.batchSize), each in its own \
                transaction; a re-run writes nothing. Lines that cannot be read are reported and skipped.
                """)

        @Argument(help: "The dump: 19 tab-separated columns a line, plain or .gz.") var file: String
        @Option(help: "GeoNames' countryInfo.txt, for country codes beyond ISO 3166-1 (XK).") var countries: String?
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await reportingFailures {
                let terminal = isatty(STDERR_FILENO) == 1
                var lastPrinted = 0
                let summary = try await GazetteerImport.run(
                    file: file, countriesFile: countries, location: try database.location()
                ) { progress in
                    if terminal {
                        FileHandle.standardError.write(Data(ProgressBar.line(progress).utf8))
                    } else if progress.lines - lastPrinted >= 50_000 {
                        lastPrinted = progress.lines
                        FileHandle.standardError.write(Data("\(progress.lines) lines read\n".utf8))
                    }
                }
                if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
                print(summary.report)
            }
        }
    }
}

extension Import {
    struct Twins: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "twins",
            abstract: "Reconcile a twin-town list to the gazetteer and write its ties into the world directory.",
            discussion: """
                Import the gazetteer first (sistercities import geonames). Each place is matched by name, \
                alternate name, the name without its bracketed qualifier or the qualifier itself, in the \
                country its label names; ties go to the most populous. Every row goes into the \
                reconciliation report, matched, ambiguous or unmatched with the reason. A re-run adds nothing.
                """)

        @Argument(help: "The list, as CSV.") var file: String
        @Option(help: "\(TwinImport.formats.joined(separator: " or ")).") var format: String
        @Option(help: "Where to write the reconciliation report (CSV).") var report: String?
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await reportingFailures {
                let summary = try await TwinImport.run(
                    file: file, format: format, reportPath: report, location: try database.location())
                print(summary.report)
            }
        }
    }
}

/// "[#########-----------]  45%  105,000 lines" redrawn in place on a terminal.
enum ProgressBar {
    static func line(_ progress: GazetteerImport.Progress) -> String {
        let share = progress.fileSize > 0 ? min(1, Double(progress.bytesRead) / Double(progress.fileSize)) : 0
        let width = 30
        let done = Int(share * Double(width))
        return "\r[" + String(repeating: "#", count: done) + String(repeating: "-", count: width - done) + "] "
            + String(format: "%3d%%", Int(share * 100)) + "  \(progress.lines) lines"
    }
}
