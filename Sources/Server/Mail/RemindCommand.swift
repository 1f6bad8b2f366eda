import Domain
import Foundation
import Storage

/// Membership renewal reminders for operators' scripts: `sistercities members remind`, as the server does hourly.
public enum RemindCommand {
    /// Queues every reminder due now; answers how many were queued and how many recorded without an email.
    public static func run(location: DatabaseLocation) async throws -> (queued: Int, withoutEmail: Int) {
        try await OperatorServices.with(location, label: "members") { services in
            let run = try await ReminderScheduler.queue(services: services, now: services.clock.now())
            return (run.queued, run.recordedWithoutEmail)
        }
    }
}
