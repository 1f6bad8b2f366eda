import ArgumentParser
import Foundation
import Server

struct People: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A person's requests about their data.", subcommands: [Export.self, Erase.self])

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write everything the programme keeps about a person as JSON.")

        @Argument(help: "The person's id.") var id: String
        @Option(help: "Write to this file instead of standard output.") var output: String?
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await reportingFailures {
                let text = try await PrivacyCommand.export(person: id, location: try database.location()) + "\n"
                if let output {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: output))
                } else {
                    FileHandle.standardOutput.write(Data(text.utf8))
                }
            }
        }
    }

    struct Erase: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Erase a person's data on their request. Receipts, memberships and volunteer time are kept, anonymised.",
            discussion: "This cannot be undone; it runs only with --yes.")

        @Argument(help: "The person's id.") var id: String
        @Flag(help: "Confirm the erasure.") var yes = false
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await reportingFailures {
                guard yes else {
                    throw ValidationError("erasing cannot be undone: add --yes to go ahead")
                }
                print(try await PrivacyCommand.erase(person: id, location: try database.location()))
            }
        }
    }
}
