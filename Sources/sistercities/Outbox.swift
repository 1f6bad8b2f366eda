import ArgumentParser
import Server

struct Outbox: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The email outbox: what was sent, and sending what is due.", subcommands: [List.self, Send.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The newest messages: queued, state, attempts, recipient, subject, last error (tab-separated).")

        @Option(help: "How many.") var limit = 50
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await reportingFailures {
                let lines = try await OutboxAdmin.list(
                    location: try database.location(), limit: max(1, min(limit, 1000)))
                if lines.isEmpty { print("The outbox is empty.") }
                for line in lines { print(line) }
            }
        }
    }

    struct Send: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Deliver every message that is due now.")

        @OptionGroup var smtp: SMTPOptions
        @Option(help: "Without --smtp: the folder to write .eml files into.") var mailDir: String?
        @Option(help: "The From of the messages.") var mailFrom = "Sister Cities <no-reply@localhost>"
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await reportingFailures {
                let (sent, waiting) = try await OutboxAdmin.send(
                    location: try database.location(), smtpURL: smtp.smtp, smtpPassword: try smtp.password(),
                    mailDirectory: mailDir, from: mailFrom)
                print("Sent \(sent) message\(sent == 1 ? "" : "s"); \(waiting) waiting for a later attempt.")
            }
        }
    }
}
