import Domain
import Foundation
import Logging
import ServiceLifecycle

/// The renewal reminders' wording, in the language the member reads the programme's emails in.
enum RenewalMail {
    /// The expiry is a calendar day (stored as its UTC midnight), so it is written as the UTC day.
    static func draft(
        _ membership: Membership, _ reminder: RenewalReminder, name: String, email: String, programme: String,
        t: Localizer
    ) -> MailDraft {
        let level = membership.level
        let values = [
            "name": name, "level": level.name, "programme": programme,
            "expires": membership.expires.map { t.day($0) } ?? "",
            "fee": level.fee.map { t("mail.renewal.fee", ["fee": t.money($0)]) } ?? "",
            "grace": t("mail.renewal.graceDays", count: level.graceDays),
        ]
        switch reminder {
        case .expired:
            return MailDraft(
                to: email, subject: t("mail.renewal.expired.subject", values),
                body: t("mail.renewal.expired.body", values))
        default:
            return MailDraft(
                to: email, subject: t("mail.renewal.due.subject", values), body: t("mail.renewal.due.body", values))
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
                    _ = try await Self.queue(services: services, now: services.clock.now())
                } catch {
                    logger.error("reminders: could not queue", metadata: ["error": "\(error)"])
                }
            }
        }
    }

    static func queue(services: Services, now: Date) async throws -> ReminderRun {
        let programme = try await services.programmes.find(services.programmeID)
        return try await services.memberships.queueReminders(at: now, in: services.programmeID) {
            membership, reminder, member, email in
            let t = MailLanguage.localizer(person: member.draft.language, programme: programme.language)
            return RenewalMail.draft(
                membership, reminder, name: member.name(for: t.language), email: email, programme: programme.name, t: t)
        }
    }
}
