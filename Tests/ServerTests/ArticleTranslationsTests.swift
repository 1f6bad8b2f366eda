import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@testable import Server

/// An article's title, summary and body in several languages: given through the API and the form, shown in
/// the reader's language on the news pages and the partnership's, otherwise in the original marked as such.
@Suite struct ArticleTranslationsTests {
    static let japaneseTitle = "ボストン市と京都市、60年を経て再び調印"

    /// The demo's renewal article, from the API.
    static func demo(_ app: TestApp) async throws -> [String: Any] {
        let id = try #require(try await CatalogTests.demoIDs(app)["article"])
        return try JSONBody.object(try await app.send(.get, "/api/v1/articles/\(id)"))
    }

    /// An article's input: what `article` has, with `changes`.
    static func body(_ article: [String: Any], changing changes: [String: Any]) throws -> String {
        var input: [String: Any] = [
            "title": article["title"] ?? "", "body": article["body"] ?? "", "status": article["status"] ?? "draft",
            "partnershipIds": article["partnershipIds"] ?? [],
        ]
        if let summary = article["summary"] { input["summary"] = summary }
        for (key, value) in changes { input[key] = value }
        return String(decoding: try JSONSerialization.data(withJSONObject: input), as: UTF8.self)
    }

    static func translations(_ article: [String: Any]) -> [String: [String: String]]? {
        article["translations"] as? [String: [String: String]]
    }

    /// Publishes an article about `partnership` through the API; its id.
    static func publish(_ app: TestApp, _ fields: [String: Any], about partnership: String) async throws -> String {
        var input: [String: Any] = ["status": "published", "partnershipIds": [partnership]]
        for (key, value) in fields { input[key] = value }
        let created = try await app.send(
            .post, "/api/v1/articles",
            json: String(decoding: try JSONSerialization.data(withJSONObject: input), as: UTF8.self))
        #expect(created.status == .created)
        return try #require(try JSONBody.object(created)["id"] as? String)
    }

    @Test(arguments: TestDatabase.all)
    func theArticleAPIKeepsTranslationsByLanguageTag(_ database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let story = try await Self.demo(app)
            let id = try #require(story["id"] as? String)
            // The demo gives the renewal in Japanese: title, summary and body.
            let demoJapanese = try #require(Self.translations(story)?["ja"])
            #expect(demoJapanese["title"] == Self.japaneseTitle)
            #expect(demoJapanese["summary"]?.contains("還暦") == true)
            #expect(demoJapanese["body"]?.hasPrefix("1959年6月24日、ボストン市と京都市は姉妹都市となりました。") == true)

            let updated = try await app.send(
                .put, "/api/v1/articles/\(id)",
                json: try Self.body(
                    story,
                    changing: [
                        "translations": [
                            "ja": ["title": "  再び調印  ", "summary": "   ", "body": "六十年目の更新。"],
                            "fr": ["title": "Une nouvelle signature", "body": "Soixante ans après."],
                            "it": ["title": " ", "body": ""],
                        ]
                    ]))
            #expect(updated.status == .ok)
            let stored = try JSONBody.object(try await app.send(.get, "/api/v1/articles/\(id)"))
            // Trimmed; an empty field and a language with nothing in it are dropped.
            #expect(
                Self.translations(stored) == [
                    "ja": ["title": "再び調印", "body": "六十年目の更新。"],
                    "fr": ["title": "Une nouvelle signature", "body": "Soixante ans après."],
                ])
            #expect(stored["publishedAt"] as? String == "2019-04-12T12:00:00Z")

            // Every translation has its title and body, like the original; the issues name them.
            let untitled = try await app.send(
                .put, "/api/v1/articles/\(id)",
                json: try Self.body(story, changing: ["translations": ["ja": ["summary": "要約だけ"]]]))
            #expect(untitled.status == .unprocessableContent)
            #expect(untitled.text.contains("translations.ja.title"))
            #expect(untitled.text.contains("translations.ja.body"))
            // A field that is not translated is refused, naming it.
            let unknown = try await app.send(
                .put, "/api/v1/articles/\(id)",
                json: try Self.body(
                    story, changing: ["translations": ["ja": ["title": "題", "body": "本文", "status": "draft"]]]))
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.text.contains("translations.ja.status"))
            // A title past the original's limit.
            let long = try await app.send(
                .put, "/api/v1/articles/\(id)",
                json: try Self.body(
                    story,
                    changing: ["translations": ["ja": ["title": String(repeating: "長", count: 201), "body": "本文"]]]))
            #expect(long.status == .unprocessableContent)
            #expect(long.text.contains("translations.ja.title"))
            let after = try JSONBody.object(try await app.send(.get, "/api/v1/articles/\(id)"))
            #expect(Self.translations(after)?["ja"]?["title"] == "再び調印")

            // The history keeps them: restoring the first version brings back the demo's Japanese.
            let history = try JSONBody.items(try await app.send(.get, "/api/v1/articles/\(id)/history"))
            let creation = try #require(history.last?["id"] as? String)
            #expect(try await app.send(.post, "/api/v1/history/\(creation)/restore").status == .noContent)
            let restored = try JSONBody.object(try await app.send(.get, "/api/v1/articles/\(id)"))
            #expect(Self.translations(restored) == ["ja": demoJapanese])

            // Left out of the input, an article has none.
            let created = try await app.send(
                .post, "/api/v1/articles", json: #"{"title":"Plain","body":"Only in English."}"#)
            #expect(created.status == .created)
            #expect(Self.translations(try JSONBody.object(created)) == [:])
        }
    }

    @Test func theNewsIsReadInTheReadersLanguage() async throws {
        try await withApp { app async throws in
            let story = try await Self.demo(app)
            let url = try #require(story["url"] as? String)
            let ja = LanguageTests.accepting("ja")

            let list = try await app.send(.get, "/news", headers: ja, as: .anonymous)
            #expect(list.text.contains(#"<a href="\#(url)">\#(Self.japaneseTitle)</a>"#))
            #expect(list.text.contains("<p>提携60年目、暦がひと巡りして始まりに還る「還暦」の年に"))
            #expect(!list.text.contains("Boston and Kyoto sign again"))
            #expect(!list.text.contains(#"class="untranslated""#))
            let english = try await app.send(.get, "/news", as: .anonymous)
            #expect(english.text.contains(#"<a href="\#(url)">Boston and Kyoto sign again, sixty years on</a>"#))
            #expect(!english.text.contains(Self.japaneseTitle))

            let page = try await app.send(.get, url, headers: ja, as: .anonymous)
            #expect(page.text.contains("<title>\(Self.japaneseTitle)"))
            #expect(page.text.contains("<h1>\(Self.japaneseTitle)</h1>"))
            #expect(page.text.contains(#"<div class="prose"><p>1959年6月24日、ボストン市と京都市は姉妹都市となりました。"#))
            #expect(page.text.contains("<h2>なぜ60年目なのか</h2>"))
            #expect(page.text.contains("<strong>還暦</strong>"))
            #expect(!page.text.contains("Why the sixtieth year"))
            #expect(!page.text.contains(#"class="untranslated""#))
            let original = try await app.send(.get, url, as: .anonymous)
            #expect(original.text.contains("<title>Boston and Kyoto sign again, sixty years on"))
            #expect(original.text.contains("<h1>Boston and Kyoto sign again, sixty years on</h1>"))
            #expect(original.text.contains("<h2>Why the sixtieth year</h2>"))
            #expect(!original.text.contains("なぜ60年目なのか"))

            // The partnership's page lists it by its title in the reader's language.
            let kyoto = try #require((story["partnershipIds"] as? [String])?.first)
            let tie = try await app.send(.get, "/partnerships/\(kyoto)", headers: ja, as: .anonymous)
            #expect(tie.text.contains(#"<li><a href="\#(url)">\#(Self.japaneseTitle)</a>"#))
            let tieInEnglish = try await app.send(.get, "/partnerships/\(kyoto)", as: .anonymous)
            #expect(
                tieInEnglish.text.contains(#"<li><a href="\#(url)">Boston and Kyoto sign again, sixty years on</a>"#))
        }
    }

    @Test func anArticleWithoutAJapaneseTranslationIsShownInEnglishMarked() async throws {
        try await withApp { app async throws in
            let kyoto = try #require(try await CatalogTests.demoIDs(app)["kyoto"])
            let id = try await Self.publish(
                app,
                ["title": "Youth orchestra visits", "body": "The orchestra played **twice**.", "summary": "Music."],
                about: kyoto)
            let ja = LanguageTests.accepting("ja")
            let page = try await app.send(.get, "/news/\(id)", headers: ja, as: .anonymous)
            #expect(page.text.contains(#"<html lang="ja">"#))
            #expect(
                page.text.contains(
                    #"<h1 lang="en">Youth orchestra visits</h1> <span class="untranslated">英語の原文</span>"#))
            #expect(
                page.text.contains(
                    #"<p><span class="untranslated">英語の原文</span></p><div class="prose" lang="en"><p>The orchestra played <strong>twice</strong>.</p>"#
                ))
            let list = try await app.send(.get, "/news", headers: ja, as: .anonymous)
            #expect(
                list.text.contains(
                    #"<a href="/news/\#(id)" lang="en">Youth orchestra visits</a> <span class="untranslated">英語の原文</span>"#
                ))
            #expect(list.text.contains(#"<p lang="en">Music.</p> <span class="untranslated">英語の原文</span>"#))
            let tie = try await app.send(.get, "/partnerships/\(kyoto)", headers: ja, as: .anonymous)
            #expect(
                tie.text.contains(
                    #"<a href="/news/\#(id)" lang="en">Youth orchestra visits</a> <span class="untranslated">英語の原文</span>"#
                ))
            // Read in English, nothing is marked.
            let english = try await app.send(.get, "/news/\(id)", as: .anonymous)
            #expect(english.text.contains("<h1>Youth orchestra visits</h1>"))
            #expect(english.text.contains(#"<div class="prose"><p>"#))
            #expect(!english.text.contains(#"class="untranslated""#))

            // A translation without a summary introduces the article with the start of its own body, not the
            // original's summary.
            let translated = try await Self.publish(
                app,
                [
                    "title": "Lanterns", "body": "Lanterns were lit.", "summary": "An English summary.",
                    "translations": ["ja": ["title": "灯籠", "body": "灯籠に**火**がともされました。"]],
                ], about: kyoto)
            let news = try await app.send(.get, "/news", headers: ja, as: .anonymous)
            #expect(news.text.contains(#"<a href="/news/\#(translated)">灯籠</a>"#))
            #expect(news.text.contains("<p>灯籠に火がともされました。</p>"))
            #expect(!news.text.contains("An English summary."))
        }
    }

    @Test func theFormTakesTheArticleInEachLanguageAndKeepsItOnAnError() async throws {
        try await withApp { app async throws in
            let story = try await Self.demo(app)
            let id = try #require(story["id"] as? String)
            var browser = Browser(app)
            try await browser.signIn("admin@example.org")
            let form = try await browser.send(.get, "/news/\(id)/edit")
            #expect(form.status == .ok)
            #expect(form.text.contains(#"<details class="translation" open><summary>In Japanese</summary>"#))
            #expect(
                form.text.contains(
                    #"name="translations.ja.title" type="text" value="\#(Self.japaneseTitle)" lang="ja""#))
            #expect(form.text.contains(#"name="translations.ja.summary" rows="5" lang="ja">提携60年目"#))
            #expect(form.text.contains(#"name="translations.ja.body" rows="5" lang="ja">1959年6月24日"#))

            let token = try #require(Browser.csrfToken(in: form.text))
            var fields: [String: String] = [
                "csrf_token": token, "title": "Boston and Kyoto sign again, sixty years on", "body": "Renewed.",
                "status": "published", "publishedAt": "2019-04-12",
                "translations.ja.title": "再び調印", "translations.ja.summary": "",
                "translations.ja.body": "更新されました。",
            ]
            let saved = try await browser.send(.post, "/news/\(id)/edit", form: fields)
            #expect(saved.status == .seeOther)
            let stored = try JSONBody.object(try await app.send(.get, "/api/v1/articles/\(id)"))
            #expect(Self.translations(stored) == ["ja": ["title": "再び調印", "body": "更新されました。"]])

            // A Japanese body without its title: refused, with what was typed kept and the fieldset open.
            fields["translations.ja.title"] = ""
            fields["translations.ja.body"] = "新しい本文です。"
            fields["body"] = "Changed."
            let refused = try await browser.send(.post, "/news/\(id)/edit", form: fields)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(#"<details class="translation" open>"#))
            #expect(refused.text.contains(#"name="translations.ja.body" rows="5" lang="ja">新しい本文です。"#))
            #expect(refused.text.contains("Changed."))
            #expect(refused.text.contains(#"id="translations.ja.title-error""#))
            let unchanged = try JSONBody.object(try await app.send(.get, "/api/v1/articles/\(id)"))
            #expect(unchanged["body"] as? String == "Renewed.")
            #expect(Self.translations(unchanged)?["ja"]?["title"] == "再び調印")
        }
    }
}
