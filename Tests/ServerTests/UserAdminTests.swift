import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@testable import Server

@Suite struct UserAdminTests {
    @Test func administratorsCreateUsersChangeRolesAndDisableAccounts() async throws {
        try await withApp { app async throws in
            var admin = Browser(app)
            try await admin.signIn("admin@example.org")
            let page = try await admin.send(.get, "/staff/users")
            #expect(page.status == .ok)
            #expect(page.text.contains("admin@example.org"))
            let csrf = try #require(Browser.csrfToken(in: page.text))
            let weak = try await admin.send(
                .post, "/staff/users",
                form: ["csrf_token": csrf, "email": "new@example.org", "role": "staff", "password": "password"])
            #expect(weak.status == .unprocessableContent)
            #expect(weak.text.contains("First password: is one of the most common passwords"))
            #expect(weak.text.contains(#"value="new@example.org""#))
            let created = try await admin.send(
                .post, "/staff/users",
                form: [
                    "csrf_token": csrf, "email": "new@example.org", "role": "viewer", "password": "a long first secret",
                ])
            #expect(created.text.contains("Created new@example.org as Viewer."))
            let duplicate = try await admin.send(
                .post, "/staff/users",
                form: [
                    "csrf_token": csrf, "email": "NEW@example.org", "role": "viewer", "password": "a long first secret",
                ])
            #expect(duplicate.status == .unprocessableContent)

            var newcomer = Browser(app)
            #expect(try await newcomer.signIn("new@example.org", "a long first secret").status == .seeOther)
            let user = try #require(try await app.accounts.users.find(email: "new@example.org")).user
            _ = try await admin.send(
                .post, "/staff/users/\(user.id.uuidString.lowercased())/role",
                form: ["csrf_token": csrf, "role": "staff"])
            #expect(try await app.accounts.users.find(user.id).role == .staff)
            // A role change ends the user's sessions.
            #expect(try await newcomer.send(.get, "/staff").status == .seeOther)
            let confirm = try await admin.send(.get, "/staff/users/\(user.id.uuidString.lowercased())/disable")
            #expect(confirm.text.contains("Disable new@example.org?"))
            _ = try await admin.send(
                .post, "/staff/users/\(user.id.uuidString.lowercased())/disable", form: ["csrf_token": csrf])
            #expect(try await app.accounts.users.find(user.id).isDisabled)
            #expect(try await newcomer.signIn("new@example.org", "a long first secret").status == .unauthorized)
        }
    }

    @Test func onlyAdministratorsManageUsers() async throws {
        try await withApp { app async throws in
            _ = try await app.user(.staff, email: "staff@example.org")
            var staff = Browser(app)
            try await staff.signIn("staff@example.org")
            #expect(try await staff.send(.get, "/staff/users", headers: [.accept: "text/html"]).status == .forbidden)
            let csrf = try await staff.sessionCSRF()
            let attempt = try await staff.send(
                .post, "/staff/users",
                form: [
                    "csrf_token": csrf, "email": "x@example.org", "role": "admin", "password": "a long first secret",
                ],
                headers: [.accept: "text/html"])
            #expect(attempt.status == .forbidden)
            #expect(try await app.accounts.users.find(email: "x@example.org") == nil)
        }
    }
}
