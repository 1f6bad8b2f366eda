import Domain
import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// Delivers mail to an SMTP server: `smtp://` in the clear (a relay on the same host or network, such as
/// Postfix, which carries it on), or `smtps://` over TLS from the first byte (port 465), with optional
/// AUTH PLAIN. Every step waits for the server's answer; any other answer than the expected one fails the
/// delivery, and the outbox retries it.
struct SMTPMailer: Mailer {
    struct Settings: Sendable, Hashable {
        var host: String
        var port: Int
        var tls: Bool
        var username: String?
        var password: String?

        /// Reads `smtp://[user:password@]host[:port]` or `smtps://…`; nil for anything else.
        init?(url text: String) {
            guard let url = URLComponents(string: text), let scheme = url.scheme?.lowercased(),
                ["smtp", "smtps"].contains(scheme), let host = url.host, !host.isEmpty
            else { return nil }
            self.host = host
            tls = scheme == "smtps"
            port = url.port ?? (tls ? 465 : 25)
            username = url.user?.removingPercentEncoding
            password = url.password?.removingPercentEncoding
        }
    }

    struct Refused: Error, CustomStringConvertible {
        let description: String
    }

    let settings: Settings
    /// The name this server gives itself in EHLO.
    var heloName = "sistercities.localhost"
    var timeout: Duration = .seconds(30)

    func deliver(_ message: OutboxMessage, from sender: String) async throws {
        let settings = settings
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(10))
            .connect(host: settings.host, port: settings.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if settings.tls {
                        let context = try NIOSSLContext(configuration: .makeClientConfiguration())
                        try channel.pipeline.syncOperations.addHandler(
                            try NIOSSLClientHandler(context: context, serverHostname: settings.host))
                    }
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await channel.executeThenClose { inbound, outbound in
                    var conversation = SMTPConversation(inbound: inbound.makeAsyncIterator(), outbound: outbound)
                    try await conversation.expect(220)
                    try await conversation.send("EHLO \(heloName)", expect: 250)
                    if let username = settings.username, let password = settings.password {
                        let token = Data("\0\(username)\0\(password)".utf8).base64EncodedString()
                        try await conversation.send("AUTH PLAIN \(token)", expect: 235)
                    }
                    try await conversation.send("MAIL FROM:<\(Self.address(sender))>", expect: 250)
                    try await conversation.send("RCPT TO:<\(Self.address(message.to))>", expect: 250, 251)
                    try await conversation.send("DATA", expect: 354)
                    try await conversation.send(
                        Self.dotStuffed(FolderMailer.rfc5322(message, from: sender)) + ".", expect: 250)
                    try? await conversation.send("QUIT", expect: 221)
                }
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw Refused(description: "the SMTP server did not answer within \(timeout)")
            }
            try await group.next()
            group.cancelAll()
        }
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

    /// Sends a command (CRLF added) and waits for a reply with one of `codes`.
    mutating func send(_ command: String, expect codes: Int...) async throws {
        try await outbound.write(ByteBuffer(string: command + "\r\n"))
        try await expect(codes)
    }

    mutating func expect(_ codes: Int...) async throws {
        try await expect(codes)
    }

    /// Reads one reply (its last line is "NNN text"; earlier lines are "NNN-text") and checks its code.
    private mutating func expect(_ codes: [Int]) async throws {
        while true {
            if let end = pending.range(of: "\r\n") {
                let line = String(pending[..<end.lowerBound])
                pending = String(pending[end.upperBound...])
                guard line.count >= 3, let code = Int(line.prefix(3)) else {
                    throw SMTPMailer.Refused(description: "the SMTP server answered \"\(line)\"")
                }
                if line.count > 3, line[line.index(line.startIndex, offsetBy: 3)] == "-" { continue }
                guard codes.contains(code) else {
                    throw SMTPMailer.Refused(description: "the SMTP server answered \"\(line)\"")
                }
                return
            }
            guard var chunk = try await inbound.next() else {
                throw SMTPMailer.Refused(description: "the SMTP server closed the connection")
            }
            pending += chunk.readString(length: chunk.readableBytes) ?? ""
        }
    }
}
