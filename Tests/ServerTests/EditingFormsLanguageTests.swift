import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

/// The editing forms in Japanese: headings, labels and field errors in the reader's language, what was typed kept.
@Suite struct EditingFormsLanguageTests {
    static let japanese: HTTPFields = {
        var headers = HTTPFields()
        headers[.acceptLanguage] = "ja"
        return headers
    }()

    @Test func theFormsSpeakJapanese() async throws {
        try await withApp { app async throws in
            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            try await browser.signIn("staff@example.org")

            let partnership = try await browser.send(.get, "/staff/partnerships/new", headers: Self.japanese)
            #expect(partnership.status == .ok)
            #expect(partnership.text.contains(#"<html lang="ja">"#))
            #expect(partnership.text.contains("<h1>新しい提携</h1>"))
            #expect(partnership.text.contains("提携都市"))
            #expect(partnership.text.contains("重点分野"))
            #expect(partnership.text.contains("提携を保存"))
            #expect(!partnership.text.contains("Save partnership"))

            let article = try await browser.send(.get, "/staff/news/new", headers: Self.japanese)
            #expect(article.text.contains(#"<html lang="ja">"#))
            #expect(article.text.contains("<h1>新しい記事</h1>"))
            #expect(article.text.contains("下書き（会員のみ閲覧可）"))

            let cities = try await browser.send(.get, "/staff/cities", headers: Self.japanese)
            #expect(cities.text.contains(#"<html lang="ja">"#))
            #expect(cities.text.contains("<h1>都市</h1>"))
            #expect(cities.text.contains("都市を追加"))

            // English stays as it was.
            let english = try await browser.send(.get, "/staff/partnerships/new")
            #expect(english.text.contains("<h1>New partnership</h1>"))
            #expect(english.text.contains("Save partnership"))
        }
    }

    @Test func anInvalidFormShowsItsErrorsInJapaneseAndKeepsWhatWasTyped() async throws {
        try await withApp { app async throws in
            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            try await browser.signIn("staff@example.org")
            let page = try await browser.send(.get, "/staff/partnerships/new", headers: Self.japanese)
            let csrf = try #require(Browser.csrfToken(in: page.text))
            let bad = try await browser.send(
                .post, "/staff/partnerships/new",
                form: [
                    "csrf_token": csrf, "partnerCityId": "", "established": "1959-13", "summary": "姉妹都市の概要",
                    "kind": "sister", "status": "active",
                ], headers: Self.japanese)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains(#"<html lang="ja">"#))
            #expect(bad.text.contains("下記の項目を修正してください。"))
            #expect(bad.text.contains("提携日："))
            #expect(bad.text.contains(#"value="1959-13""#))
            #expect(bad.text.contains("姉妹都市の概要"))

            // A common rule in Japanese, with no English full stop after it.
            let new = try await browser.send(.get, "/staff/news/new", headers: Self.japanese)
            let articleToken = try #require(Browser.csrfToken(in: new.text))
            let article = try await browser.send(
                .post, "/staff/news/new",
                form: [
                    "csrf_token": articleToken, "title": " ", "summary": String(repeating: "あ", count: 10),
                    "body": "本文", "status": "draft",
                ], headers: Self.japanese)
            #expect(article.status == .unprocessableContent)
            #expect(article.text.contains("タイトル：入力してください。<"))
            #expect(!article.text.contains("入力してください。."))
            #expect(article.text.contains("value=\"\(String(repeating: "あ", count: 10))\""))

            // A problem the form itself finds, in Japanese.
            let form = try await browser.send(.get, "/staff/cities/new", headers: Self.japanese)
            let token = try #require(Browser.csrfToken(in: form.text))
            let city = try await browser.send(
                .post, "/staff/cities/new",
                form: ["csrf_token": token, "name": "Kyoto", "country": "JP", "latitude": "north"],
                headers: Self.japanese)
            #expect(city.status == .unprocessableContent)
            #expect(city.text.contains("緯度：数値で入力してください。"))
            #expect(city.text.contains(#"value="north""#))
            #expect(city.text.contains("日本</option>"))
        }
    }
}
