import ArgumentParser
import Server

struct Milestones: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the programme's milestone anniversaries in a range of years, with when to start planning.")

    @Option(help: "First year.") var from: Int
    @Option(help: "Last year (at most 100 after --from).") var to: Int
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await reportingFailures {
            let lines = try await MilestoneReport.lines(location: try database.location(), from: from, to: to)
            if lines.isEmpty { print("No milestone anniversaries from \(from) to \(to).") }
            for line in lines { print(line) }
        }
    }
}
