import Domain
import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// Delivers mail to an SMTP server: `smtp://` to a relay (Postfix on the same host or network, which carries
/// it on), upgraded with STARTTLS whenever a password is to be sent or the port is 587 (submission), or
/// `smtps://` over TLS from the first byte (port 465). A password is never sent over a connection without TLS:
/// a server that does not offer STARTTLS then refuses the delivery. Every step waits for the server's answer;
/// any other answer than the expected one fails the delivery, and the outbox retries it.
struct SMTPMailer: Mailer {
    struct Settings: Sendable, Hashable {
        var host: String
        var port: Int
        var tls: Bool
        var username: String?
        var password: String?

        /// Reads `smtp://[user[:password]@]host[:port]` or `smtps://…`; nil for anything else. With a user and
        /// no port, `smtp://` means submission on 587.
        init?(url text: String) {
            guard let url = URLComponents(string: text), let scheme = url.scheme?.lowercased(),
                ["smtp", "smtps"].contains(scheme), let host = url.host, !host.isEmpty
            else { return nil }
            self.host = host
            tls = scheme == "smtps"
            username = url.user?.removingPercentEncoding
            password = url.password?.removingPercentEncoding
            port = url.port ?? (tls ? 465 : username != nil ? 587 : 25)
        }

        /// Whether a plain connection must be upgraded with STARTTLS before anything else is said.
        var needsStartTLS: Bool { !tls && (username != nil || port == 587) }
    }

    /// The server answered, but not as expected: this message failed; others may still go.
    struct Refused: Error, CustomStringConvertible {
        let description: String
    }

    let settings: Settings
    /// The name this server gives itself in EHLO.
    var heloName = "sistercities.localhost"
    /// The longest one message may take, from connecting to the server's last answer.
    var timeout: Duration = .seconds(30)
    /// How the server's certificate is checked: the system's trusted roots unless a test says otherwise.
    var tlsConfiguration = TLSConfiguration.makeClientConfiguration()

    func deliver(_ message: OutboxMessage, from sender: String) async throws {
        let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
        do {
            channel = try await connect()
        } catch {
            throw MailServerUnreachable(description: "could not connect to \(settings.host):\(settings.port): \(error)")
        }
        let timeout = timeout
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await channel.executeThenClose { inbound, outbound in
                    var conversation = SMTPConversation(inbound: inbound.makeAsyncIterator(), outbound: outbound)
                    try await converse(&conversation, channel: channel.channel, message: message, sender: sender)
                }
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw MailServerUnreachable(description: "the SMTP server did not answer within \(timeout)")
            }
            try await group.next()
            group.cancelAll()
        }
    }

    private func connect() async throws -> NIOAsyncChannel<ByteBuffer, ByteBuffer> {
        let settings = settings
        let tlsConfiguration = tlsConfiguration
        return try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(10))
            .connect(host: settings.host, port: settings.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if settings.tls {
                        try channel.pipeline.syncOperations.addHandler(
                            try Self.tlsHandler(tlsConfiguration, host: settings.host))
                    }
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
    }

    private func converse(
        _ conversation: inout SMTPConversation, channel: any Channel, message: OutboxMessage, sender: String
    ) async throws {
        try await conversation.expect(220)
        var capabilities = try await conversation.send("EHLO \(heloName)", expect: 250)
        if settings.needsStartTLS {
            guard capabilities.contains(where: { $0.uppercased() == "STARTTLS" }) else {
                throw Refused(
                    description: "the SMTP server does not offer STARTTLS, and the password is never sent without TLS")
            }
            _ = try await conversation.send("STARTTLS", expect: 220)
            // Nothing is in flight: the server waits for the TLS handshake, which the new first handler starts.
            let settings = settings
            let tlsConfiguration = tlsConfiguration
            try await channel.eventLoop.submit {
                try channel.pipeline.syncOperations.addHandler(
                    try Self.tlsHandler(tlsConfiguration, host: settings.host), position: .first)
            }.get()
            capabilities = try await conversation.send("EHLO \(heloName)", expect: 250)
        }
        // A user makes `needsStartTLS` true: by here the connection is TLS.
        if let username = settings.username, let password = settings.password {
            let token = Data("\0\(username)\0\(password)".utf8).base64EncodedString()
            _ = try await conversation.send("AUTH PLAIN \(token)", expect: 235)
        }
        _ = try await conversation.send("MAIL FROM:<\(Self.address(sender))>", expect: 250)
        _ = try await conversation.send("RCPT TO:<\(Self.address(message.to))>", expect: 250, 251)
        _ = try await conversation.send("DATA", expect: 354)
        _ = try await conversation.send(
            Self.dotStuffed(FolderMailer.rfc5322(message, from: sender)) + ".", expect: 250)
        _ = try? await conversation.send("QUIT", expect: 221)
    }

    /// A TLS client handler that checks the certificate against `host` (a name, or an IP address).
    private static func tlsHandler(_ configuration: TLSConfiguration, host: String) throws -> NIOSSLClientHandler {
        let isAddress = host.contains(":") || host.allSatisfy { $0.isNumber || $0 == "." }
        return try NIOSSLClientHandler(
            context: try NIOSSLContext(configuration: configuration), serverHostname: isAddress ? nil : host)
    }

    /// "Sister Cities <no-reply@example.org>" → "no-reply@example.org".
    static func address(_ text: String) -> String {
        if let open = text.lastIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close {
            return String(text[text.index(after: open)..<close])
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// RFC 5321 §4.5.2: a line that starts with a dot gets another, so it cannot end the message early.
    static func dotStuffed(_ message: String) -> String {
        message.components(separatedBy: "\r\n").map { $0.hasPrefix(".") ? "." + $0 : $0 }.joined(separator: "\r\n")
    }
}

/// One SMTP exchange of commands and replies over an async channel.
struct SMTPConversation {
    var inbound: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    var pending = ""

    /// Sends a command (CRLF added) and waits for a reply with one of `codes`; answers the reply's lines after
    /// the first (an EHLO reply's capabilities).
    @discardableResult
    mutating func send(_ command: String, expect codes: Int...) async throws -> [String] {
        try await outbound.write(ByteBuffer(string: command + "\r\n"))
        return try await expect(codes)
    }

    mutating func expect(_ codes: Int...) async throws {
        _ = try await expect(codes)
    }

    /// Reads one reply (its last line is "NNN text"; earlier lines are "NNN-text") and checks its code.
    private mutating func expect(_ codes: [Int]) async throws -> [String] {
        var lines: [String] = []
        while true {
            if let end = pending.range(of: "\r\n") {
                let line = String(pending[..<end.lowerBound])
                pending = String(pending[end.upperBound...])
                guard line.count >= 3, let code = Int(line.prefix(3)) else {
                    throw SMTPMailer.Refused(description: "the SMTP server answered \"\(line)\"")
                }
                lines.append(String(line.dropFirst(4)))
                if line.count > 3, line[line.index(line.startIndex, offsetBy: 3)] == "-" { continue }
                guard codes.contains(code) else {
                    throw SMTPMailer.Refused(description: "the SMTP server answered \"\(line)\"")
                }
                return Array(lines.dropFirst())
            }
            guard var chunk = try await inbound.next() else {
                throw MailServerUnreachable(description: "the SMTP server closed the connection")
            }
            pending += chunk.readString(length: chunk.readableBytes) ?? ""
        }
    }
}

/// The mail server could not be reached, or stopped answering: no message can go now, so the round ends and
/// the rest wait for the next one.
struct MailServerUnreachable: Error, CustomStringConvertible {
    let description: String
}
