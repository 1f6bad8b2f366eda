import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Storage
import TestSupport
import Testing

@testable import Server

/// Choosing the language of an answer: the switcher's cookie, the user's setting, `Accept-Language`, English.
@Suite struct LanguageTests {
    static func accepting(_ languages: String) -> HTTPFields {
        var headers = HTTPFields()
        headers[.acceptLanguage] = languages
        return headers
    }

    @Test(arguments: TestDatabase.all)
    func acceptLanguageChoosesThePageLanguageAndTheAnswerSaysSo(database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let japanese = try await app.send(
                .get, "/", headers: Self.accepting("ja-JP,ja;q=0.9,en;q=0.8"), as: .anonymous)
            #expect(japanese.status == .ok)
            #expect(japanese.text.contains(#"<html lang="ja">"#))
            #expect(japanese.text.contains("ボストンの姉妹都市"))
            #expect(japanese.text.contains("京都市"))
            #expect(japanese.text.contains("1959年"))
            #expect(japanese.headers[.contentLanguage] == "ja")
            #expect(japanese.headers[values: .vary].joined(separator: ",").contains("Accept-Language"))

            // A language the site does not speak falls back to English; so does no header.
            for headers in [Self.accepting("fr-CA, de;q=0.5"), HTTPFields()] {
                let english = try await app.send(.get, "/", headers: headers, as: .anonymous)
                #expect(english.text.contains(#"<html lang="en">"#))
                #expect(english.text.contains("Boston’s partner cities"))
                #expect(english.headers[.contentLanguage] == "en")
            }
            // A Latin-script name on a Japanese page is marked as such where the city has no Japanese name.
            #expect(!japanese.text.contains("Boston’s partner cities"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func keptPagesAndTheirEntityTagsArePerLanguage(database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let english = try await app.send(.get, "/", as: .anonymous)
            let japanese = try await app.send(.get, "/", headers: Self.accepting("ja"), as: .anonymous)
            let englishTag = try #require(english.headers[.eTag])
            let japaneseTag = try #require(japanese.headers[.eTag])
            #expect(englishTag != japaneseTag)
            #expect(english.text != japanese.text)
            // The English copy's tag does not validate the Japanese page.
            var headers = Self.accepting("ja")
            headers[.ifNoneMatch] = englishTag
            let other = try await app.send(.get, "/", headers: headers, as: .anonymous)
            #expect(other.status == .ok)
            #expect(other.text.contains(#"<html lang="ja">"#))
            headers[.ifNoneMatch] = japaneseTag
            #expect(try await app.send(.get, "/", headers: headers, as: .anonymous).status == .notModified)
            // And the English page served again is still English.
            #expect(try await app.send(.get, "/", as: .anonymous).text == english.text)
        }
    }

    @Test func theSwitcherKeepsTheChoiceAndBeatsTheBrowser() async throws {
        try await withApp { app async throws in
            var browser = Browser(app)
            let page = try await browser.send(.get, "/")
            #expect(page.text.contains(#"href="/language?to=ja&amp;next=/""#))
            #expect(page.text.contains(#"lang="ja""#))
            let chosen = try await browser.send(.get, "/language?to=ja&next=/events?when=past")
            #expect(chosen.status == .seeOther)
            #expect(chosen.headers[.location] == "/events?when=past")
            #expect(browser.cookies.first { $0.key.hasSuffix("sc_lang") }?.value == "ja")
            let after = try await browser.send(.get, "/", headers: Self.accepting("en"))
            #expect(after.text.contains(#"<html lang="ja">"#))
            #expect(after.headers[.contentLanguage] == "ja")

            // Only paths of this site are gone back to; a language the site does not speak is a clear 400.
            let away = try await browser.send(.get, "/language?to=en&next=//evil.example/")
            #expect(away.headers[.location] == "/")
            let unknown = try await browser.send(.get, "/language?to=xx", headers: Self.accepting("ja"))
            #expect(unknown.status == .badRequest)
            #expect(browser.cookies.first { $0.key.hasSuffix("sc_lang") }?.value == "en")
        }
    }

    @Test(arguments: TestDatabase.all)
    func aUsersOwnLanguageComesBeforeTheBrowsersButNotBeforeTheSwitcher(database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            _ = try await app.user(.staff, email: "kyoto@example.org")
            var browser = Browser(app)
            try await browser.signIn("kyoto@example.org")
            let csrf = try await browser.sessionCSRF()
            let saved = try await browser.send(.post, "/staff/language", form: ["language": "ja", "csrf_token": csrf])
            #expect(saved.status == .seeOther)
            let user = try #require(try await app.accounts.users.find(email: "kyoto@example.org")?.user)
            #expect(user.language == "ja")

            let dashboard = try await browser.send(.get, "/staff", headers: Self.accepting("en"))
            #expect(dashboard.text.contains(#"<html lang="ja">"#))
            #expect(dashboard.text.contains("ようこそ"))
            #expect(dashboard.headers[.contentLanguage] == "ja")

            _ = try await browser.send(.get, "/language?to=en&next=/staff")
            let switched = try await browser.send(.get, "/staff", headers: Self.accepting("ja"))
            #expect(switched.text.contains(#"<html lang="en">"#))
            #expect(switched.headers[.contentLanguage] == "en")

            let bad = try await browser.send(.post, "/staff/language", form: ["language": "xx", "csrf_token": csrf])
            #expect(bad.status == .badRequest)
            #expect(try await app.accounts.users.find(email: "kyoto@example.org")?.user.language == "ja")
        }
    }

    @Test func errorPagesSpeakTheReadersLanguage() async throws {
        try await withApp { app async throws in
            var headers = Self.accepting("ja")
            headers[.accept] = "text/html"
            let missing = try await app.send(.get, "/no-such-page", headers: headers, as: .anonymous)
            #expect(missing.status == .notFound)
            #expect(missing.text.contains(#"<html lang="ja">"#))
            #expect(missing.text.contains("ページが見つかりません"))
            #expect(missing.headers[.contentLanguage] == "ja")
        }
    }

    @Test func signInSpeaksJapaneseIncludingItsRefusal() async throws {
        try await withApp { app async throws in
            var browser = Browser(app)
            _ = try await browser.send(.get, "/language?to=ja&next=/login")
            let page = try await browser.send(.get, "/login")
            #expect(page.text.contains("メールアドレス"))
            let token = try #require(Browser.csrfToken(in: page.text))
            let refused = try await browser.send(
                .post, "/login", form: ["email": "nobody@example.org", "password": "wrong", "csrf_token": token])
            #expect(refused.status == .unauthorized)
            #expect(refused.text.contains("メールアドレスまたはパスワードが正しくありません。"))
        }
    }
}
