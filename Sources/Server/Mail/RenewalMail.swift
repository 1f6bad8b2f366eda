import Domain
import Foundation
import Logging
import ServiceLifecycle

/// The renewal reminders' wording.
enum RenewalMail {
    static func draft(
        _ membership: Membership, _ reminder: RenewalReminder, name: String, email: String, programme: String
    ) -> MailDraft {
        let expires = membership.expires.map(Format.day) ?? ""
        let fee = membership.level.fee.map { " The fee is \($0.formatted)." } ?? ""
        switch reminder {
        case .expired:
            return MailDraft(
                to: email, subject: "Your \(membership.level.name) membership has ended",
                body: """
                    Dear \(name),

                    Your \(membership.level.name) membership of \(programme) ended on \(expires). Renew within \(membership.level.graceDays) days and nothing lapses.\(fee)

                    \(programme)
                    """)
        default:
            return MailDraft(
                to: email, subject: "Your \(membership.level.name) membership ends on \(expires)",
                body: """
                    Dear \(name),

                    Your \(membership.level.name) membership of \(programme) ends on \(expires). We hope you will renew.\(fee)

                    \(programme)
                    """)
        }
    }
}

/// Queues the renewal reminders that are due: every hour while the server runs, and on demand.
struct ReminderScheduler: Service {
    let services: Services
    let logger: Logger
    var interval: Duration = .seconds(3600)
    var first: Duration? = .seconds(60)

    /// Runs until the server shuts down: a graceful shutdown cancels the wait between rounds.
    func run() async throws {
        try await cancelWhenGracefulShutdown {
            // The first round waits too: a server that fails to start (its port taken) stops before it.
            var wait = first ?? interval
            while (try? await Task.sleep(for: wait)) != nil, !Task.isCancelled {
                wait = interval
                do {
                    _ = try await Self.queue(services: services, now: Date())
                } catch {
                    logger.error("reminders: could not queue", metadata: ["error": "\(error)"])
                }
            }
        }
    }

    static func queue(services: Services, now: Date) async throws -> ReminderRun {
        let programme = try await services.programmes.find(services.programmeID).name
        return try await services.memberships.queueReminders(at: now, in: services.programmeID) {
            membership, reminder, name, email in
            RenewalMail.draft(membership, reminder, name: name, email: email, programme: programme)
        }
    }
}
