import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import Synchronization
import TestSupport
import Testing

@testable import Server

/// Keeps every log line, with its metadata, for inspection.
final class CapturedLogs: Sendable {
    let lines = Mutex<[String]>([])

    func handler(_ label: String) -> any LogHandler {
        Handler(logs: self)
    }

    struct Handler: LogHandler {
        let logs: CapturedLogs
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { $1 }
            let text =
                "\(event.level) \(event.message) "
                + all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            logs.lines.withLock { $0.append(text) }
        }
    }

    var all: [String] { lines.withLock { $0 } }
}

@Suite struct LoggingTests {
    @Test func authenticationEventsAndRefusalsAreLoggedWithoutSecrets() async throws {
        let logs = CapturedLogs()
        try await withApp(
            demo: false,
            configure: {
                $0.logHandler = { logs.handler($0) }
                $0.logLevel = .notice
            }
        ) { app async throws in
            let (_, viewerToken) = try await app.user(.viewer, email: "viewer@example.org")
            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            _ = try await browser.signIn("staff@example.org", "wrong password here")
            try await browser.signIn("staff@example.org")
            let session = try #require(browser.cookies["__Host-sc_session"])
            _ = try await browser.send(.post, "/logout", form: ["csrf_token": "forged"])
            _ = try await app.send(
                .post, "/api/v1/cities", json: #"{"name":"X","country":"FR"}"#, as: .token(viewerToken))
            _ = try await app.send(
                .get, "/api/v1/cities", headers: [.authorization: "Bearer sct_not-a-token"], as: .anonymous)
            let csrf = try await browser.sessionCSRF()
            _ = try await browser.send(.post, "/logout", form: ["csrf_token": csrf])

            let lines = logs.all
            func logged(_ text: String) -> Bool { lines.contains { $0.contains(text) } }
            #expect(logged("sign-in failed"))
            #expect(logged("reason=wrong password"))
            #expect(logged("signed in"))
            #expect(logged("refused: CSRF token missing or wrong"))
            #expect(logged("refused") && logged("role=viewer"))
            #expect(logged("refused: invalid API token"))
            #expect(logged("signed out"))
            for secret in [
                "correct horse battery", "wrong password here", viewerToken, session, csrf, "sct_not-a-token",
            ] {
                #expect(!lines.contains { $0.contains(secret) }, "a secret reached the log")
            }
        }
    }
}
