import Domain
import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import Testing

@testable import Server

/// An SMTP server on 127.0.0.1 that speaks just enough of RFC 5321 (and STARTTLS, RFC 3207) to receive mail,
/// and records it.
final class FakeSMTPServer: Sendable {
    /// What the server heard, kept under a lock: the connection's task writes, the test reads.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [(text: String, secure: Bool)] = []
        private var mail: [String] = []

        func record(_ line: String, secure: Bool) { lock.withLock { lines.append((line, secure)) } }
        func deliver(_ message: String) { lock.withLock { mail.append(message) } }
        var transcript: [String] { lock.withLock { lines.map(\.text) } }
        /// The commands heard before TLS began.
        var clearText: [String] { lock.withLock { lines.filter { !$0.secure }.map(\.text) } }
        var messages: [String] { lock.withLock { mail } }
    }

    enum Behaviour: Sendable {
        case normal
        /// Answers RCPT TO with 550, as a server that does not know the address would.
        case rejectRecipients
        /// Accepts the connection and never says a word, as a stuck relay does.
        case silent
    }

    let port: Int
    private let log = Log()
    private let task: Task<Void, any Error>

    var transcript: [String] { log.transcript }
    var clearText: [String] { log.clearText }
    var messages: [String] { log.messages }

    /// `tls` makes the server offer STARTTLS with that certificate and key.
    init(_ behaviour: Behaviour = .normal, tls: NIOSSLContext? = nil) async throws {
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        port = server.channel.localAddress?.port ?? 0
        let log = self.log
        task = Task {
            try await server.executeThenClose { connections in
                for try await connection in connections {
                    if case .silent = behaviour {
                        try await connection.executeThenClose { _, _ in try? await Task.sleep(for: .seconds(60)) }
                        continue
                    }
                    try await Self.converse(connection, behaviour: behaviour, tls: tls, log: log)
                }
            }
        }
    }

    private static func converse(
        _ connection: NIOAsyncChannel<ByteBuffer, ByteBuffer>, behaviour: Behaviour, tls: NIOSSLContext?, log: Log
    ) async throws {
        let channel = connection.channel
        try await connection.executeThenClose { inbound, outbound in
            try await outbound.write(ByteBuffer(string: "220 fake ESMTP\r\n"))
            var pending = ""
            var inData = false
            var data = ""
            var secure = false
            for try await var chunk in inbound {
                pending += chunk.readString(length: chunk.readableBytes) ?? ""
                while let end = pending.range(of: "\r\n") {
                    let line = String(pending[..<end.lowerBound])
                    pending = String(pending[end.upperBound...])
                    if inData {
                        if line == "." {
                            inData = false
                            log.deliver(data)
                            try await outbound.write(ByteBuffer(string: "250 queued\r\n"))
                        } else {
                            data += line + "\r\n"
                        }
                        continue
                    }
                    log.record(line, secure: secure)
                    let offersTLS = tls != nil && !secure
                    let reply: String
                    switch line.prefix(4).uppercased() {
                    case "EHLO":
                        reply =
                            offersTLS
                            ? "250-fake\r\n250-STARTTLS\r\n250 AUTH PLAIN\r\n" : "250-fake\r\n250 AUTH PLAIN\r\n"
                    case "STAR" where offersTLS:
                        // The reply goes out in the clear, and TLS begins in the same turn of the event loop, so the
                        // client's first TLS bytes cannot arrive before the handler that reads them.
                        try await channel.eventLoop.submit {
                            channel.writeAndFlush(ByteBuffer(string: "220 go ahead\r\n"), promise: nil)
                            try channel.pipeline.syncOperations.addHandler(
                                NIOSSLServerHandler(context: tls!), position: .first)
                        }.get()
                        secure = true
                        continue
                    case "AUTH": reply = "235 ok\r\n"
                    case "MAIL": reply = "250 ok\r\n"
                    case "RCPT":
                        if case .rejectRecipients = behaviour {
                            reply = "550 no such user\r\n"
                        } else {
                            reply = "250 ok\r\n"
                        }
                    case "DATA":
                        inData = true
                        data = ""
                        reply = "354 go ahead\r\n"
                    case "QUIT": reply = "221 bye\r\n"
                    default: reply = "500 what\r\n"
                    }
                    try await outbound.write(ByteBuffer(string: reply))
                    if line.uppercased() == "QUIT" { return }
                }
            }
        }
    }

    func stop() { task.cancel() }
}

/// A self-signed certificate for `localhost` and 127.0.0.1 (valid until 2126), for the fake server's TLS.
enum TestCertificate {
    static let certificate = """
        -----BEGIN CERTIFICATE-----
        MIIBmzCCAUGgAwIBAgIUKvrs9QuDnLrGt01QTx+NMyE3fYYwCgYIKoZIzj0EAwIw
        FDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTIwNzA3MDIxMloYDzIxMjYxMTEz
        MDcwMjEyWjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjO
        PQMBBwNCAARVkRznFFy5XpUkaEr6GFI7J2CuNMffvsshrKvRmluX9BMz+nU1LDD3
        GG/VKn2IK6akcvx8DNZQYjNf0L2BPQweo28wbTAdBgNVHQ4EFgQUpoygCnkNw+ba
        1fgYSa6sk+fKvH0wHwYDVR0jBBgwFoAUpoygCnkNw+ba1fgYSa6sk+fKvH0wDwYD
        VR0TAQH/BAUwAwEB/zAaBgNVHREEEzARgglsb2NhbGhvc3SHBH8AAAEwCgYIKoZI
        zj0EAwIDSAAwRQIhAIrHp30SPBFpsqiSAOWh8XjHje8aBe183wPh5mJ2Of1uAiAy
        ZS4j4Pm9aCxcQX3bM+nGFX7SzcXzYhebeuRZA1KhwQ==
        -----END CERTIFICATE-----
        """
    static let key = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg36wbEU/ER4cO7+b+
        zk/IiOHS9gIKRz0GhYtmBbJiOq+hRANCAARVkRznFFy5XpUkaEr6GFI7J2CuNMff
        vsshrKvRmluX9BMz+nU1LDD3GG/VKn2IK6akcvx8DNZQYjNf0L2BPQwe
        -----END PRIVATE KEY-----
        """

    static func serverContext() throws -> NIOSSLContext {
        let configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: [.certificate(try NIOSSLCertificate(bytes: Array(certificate.utf8), format: .pem))],
            privateKey: .privateKey(try NIOSSLPrivateKey(bytes: Array(key.utf8), format: .pem)))
        return try NIOSSLContext(configuration: configuration)
    }

    /// A client configuration that trusts this certificate only.
    static func trustingIt() throws -> TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.trustRoots = .certificates([try NIOSSLCertificate(bytes: Array(certificate.utf8), format: .pem)])
        return configuration
    }
}

@Suite struct SMTPMailerTests {
    let message = OutboxMessage(
        id: UUID(), to: "Aiko Tanaka <aiko@example.org>", subject: "A place is yours: 茶会",
        body: "Dear Aiko,\n.hidden dot line\nSee you.", createdAt: Date())

    @Test func deliversWithAuthOnlyAfterStartTLSAndDotStuffing() async throws {
        let server = try await FakeSMTPServer(tls: try TestCertificate.serverContext())
        defer { server.stop() }
        var mailer = SMTPMailer(
            settings: try #require(
                SMTPMailer.Settings(url: "smtp://relay%40example.org:s3cret@localhost:\(server.port)")))
        mailer.tlsConfiguration = try TestCertificate.trustingIt()
        try await mailer.deliver(message, from: "Sister Cities <no-reply@example.org>")
        // Only the greeting and the upgrade are said in the clear; the password goes inside TLS.
        #expect(server.clearText == ["EHLO sistercities.localhost", "STARTTLS"])
        let transcript = server.transcript
        #expect(transcript.filter { $0.hasPrefix("EHLO") }.count == 2)
        #expect(transcript.contains("AUTH PLAIN " + Data("\0relay@example.org\0s3cret".utf8).base64EncodedString()))
        #expect(transcript.contains("MAIL FROM:<no-reply@example.org>"))
        #expect(transcript.contains("RCPT TO:<aiko@example.org>"))
        #expect(transcript.last == "QUIT")
        let received = try #require(server.messages.first)
        #expect(
            received.contains(
                "Subject: =?utf-8?B?" + Data("A place is yours: 茶会".utf8).base64EncodedString() + "?=\r\n"))
        // The line that began with a dot arrives with two, and the message was not cut short there.
        #expect(received.contains("\r\n..hidden dot line\r\nSee you.\r\n"))
    }

    @Test func thePasswordIsNeverSentWithoutTLS() async throws {
        let server = try await FakeSMTPServer()
        defer { server.stop() }
        let mailer = SMTPMailer(
            settings: try #require(SMTPMailer.Settings(url: "smtp://relay:s3cret@127.0.0.1:\(server.port)")))
        await #expect(throws: SMTPMailer.Refused.self) {
            try await mailer.deliver(message, from: "no-reply@example.org")
        }
        #expect(!server.transcript.contains { $0.hasPrefix("AUTH") || $0.hasPrefix("MAIL") })
        #expect(server.messages.isEmpty)
    }

    @Test func aCertificateThatIsNotTrustedStopsTheDelivery() async throws {
        let server = try await FakeSMTPServer(tls: try TestCertificate.serverContext())
        defer { server.stop() }
        // The system's roots do not trust the self-signed test certificate.
        let mailer = SMTPMailer(
            settings: try #require(SMTPMailer.Settings(url: "smtp://relay:s3cret@localhost:\(server.port)")))
        await #expect(throws: (any Error).self) {
            try await mailer.deliver(message, from: "no-reply@example.org")
        }
        #expect(!server.transcript.contains { $0.hasPrefix("AUTH") })
    }

    @Test func aRelayWithoutAPasswordIsSpokenToInTheClear() async throws {
        let server = try await FakeSMTPServer(tls: try TestCertificate.serverContext())
        defer { server.stop() }
        let mailer = SMTPMailer(settings: try #require(SMTPMailer.Settings(url: "smtp://127.0.0.1:\(server.port)")))
        try await mailer.deliver(message, from: "no-reply@example.org")
        #expect(server.messages.count == 1)
        #expect(!server.transcript.contains("STARTTLS"))
    }

    @Test func aSilentServerTimesOutAsUnreachable() async throws {
        let server = try await FakeSMTPServer(.silent)
        defer { server.stop() }
        var mailer = SMTPMailer(settings: try #require(SMTPMailer.Settings(url: "smtp://127.0.0.1:\(server.port)")))
        mailer.timeout = .milliseconds(300)
        await #expect(throws: MailServerUnreachable.self) {
            try await mailer.deliver(message, from: "no-reply@example.org")
        }
    }

    @Test func aPasswordGivenApartFromTheAddressWins() throws {
        var config = AppConfig()
        config.smtpURL = "smtp://relay@smtp.example.org"
        config.smtpPassword = "from-a-file"
        let mailer = try #require(try config.mailer() as? SMTPMailer)
        #expect(mailer.settings.username == "relay" && mailer.settings.password == "from-a-file")
        #expect(mailer.settings.port == 587 && mailer.settings.needsStartTLS)
    }

    @Test func aRefusalFailsTheDeliverySoTheOutboxRetries() async throws {
        let server = try await FakeSMTPServer(.rejectRecipients)
        defer { server.stop() }
        let mailer = SMTPMailer(settings: try #require(SMTPMailer.Settings(url: "smtp://127.0.0.1:\(server.port)")))
        await #expect(throws: SMTPMailer.Refused.self) {
            try await mailer.deliver(message, from: "no-reply@example.org")
        }
        #expect(server.messages.isEmpty)
    }

    @Test func readsItsAddress() throws {
        let plain = try #require(SMTPMailer.Settings(url: "smtp://relay.example.org"))
        #expect(plain.port == 25 && !plain.tls && plain.username == nil && !plain.needsStartTLS)
        let submission = try #require(SMTPMailer.Settings(url: "smtp://smtp.example.org:587"))
        #expect(submission.needsStartTLS)
        let tls = try #require(SMTPMailer.Settings(url: "smtps://u:p@smtp.example.org"))
        #expect(tls.port == 465 && tls.tls && tls.username == "u" && tls.password == "p")
        #expect(SMTPMailer.Settings(url: "http://example.org") == nil)
        #expect(SMTPMailer.Settings(url: "smtp://") == nil)
    }
}

/// The outbox gives up a round at the first message that finds the mail server unreachable.
@Suite struct OutboxDispatcherTests {
    /// An outbox held in memory.
    actor MemoryOutbox: OutboxRepository {
        var messages: [OutboxMessage]
        init(_ messages: [OutboxMessage]) { self.messages = messages }

        func due(now: Date, limit: Int, in programme: UUID?) -> [OutboxMessage] {
            messages.filter { $0.state == .pending && $0.attempts == 0 }
        }
        func claim(_ id: UUID, now: Date, leaseEnd: Date) -> Bool { true }
        func markSent(_ id: UUID, at: Date) { update(id) { $0.state = .sent } }
        func markFailed(_ id: UUID, error: String, at: Date) { update(id) { $0.attempts += 1 } }
        func recent(limit: Int, in programme: UUID?) -> [OutboxMessage] { messages }
        private func update(_ id: UUID, _ change: (inout OutboxMessage) -> Void) {
            if let index = messages.firstIndex(where: { $0.id == id }) { change(&messages[index]) }
        }
    }

    /// Counts its deliveries and fails each as `error`.
    final class FailingMailer: Mailer, @unchecked Sendable {
        let error: any Error
        private let lock = NSLock()
        private var count = 0
        init(_ error: any Error) { self.error = error }
        var attempts: Int { lock.withLock { count } }
        func deliver(_ message: OutboxMessage, from sender: String) async throws {
            lock.withLock { count += 1 }
            throw error
        }
    }

    func dispatch(failingWith error: any Error) async throws -> (attempts: Int, tried: Int) {
        let outbox = MemoryOutbox(
            (0..<5).map {
                OutboxMessage(id: UUID(), to: "p\($0)@example.org", subject: "s", body: "b", createdAt: Date())
            })
        let mailer = FailingMailer(error)
        let dispatcher = OutboxDispatcher(
            outbox: outbox, mailer: mailer, sender: "no-reply@example.org", programme: nil,
            logger: Logger(label: "test"), clock: .system)
        #expect(try await dispatcher.sendDue(now: Date()) == 0)
        return (mailer.attempts, await outbox.messages.filter { $0.attempts > 0 }.count)
    }

    @Test func anUnreachableServerEndsTheRoundAtTheFirstMessage() async throws {
        let result = try await dispatch(failingWith: MailServerUnreachable(description: "stuck"))
        #expect(result.attempts == 1 && result.tried == 1)
    }

    @Test func aRefusedMessageDoesNotStopTheOthers() async throws {
        let result = try await dispatch(failingWith: SMTPMailer.Refused(description: "550"))
        #expect(result.attempts == 5 && result.tried == 5)
    }
}
