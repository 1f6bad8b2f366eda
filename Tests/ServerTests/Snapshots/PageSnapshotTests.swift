import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import Server

/// The key pages as people see them, held against recorded copies (``PageSnapshot``): the directory, a
/// partnership in English and in Japanese, an event, the staff dashboard and a form sent back with its errors.
/// The clock is fixed, so "today" and everything dated from it stay put.
@Suite struct PageSnapshotTests {
    /// 2026-06-01 12:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_780_315_200)

    func withFixedApp(_ body: @escaping @Sendable (TestApp) async throws -> Void) async throws {
        try await withApp(configure: { $0.clock = .fixed(Self.now) }, body)
    }

    @Test func publicPages() async throws {
        try await withFixedApp { app async throws in
            // Setup
            let ids = try await CatalogTests.demoIDs(app)
            let kyoto = try #require(ids["kyoto"]), event = try #require(ids["event"])
            let english: HTTPFields = [.acceptLanguage: "en"]
            // MUT and validation
            try PageSnapshot.expect(
                try await app.send(.get, "/", headers: english, as: .anonymous).text, matches: "directory")
            try PageSnapshot.expect(
                try await app.send(.get, "/partnerships/\(kyoto)", headers: english, as: .anonymous).text,
                matches: "partnership")
            try PageSnapshot.expect(
                try await app.send(
                    .get, "/partnerships/\(kyoto)", headers: LanguageTests.accepting("ja"), as: .anonymous
                )
                .text,
                matches: "partnership-ja")
            try PageSnapshot.expect(
                try await app.send(.get, "/events/\(event)", headers: english, as: .anonymous).text, matches: "event")
        }
    }

    @Test func staffPages() async throws {
        try await withFixedApp { app async throws in
            // Setup
            _ = try await app.user(.staff, email: "snapshot@example.org")
            var browser = Browser(app)
            try await browser.signIn("snapshot@example.org")
            // MUT and validation
            try PageSnapshot.expect(try await browser.send(.get, "/staff").text, matches: "staff-dashboard")
            let form = try await browser.send(.get, "/staff/partnerships/new")
            let csrf = try #require(Browser.csrfToken(in: form.text))
            let refused = try await browser.send(
                .post, "/staff/partnerships/new",
                form: [
                    "csrf_token": csrf, "partnerCityId": "", "established": "1959-13", "summary": "Kept <as typed>",
                    "kind": "sister", "status": "active",
                ])
            #expect(refused.status == .unprocessableContent)
            try PageSnapshot.expect(refused.text, matches: "partnership-form-errors")
        }
    }
}
