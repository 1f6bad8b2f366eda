import Domain
import Foundation
import Logging
import ServiceLifecycle

/// Sends what the outbox holds: every few seconds, each message due, through the mailer; a failure is recorded
/// and retried later, and after the last attempt the message is marked failed. Nothing is skipped silently.
struct OutboxDispatcher: Service {
    let outbox: any OutboxRepository
    let mailer: any Mailer
    let sender: String
    /// The programme whose mail this server sends; nil for every programme (`sistercities outbox send`).
    let programme: UUID?
    let logger: Logger
    /// What time it is: when a message is due, claimed, sent or failed.
    let clock: WallClock
    var interval: Duration = .seconds(2)
    var first: Duration? = nil

    /// Runs until the server shuts down: a graceful shutdown cancels the wait between rounds.
    func run() async throws {
        try await cancelWhenGracefulShutdown {
            // The first round waits too: a server that fails to start (its port taken) stops before it.
            var wait = first ?? interval
            while (try? await Task.sleep(for: wait)) != nil, !Task.isCancelled {
                wait = interval
                do {
                    _ = try await sendDue(now: clock.now())
                } catch {
                    logger.error("outbox: could not read the outbox", metadata: ["error": "\(error)"])
                }
            }
        }
    }

    /// How long a claimed message is left to this server before another may try it.
    static let lease: TimeInterval = 10 * 60

    /// Attempts every message due now that no other server has taken; answers how many were sent. When the mail
    /// server cannot be reached the round ends at the first message that finds out: the rest are not claimed
    /// and wait for the next round, instead of each waiting out the timeout in turn.
    @discardableResult
    func sendDue(now: Date) async throws -> Int {
        var sent = 0
        for message in try await outbox.due(now: now, limit: 100, in: programme) {
            guard try await outbox.claim(message.id, now: now, leaseEnd: now.addingTimeInterval(Self.lease)) else {
                continue
            }
            do {
                try await mailer.deliver(message, from: sender)
                try await outbox.markSent(message.id, at: clock.now())
                sent += 1
            } catch {
                logger.warning(
                    "outbox: delivery failed", metadata: ["message": "\(message.id)", "error": "\(error)"])
                try await outbox.markFailed(message.id, error: "\(error)", at: clock.now())
                if error is MailServerUnreachable { break }
            }
        }
        return sent
    }
}
