import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@testable import Server

/// Guesses sent at once are throttled as guesses sent one by one: at most five are checked.
@Suite struct ThrottleBurstTests {
    /// `count` browsers holding the sign-in form, each from its own address, ready to post at once.
    func browsersAtTheForm(_ app: TestApp, _ count: Int) async throws -> [(Browser, String)] {
        var ready: [(Browser, String)] = []
        for n in 0..<count {
            var browser = Browser(app)
            browser.forwardedFor = "198.51.100.\(n + 1)"
            let page = try await browser.send(.get, "/login")
            ready.append((browser, try #require(Browser.csrfToken(in: page.text))))
        }
        return ready
    }

    @Test(arguments: TestDatabase.all)
    func twelveWrongPasswordsAtOnceAreCheckedAtMostFiveTimes(database: TestDatabase) async throws {
        try await withApp(database, demo: false, configure: { $0.databaseConnectionsPerEventLoop = 4 }) {
            app async throws in
            _ = try await app.user(.staff, email: "burst@example.org")
            let ready = try await browsersAtTheForm(app, 13)
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for (n, (browser, token)) in ready.prefix(12).enumerated() {
                    group.addTask {
                        var browser = browser
                        return try await browser.send(
                            .post, "/login",
                            form: ["email": "burst@example.org", "password": "guess \(n)", "csrf_token": token]
                        ).status
                    }
                }
                return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .unauthorized }.count == 5)
            #expect(statuses.filter { $0 == .tooManyRequests }.count == 7)
            // The right password, sent after the burst, is not checked either.
            var last = ready[12].0
            let right = try await last.send(
                .post, "/login",
                form: ["email": "burst@example.org", "password": "correct horse battery", "csrf_token": ready[12].1])
            #expect(right.status == .tooManyRequests)
            #expect(last.cookies["__Host-sc_session"] == nil)
        }
    }

    @Test(arguments: TestDatabase.all)
    func theCurrentPasswordOfAPasswordChangeIsThrottledToo(database: TestDatabase) async throws {
        try await withApp(database, demo: false, configure: { $0.databaseConnectionsPerEventLoop = 4 }) {
            app async throws in
            _ = try await app.user(.staff, email: "stolen@example.org")
            var browser = Browser(app)
            try await browser.signIn("stolen@example.org")
            let csrf = try await browser.sessionCSRF()
            let session = browser
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for n in 0..<12 {
                    group.addTask {
                        var browser = session
                        return try await browser.send(
                            .post, "/staff/password",
                            form: ["current": "guess \(n)", "new": "a much longer secret", "csrf_token": csrf]
                        ).status
                    }
                }
                return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .unprocessableContent }.count == 5)
            #expect(statuses.filter { $0 == .tooManyRequests }.count == 7)
            var again = session
            let right = try await again.send(
                .post, "/staff/password",
                form: ["current": "correct horse battery", "new": "a much longer secret", "csrf_token": csrf])
            #expect(right.status == .tooManyRequests)
            #expect(right.headers[.retryAfter] != nil)
            #expect(right.text.contains("Try again in"))
        }
    }
}
