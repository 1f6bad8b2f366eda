import Domain
import Foundation
import Logging
import Storage

/// The outbox for operators' scripts: `sistercities outbox list` and `sistercities outbox send`.
public enum OutboxAdmin {
    /// The newest messages, one tab-separated line each: queued, state, attempts, recipient, subject, last error.
    public static func list(location: DatabaseLocation, limit: Int) async throws -> [String] {
        try await OperatorServices.withStore(location, label: "outbox") { store, logger in
            try await FluentOutboxRepository(store: store).recent(limit: limit, in: nil).map { message in
                [
                    Timestamp.format(message.createdAt), message.state.rawValue, String(message.attempts), message.to,
                    message.subject, message.lastError ?? "",
                ].joined(separator: "\t")
            }
        }
    }

    /// Delivers every message due now, as the server's background task does (for a cron job, or to drain the
    /// outbox of a server that runs without mail). Answers how many were sent and how many are still waiting.
    public static func send(
        location: DatabaseLocation, smtpURL: String?, smtpPassword: String?, mailDirectory: String?,
        from sender: String
    ) async throws -> (sent: Int, waiting: Int) {
        var config = AppConfig(database: location)
        config.smtpURL = smtpURL
        config.smtpPassword = smtpPassword
        config.mailDirectory = mailDirectory
        guard let mailer = try config.mailer() else {
            throw AccountAdminError(description: "give --smtp or --mail-dir: where the mail should go")
        }
        return try await OperatorServices.withStore(location, label: "outbox") { store, logger in
            let outbox = FluentOutboxRepository(store: store)
            let sent = try await OutboxDispatcher(
                outbox: outbox, mailer: mailer, sender: sender, programme: nil, logger: logger, clock: store.clock
            )
            .sendDue(now: store.clock.now())
            let waiting = try await outbox.due(now: .distantFuture, limit: 10_000, in: nil).count
            return (sent, waiting)
        }
    }
}
