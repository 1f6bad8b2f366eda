import Domain
import Foundation
import NIOCore
import NIOPosix
import Testing

@testable import Server

/// An SMTP server on 127.0.0.1 that speaks just enough of RFC 5321 to receive mail, and records it.
final class FakeSMTPServer: Sendable {
    /// What the server heard, kept under a lock: the connection's task writes, the test reads.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        private var mail: [String] = []

        func record(_ line: String) { lock.withLock { lines.append(line) } }
        func deliver(_ message: String) { lock.withLock { mail.append(message) } }
        var transcript: [String] { lock.withLock { lines } }
        var messages: [String] { lock.withLock { mail } }
    }

    let port: Int
    private let log = Log()
    private let task: Task<Void, any Error>

    var transcript: [String] { log.transcript }
    var messages: [String] { log.messages }

    /// `rejectRecipients` answers RCPT TO with 550, as a server that does not know the address would.
    init(rejectRecipients: Bool = false) async throws {
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
                    try await connection.executeThenClose { inbound, outbound in
                        try await outbound.write(ByteBuffer(string: "220 fake ESMTP\r\n"))
                        var pending = ""
                        var inData = false
                        var data = ""
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
                                log.record(line)
                                let reply: String
                                switch line.prefix(4).uppercased() {
                                case "EHLO": reply = "250-fake\r\n250 AUTH PLAIN\r\n"
                                case "AUTH": reply = "235 ok\r\n"
                                case "MAIL": reply = "250 ok\r\n"
                                case "RCPT": reply = rejectRecipients ? "550 no such user\r\n" : "250 ok\r\n"
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
            }
        }
    }

    func stop() { task.cancel() }
}

@Suite struct SMTPMailerTests {
    let message = OutboxMessage(
        id: UUID(), to: "Aiko Tanaka <aiko@example.org>", subject: "A place is yours: 茶会",
        body: "Dear Aiko,\n.hidden dot line\nSee you.", createdAt: Date())

    @Test func deliversWithAuthAndDotStuffing() async throws {
        let server = try await FakeSMTPServer()
        defer { server.stop() }
        let mailer = SMTPMailer(
            settings: try #require(
                SMTPMailer.Settings(url: "smtp://relay%40example.org:s3cret@127.0.0.1:\(server.port)")))
        try await mailer.deliver(message, from: "Sister Cities <no-reply@example.org>")
        let transcript = server.transcript
        #expect(transcript.first == "EHLO sistercities.localhost")
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

    @Test func aRefusalFailsTheDeliverySoTheOutboxRetries() async throws {
        let server = try await FakeSMTPServer(rejectRecipients: true)
        defer { server.stop() }
        let mailer = SMTPMailer(settings: try #require(SMTPMailer.Settings(url: "smtp://127.0.0.1:\(server.port)")))
        await #expect(throws: SMTPMailer.Refused.self) {
            try await mailer.deliver(message, from: "no-reply@example.org")
        }
        #expect(server.messages.isEmpty)
    }

    @Test func readsItsAddress() throws {
        let plain = try #require(SMTPMailer.Settings(url: "smtp://relay.example.org"))
        #expect(plain.port == 25 && !plain.tls && plain.username == nil)
        let tls = try #require(SMTPMailer.Settings(url: "smtps://u:p@smtp.example.org"))
        #expect(tls.port == 465 && tls.tls && tls.username == "u" && tls.password == "p")
        #expect(SMTPMailer.Settings(url: "http://example.org") == nil)
        #expect(SMTPMailer.Settings(url: "smtp://") == nil)
    }
}
