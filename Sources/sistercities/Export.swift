import ArgumentParser
import Foundation
import Server

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a staff list as CSV (RFC 4180, UTF-8, a header row).",
        discussion: "Lists: \(ExportCommand.lists.joined(separator: ", ")). With --year, contributions are those "
            + "of that fiscal year and volunteer hours those of that calendar year.")

    @Argument(help: "The list: \(ExportCommand.lists.joined(separator: ", ")).") var list: String
    @Option(help: "Only this year.") var year: Int?
    @Option(help: "Write to this file instead of standard output.") var output: String?
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await reportingFailures {
            let text = try await ExportCommand.csv(list: list, year: year, location: try database.location())
            if let output {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output))
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }
}
