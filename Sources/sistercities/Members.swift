import ArgumentParser
import Server

struct Members: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Members of the programme.", subcommands: [Remind.self])

    struct Remind: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Queue the renewal reminders due now in the outbox (the server also does this every hour).",
            discussion: "Each reminder is recorded once per expiry, so running this again queues nothing twice. "
                + "Deliver the outbox with `sistercities outbox send`, or let a running server do it.")

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await reportingFailures {
                let (queued, withoutEmail) = try await RemindCommand.run(location: try database.location())
                print(
                    "\(queued) reminder\(queued == 1 ? "" : "s") queued; \(withoutEmail) recorded without an email (no address, or superseded)."
                )
            }
        }
    }
}
