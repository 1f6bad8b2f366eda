import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@testable import Server

/// Answers to signed-in callers are never cached; a password change ends the tokens made with the old one.
@Suite struct PersonalDataCachingTests {
    @Test func jsonForACallerWithCredentialsIsNoStore() async throws {
        try await withApp { app async throws in
            let people = try await app.send(.get, "/api/v1/people")
            #expect(people.status == .ok)
            #expect(people.headers[.cacheControl] == "no-store")
            let anonymous = try await app.send(.get, "/api/v1/partnerships", as: .anonymous)
            #expect(anonymous.headers[.cacheControl] != "no-store")
        }
    }

    @Test func jsonForABrowserSessionIsNoStoreToo() async throws {
        try await withApp(demo: false) { app async throws in
            _ = try await app.user(.coordinator, email: "coordinator@example.org")
            var browser = Browser(app)
            try await browser.signIn("coordinator@example.org")
            let people = try await browser.send(.get, "/api/v1/people")
            #expect(people.status == .ok)
            #expect(people.headers[.cacheControl] == "no-store")
        }
    }

    @Test func changingThePasswordRevokesTheUsersTokens() async throws {
        try await withApp(demo: false) { app async throws in
            let (_, token) = try await app.user(.staff, email: "changer@example.org")
            #expect(try await app.send(.get, "/api/v1/people", as: .token(token)).status == .ok)
            var browser = Browser(app)
            try await browser.signIn("changer@example.org")
            let csrf = try await browser.sessionCSRF()
            let changed = try await browser.send(
                .post, "/staff/password",
                form: ["current": "correct horse battery", "new": "a much longer secret", "csrf_token": csrf])
            #expect(changed.status == .seeOther)
            #expect(try await app.send(.get, "/api/v1/people", as: .token(token)).status == .unauthorized)
        }
    }
}
