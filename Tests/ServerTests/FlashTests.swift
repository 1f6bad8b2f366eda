import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

/// After a form post the browser is sent on (303) and the page it lands on says once what happened.
@Suite struct FlashTests {
    @Test func aSavedFormRedirectsAndThePageSaysSoOnce() async throws {
        try await withApp { app async throws in
            let ids = try await CatalogTests.demoIDs(app)
            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            try await browser.signIn("staff@example.org")
            let form = try await browser.send(.get, "/partnerships/\(ids["kyoto"]!)/agreements/new")
            let csrf = try #require(Browser.csrfToken(in: form.text))
            #expect(!form.text.contains(#"class="flash""#))

            let saved = try await browser.send(
                .post, "/partnerships/\(ids["kyoto"]!)/agreements/new",
                form: ["csrf_token": csrf, "kind": "memorandum", "signed": "2024-10", "languages": "en, ja"])
            #expect(saved.status == .seeOther)
            let location = try #require(saved.headers[.location])
            #expect(saved.headers[values: .setCookie].contains { $0.contains("sc_flash=saved") })

            let landed = try await browser.send(.get, location)
            #expect(landed.status == .ok)
            #expect(landed.text.contains(#"<p class="flash" role="status">Saved.</p>"#))
            #expect(
                landed.headers[values: .setCookie].contains { $0.contains("sc_flash=") && $0.contains("Max-Age=0") })
            let again = try await browser.send(.get, location)
            #expect(!again.text.contains(#"class="flash""#))
        }
    }

    @Test func aDeletionSaysSoInTheReadersLanguage() async throws {
        try await withApp { app async throws in
            let ids = try await CatalogTests.demoIDs(app)
            _ = try await app.user(.admin, email: "office@example.org")
            var browser = Browser(app)
            try await browser.signIn("office@example.org")
            let confirm = try await browser.send(
                .get, "/news/\(ids["article"]!)/delete", headers: EditingFormsLanguageTests.japanese)
            let csrf = try #require(Browser.csrfToken(in: confirm.text))
            let deleted = try await browser.send(
                .post, "/news/\(ids["article"]!)/delete", form: ["csrf_token": csrf],
                headers: EditingFormsLanguageTests.japanese)
            #expect(deleted.status == .seeOther)
            let landed = try await browser.send(
                .get, try #require(deleted.headers[.location]), headers: EditingFormsLanguageTests.japanese)
            #expect(landed.text.contains(#"<p class="flash" role="status">削除しました。</p>"#))
        }
    }

    @Test func aFlashCookieCarriesOnlyAKnownName() async throws {
        try await withApp { app async throws in
            var headers = HTTPFields()
            headers[.cookie] = "sc_flash=<script>alert(1)</script>; __Host-sc_flash=<script>alert(1)</script>"
            let page = try await app.send(.get, "/", headers: headers, as: .anonymous)
            #expect(page.status == .ok)
            #expect(!page.text.contains(#"class="flash""#) && !page.text.contains("<script>alert"))
            #expect(page.headers[values: .setCookie].contains { $0.contains("sc_flash=") && $0.contains("Max-Age=0") })
        }
    }

    /// A public page can be cached for everyone, so it never says a flash, even one sent with it.
    @Test func anAnonymousPageNeverSaysAFlash() async throws {
        try await withApp { app async throws in
            var headers = HTTPFields()
            headers[.cookie] = "sc_flash=saved; __Host-sc_flash=saved"
            let page = try await app.send(.get, "/", headers: headers, as: .anonymous)
            #expect(page.status == .ok)
            #expect(!page.text.contains(#"class="flash""#))
            let next = try await app.send(.get, "/", as: .anonymous)
            #expect(!next.text.contains(#"class="flash""#))
        }
    }
}
