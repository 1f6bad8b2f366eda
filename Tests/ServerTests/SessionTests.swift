import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Server
import Synchronization
import TestSupport
import Testing

@testable import Server

@Suite struct SessionTests {
    @Test func signInSetsAHardenedCookieAndANewSessionIdEachTime() async throws {
        try await withApp(demo: false) { app async throws in
            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            let first = try await browser.signIn("staff@example.org")
            #expect(first.status == .seeOther)
            #expect(first.headers[.location] == "/staff")
            let cookie = try #require(first.headers[values: .setCookie].first { $0.hasPrefix("__Host-sc_session=") })
            for flag in ["Secure", "HttpOnly", "SameSite=Lax", "Path=/"] { #expect(cookie.contains(flag), "\(flag)") }
            #expect(!cookie.contains("Domain="))
            let firstID = try #require(browser.cookies["__Host-sc_session"])
            #expect(firstID.count >= 43, "at least 256 bits, base64url")
            // Signing in again, even from a signed-in browser, gives a new id and ends the old session.
            try await browser.signIn("staff@example.org")
            let secondID = try #require(browser.cookies["__Host-sc_session"])
            #expect(secondID != firstID)
            var stale = Browser(app)
            stale.cookies["__Host-sc_session"] = firstID
            #expect(try await stale.send(.get, "/staff").status == .seeOther)
        }
    }

    @Test func aDoubleClickedSignInSucceedsTwice() async throws {
        try await withApp(demo: false) { app async throws in
            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            let page = try await browser.send(.get, "/login")
            let token = try #require(Browser.csrfToken(in: page.text))
            let form = ["email": "staff@example.org", "password": "correct horse battery", "csrf_token": token]
            #expect(try await browser.send(.post, "/login", form: form).status == .seeOther)
            #expect(try await browser.send(.post, "/login", form: form).status == .seeOther)
            #expect(try await browser.send(.get, "/staff").status == .ok)
        }
    }

    @Test func devModeDropsSecureAndSaysSo() async throws {
        try await withApp(demo: false, configure: { $0.devMode = true }) { app async throws in
            _ = try await app.user(.staff, email: "dev@example.org")
            var browser = Browser(app)
            let page = try await browser.send(.get, "/login")
            #expect(page.text.contains("Development mode"))
            let response = try await browser.signIn("dev@example.org")
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("sc_session=") })
            #expect(!cookie.contains("Secure"))
            #expect(cookie.contains("HttpOnly"))
        }
    }

    @Test func passwordFieldsAreMaskedAndWorkWithPasswordManagers() async throws {
        try await withApp(demo: false) { app async throws in
            var browser = Browser(app)
            let page = try await browser.send(.get, "/login")
            #expect(page.text.contains(#"name="password" type="password" autocomplete="current-password""#))
            #expect(page.text.contains(#"autocomplete="username""#))
            #expect(page.text.contains(#"<form method="post" action="/login""#))
            #expect(!page.text.contains("<script"))
            _ = try await app.user(.staff, email: "staff@example.org")
            try await browser.signIn("staff@example.org")
            let change = try await browser.send(.get, "/staff/password")
            #expect(change.text.contains(#"type="password" autocomplete="new-password""#))
        }
    }

    @Test func wrongPasswordKeepsTheEmailAndSaysNothingAboutWhichWasWrong() async throws {
        try await withApp(demo: false) { app async throws in
            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            let wrong = try await browser.signIn("staff@example.org", "not the password")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("The email or password is not right."))
            #expect(wrong.text.contains(#"value="staff@example.org""#))
            let unknown = try await browser.signIn("nobody@example.org", "not the password")
            #expect(unknown.text.contains("The email or password is not right."))
            #expect(browser.cookies["__Host-sc_session"] == nil)
        }
    }

    @Test func logoutEndsTheSession() async throws {
        try await withApp(demo: false) { app async throws in
            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            try await browser.signIn("staff@example.org")
            let secret = try #require(browser.cookies["__Host-sc_session"])
            let csrf = try await browser.sessionCSRF()
            let out = try await browser.send(.post, "/logout", form: ["csrf_token": csrf])
            #expect(out.status == .seeOther)
            #expect(browser.cookies["__Host-sc_session"] == nil)
            var replay = Browser(app)
            replay.cookies["__Host-sc_session"] = secret
            let after = try await replay.send(.get, "/staff")
            #expect(after.status == .seeOther)
            #expect(after.headers[.location] == "/login?next=/staff")
        }
    }

    @Test func disablingAnAccountEndsItsSessionsAndTokens() async throws {
        try await withApp(demo: false) { app async throws in
            let (user, token) = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            try await browser.signIn("staff@example.org")
            #expect(try await browser.send(.get, "/staff").status == .ok)
            _ = try await app.accounts.disable(user.id)
            #expect(try await browser.send(.get, "/staff").status == .seeOther)
            let write = try await app.send(
                .post, "/api/v1/cities", json: #"{"name":"X","country":"FR"}"#, as: .token(token))
            #expect(write.status == .unauthorized)
            let again = try await browser.signIn("staff@example.org")
            #expect(again.status == .unauthorized)
        }
    }

    @Test func idleAndOldSessionsEndOnTheServer() async throws {
        try await withApp(demo: false) { app async throws in
            let (user, _) = try await app.user(.staff)
            let start = Date()
            let clock = Mutex(start)
            var accounts = app.accounts
            accounts.clock = WallClock { clock.withLock { $0 } }
            let (secret, _) = try await accounts.startSession(for: user)
            clock.withLock { $0 = start.addingTimeInterval(29 * 60) }
            #expect(try await accounts.resolveSession(secret: secret) != nil, "used within 30 minutes")
            clock.withLock { $0 = start.addingTimeInterval(29 * 60 + 31 * 60) }
            #expect(try await accounts.resolveSession(secret: secret) == nil, "idle for 31 minutes")
            // Gone for good: going back in time does not revive it.
            clock.withLock { $0 = start.addingTimeInterval(60) }
            #expect(try await accounts.resolveSession(secret: secret) == nil)

            let (busy, _) = try await accounts.startSession(for: user)
            // Used every 20 minutes, it lives until it is 12 hours old.
            for minute in stride(from: 20, through: 12 * 60 - 20, by: 20) {
                clock.withLock { $0 = start.addingTimeInterval(60 + Double(minute) * 60) }
                #expect(try await accounts.resolveSession(secret: busy) != nil, "minute \(minute)")
            }
            clock.withLock { $0 = start.addingTimeInterval(60 + Double(12 * 60 + 1) * 60) }
            #expect(try await accounts.resolveSession(secret: busy) == nil, "older than 12 hours")
        }
    }

    @Test func sessionPolicyHasIdleAndAbsoluteLimits() {
        let policy = SessionPolicy(idleTimeout: 60, absoluteTimeout: 3600)
        let start = Date(timeIntervalSince1970: 1_000_000)
        var session = Session(id: UUID(), userID: UUID(), csrfToken: "x", createdAt: start, lastSeenAt: start)
        #expect(policy.isLive(session, at: start.addingTimeInterval(59)))
        #expect(!policy.isLive(session, at: start.addingTimeInterval(61)))
        session.lastSeenAt = start.addingTimeInterval(3590)
        #expect(policy.isLive(session, at: start.addingTimeInterval(3599)))
        #expect(!policy.isLive(session, at: start.addingTimeInterval(3601)))
    }
}

@Suite struct CSRFTests {
    @Test func signInFormNeedsItsToken() async throws {
        try await withApp(demo: false) { app async throws in
            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            _ = try await browser.send(.get, "/login")
            let forged = try await browser.send(
                .post, "/login",
                form: ["email": "staff@example.org", "password": "correct horse battery", "csrf_token": "guess"],
                headers: [.accept: "text/html"])
            #expect(forged.status == .forbidden)
            #expect(browser.cookies["__Host-sc_session"] == nil)
        }
    }

    @Test func sessionWritesNeedTheSessionToken() async throws {
        try await withApp(demo: false) { app async throws in
            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            try await browser.signIn("staff@example.org")
            let body = #"{"name":"Kyoto","country":"JP"}"#
            let json: HTTPFields = [.contentType: "application/json"]
            var withoutToken = json
            withoutToken[.accept] = "application/json"
            let refused = try await browser.send(.post, "/api/v1/cities", headers: withoutToken)
            #expect(refused.status == .forbidden)
            let csrf = try await browser.sessionCSRF()
            var withToken = json
            withToken[HTTPField.Name("X-CSRF-Token")!] = csrf
            let accepted = try await app.client.execute(
                uri: "/api/v1/cities", method: .post,
                headers: withToken.merging(cookieHeader: browser), body: .init(string: body))
            #expect(accepted.status == .created)
            let wrong = try await browser.send(.post, "/logout", form: ["csrf_token": "nope"])
            #expect(wrong.status == .forbidden)
            let noForm = try await browser.send(.post, "/logout")
            #expect(noForm.status == .forbidden)
        }
    }

    @Test func noStateChangesOnGet() async throws {
        try await withApp(demo: false) { app async throws in
            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            try await browser.signIn("staff@example.org")
            // GET on a state-changing path is 405, never an action.
            #expect(try await browser.send(.get, "/logout").status == .methodNotAllowed)
            #expect(try await browser.send(.get, "/staff").status == .ok)
        }
    }
}

extension HTTPFields {
    func merging(cookieHeader browser: Browser) -> HTTPFields {
        var fields = self
        fields[.cookie] = browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        return fields
    }
}

@Suite struct ThrottleTests {
    @Test func sixthAttemptOnOneAccountIs429WithRetryAfter() async throws {
        try await withApp(demo: false) { app async throws in
            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            for attempt in 1...5 {
                browser.forwardedFor = "198.51.100.\(attempt)"
                #expect(try await browser.signIn("staff@example.org", "wrong \(attempt)").status == .unauthorized)
            }
            browser.forwardedFor = "198.51.100.99"
            let throttled = try await browser.signIn("staff@example.org")
            #expect(throttled.status == .tooManyRequests)
            let retry = try #require(throttled.headers[.retryAfter].flatMap { Int($0) })
            #expect((1...60).contains(retry))
            #expect(browser.cookies["__Host-sc_session"] == nil)
        }
    }

    @Test func oneAddressTryingManyAccountsIsThrottled() async throws {
        try await withApp(demo: false) { app async throws in
            var browser = Browser(app)
            browser.forwardedFor = "192.0.2.10"
            for attempt in 1...5 {
                #expect(try await browser.signIn("user\(attempt)@example.org", "wrong").status == .unauthorized)
            }
            #expect(try await browser.signIn("user6@example.org", "wrong").status == .tooManyRequests)
            browser.forwardedFor = "192.0.2.11"
            #expect(try await browser.signIn("user7@example.org", "wrong").status == .unauthorized)
        }
    }
}

@Suite struct ForwardedForTests {
    @Test func theProxysEntryCountsNotTheClients() async throws {
        try await withApp(demo: false) { app async throws in
            var browser = Browser(app)
            // The client writes its own first entry each time; the proxy appends the real address.
            for attempt in 1...5 {
                browser.forwardedFor = "10.9.9.\(attempt), 192.0.2.50"
                #expect(try await browser.signIn("user\(attempt)@example.org", "wrong").status == .unauthorized)
            }
            browser.forwardedFor = "10.9.9.99, 192.0.2.50"
            #expect(try await browser.signIn("user6@example.org", "wrong").status == .tooManyRequests)
        }
    }
}
