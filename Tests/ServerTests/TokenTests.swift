import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import SQLKit
import TestSupport
import Testing

@testable import Server
@testable import Storage

@Suite struct TokenTests {
    @Test func tokensAreStoredHashedAndStopWorkingWhenRevoked() async throws {
        try await withApp(demo: false) { app async throws in
            let (user, secret) = try await app.user(.staff)
            #expect(secret.hasPrefix("sct_"))
            let stored = try await app.store.sql().raw("SELECT secret_hash FROM api_tokens").all(
                decodingColumn: "secret_hash", as: String.self)
            #expect(!stored.contains(secret))
            #expect(stored.contains(Secrets.hash(secret)))
            let ok = try await app.send(
                .post, "/api/v1/cities", json: #"{"name":"Lyon","country":"FR"}"#, as: .token(secret))
            #expect(ok.status == .created)
            let token = try #require(try await app.accounts.tokens.list(userID: user.id).first)
            try await app.accounts.tokens.revoke(token.id, of: user.id, at: Date())
            let refused = try await app.send(
                .post, "/api/v1/cities", json: #"{"name":"Nice","country":"FR"}"#, as: .token(secret))
            #expect(refused.status == .unauthorized)
            let garbage = try await app.send(
                .get, "/api/v1/cities", headers: [.authorization: "Bearer nonsense"], as: .anonymous)
            #expect(garbage.status == .unauthorized)
        }
    }

    @Test func expiredTokensAreRefusedAndTheFormSetsTheExpiry() async throws {
        try await withApp(demo: false) { app async throws in
            let (user, _) = try await app.user(.staff, email: "staff@example.org")
            let secret = "sct_" + Secrets.random()
            _ = try await app.accounts.tokens.create(
                userID: user.id, name: "old", secretHash: Secrets.hash(secret), at: Date().addingTimeInterval(-7200),
                expiresAt: Date().addingTimeInterval(-60))
            let refused = try await app.send(
                .post, "/api/v1/cities", json: #"{"name":"Lyon","country":"FR"}"#, as: .token(secret))
            #expect(refused.status == .unauthorized)

            var browser = Browser(app)
            try await browser.signIn("staff@example.org")
            let page = try await browser.send(.get, "/staff/tokens")
            #expect(page.text.contains("Expired"))
            #expect(page.text.contains(#"<option value="90" selected>In 90 days</option>"#))
            let csrf = try #require(Browser.csrfToken(in: page.text))
            let created = try await browser.send(
                .post, "/staff/tokens", form: ["name": "Monthly report", "expires": "30", "csrf_token": csrf])
            #expect(created.status == .created)
            let token = try #require(
                try await app.accounts.tokens.list(userID: user.id).first { $0.name == "Monthly report" })
            let expiry = try #require(token.expiresAt)
            #expect(abs(expiry.timeIntervalSince(token.createdAt) - 30 * 86_400) < 1)
            let forever = try await browser.send(
                .post, "/staff/tokens", form: ["name": "Mirror", "expires": "never", "csrf_token": csrf])
            #expect(forever.status == .created)
            #expect(try await app.accounts.tokens.list(userID: user.id).first { $0.name == "Mirror" }?.expiresAt == nil)
            let bad = try await browser.send(
                .post, "/staff/tokens", form: ["name": "Odd", "expires": "0", "csrf_token": csrf])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("Expiry must be a number of days from 1 to 3650, or never."))
            #expect(try await !app.accounts.tokens.list(userID: user.id).contains { $0.name == "Odd" })
        }
    }

    @Test func tokensActWithTheirUsersRole() async throws {
        try await withApp(demo: false) { app async throws in
            let (_, viewer) = try await app.user(.viewer)
            let response = try await app.send(
                .post, "/api/v1/cities", json: #"{"name":"Lyon","country":"FR"}"#, as: .token(viewer))
            #expect(response.status == .forbidden)
        }
    }

    @Test func staffManageTheirTokensInTheBrowserWithConfirmation() async throws {
        try await withApp(demo: false) { app async throws in
            _ = try await app.accounts.createUser(
                UserDraft(email: "staff@example.org", role: .staff), password: "correct horse battery",
                in: app.programmeID)
            var browser = Browser(app)
            try await browser.signIn("staff@example.org")
            let page = try await browser.send(.get, "/staff/tokens")
            #expect(page.text.contains("You have no tokens yet."))
            let csrf = try #require(Browser.csrfToken(in: page.text))
            let created = try await browser.send(
                .post, "/staff/tokens", form: ["name": "Nightly export", "csrf_token": csrf])
            #expect(created.status == .created)
            #expect(created.headers[.cacheControl] == "no-store")
            let secret = try #require(
                created.text.range(of: "sct_").map { String(created.text[$0.lowerBound...].prefix(47)) })
            let works = try await app.send(
                .post, "/api/v1/cities", json: #"{"name":"Lyon","country":"FR"}"#, as: .token(secret))
            #expect(works.status == .created)
            // Shown once: the list no longer holds it.
            let list = try await browser.send(.get, "/staff/tokens")
            #expect(!list.text.contains(secret))
            #expect(list.text.contains("Nightly export"))
            let staff = try #require(try await app.accounts.users.find(email: "staff@example.org"))
            let token = try #require(try await app.accounts.tokens.list(userID: staff.user.id).first)
            let confirm = try await browser.send(.get, "/staff/tokens/\(token.id.lowercasedString)/revoke")
            #expect(confirm.text.contains("Revoke “Nightly export”?"))
            let revoked = try await browser.send(
                .post, "/staff/tokens/\(token.id.lowercasedString)/revoke", form: ["csrf_token": csrf])
            #expect(revoked.status == .seeOther)
            let refused = try await app.send(
                .post, "/api/v1/cities", json: #"{"name":"Nice","country":"FR"}"#, as: .token(secret))
            #expect(refused.status == .unauthorized)
            let blank = try await browser.send(.post, "/staff/tokens", form: ["name": " ", "csrf_token": csrf])
            #expect(blank.status == .unprocessableContent)
            #expect(blank.text.contains("Name must not be empty."))
        }
    }
}

@Suite struct PasswordTests {
    @Test func policyRefusesShortLongAndCommonPasswords() throws {
        let policy = try PasswordPolicy.bundled()
        #expect(policy.problems(with: "short").contains("must be at least 8 characters"))
        #expect(policy.problems(with: String(repeating: "x", count: 129)).contains("must be at most 128 characters"))
        #expect(policy.problems(with: String(repeating: "k", count: 128) + "").isEmpty)
        for common in ["password", "12345678", "Password1", "qwertyuiop", "iloveyou"] {
            #expect(!policy.problems(with: common).isEmpty, "\(common)")
        }
        #expect(policy.problems(with: "correct horse battery").isEmpty)
        #expect(!policy.problems(with: "me@example.org", email: "me@example.org").isEmpty)
    }

    @Test func bundledListHoldsAtLeast3000PasswordsOfEightOrMore() throws {
        let policy = try PasswordPolicy.bundled()
        #expect(policy.commonPasswordCount(minLength: 8) >= 3000)
    }

    @Test func hashesAreBcryptCost12AndVerify() async throws {
        let hasher = PasswordHasher()
        #expect(hasher.cost == 12)
        let hash = try await hasher.hash("correct horse battery")
        #expect(hash.hasPrefix("$2b$12$"))
        #expect(try await hasher.verify("correct horse battery", against: hash))
        #expect(try await !hasher.verify("correct horse batterY", against: hash))
        // Every one of 128 characters counts, beyond bcrypt's 72 bytes.
        let long = String(repeating: "a", count: 100)
        let longHash = try await PasswordHasher(cost: 4).hash(long + "1")
        #expect(try await !PasswordHasher(cost: 4).verify(long + "2", against: longHash))
    }

    @Test func changingThePasswordEndsSessionsAndChecksThePolicy() async throws {
        try await withApp(demo: false) { app async throws in
            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            try await browser.signIn("staff@example.org")
            let csrf = try await browser.sessionCSRF()
            let weak = try await browser.send(
                .post, "/staff/password",
                form: ["current": "correct horse battery", "new": "password", "csrf_token": csrf])
            #expect(weak.status == .unprocessableContent)
            #expect(weak.text.contains("New password is one of the most common passwords"))
            let wrong = try await browser.send(
                .post, "/staff/password", form: ["current": "nope", "new": "a much longer secret", "csrf_token": csrf])
            #expect(wrong.text.contains("Current password is not your current password"))
            let changed = try await browser.send(
                .post, "/staff/password",
                form: ["current": "correct horse battery", "new": "a much longer secret", "csrf_token": csrf])
            #expect(changed.status == .seeOther)
            #expect(try await browser.send(.get, "/staff").status == .seeOther)
            #expect(try await browser.signIn("staff@example.org", "a much longer secret").status == .seeOther)
        }
    }
}
