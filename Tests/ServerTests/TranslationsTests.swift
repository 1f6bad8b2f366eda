import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@testable import Server

/// What the programme writes, in several languages: given through the API and the forms, shown in the
/// reader's language, otherwise in the original marked as such.
@Suite struct TranslationsTests {
    /// The partnership with `city` as partner, from the API's list.
    static func partnership(_ app: TestApp, _ city: String) async throws -> [String: Any] {
        let items = try JSONBody.items(try await app.send(.get, "/api/v1/partnerships?limit=50"))
        return try #require(items.first { (($0["partnerCity"] as? [String: Any])?["name"] as? String) == city })
    }

    static func body(_ partnership: [String: Any], changing changes: [String: Any]) throws -> String {
        var input: [String: Any] = [
            "partnerCityId": try #require((partnership["partnerCity"] as? [String: Any])?["id"]),
            "kind": partnership["kind"] ?? "sister", "status": partnership["status"] ?? "active",
        ]
        if let established = partnership["established"] { input["established"] = established }
        if let summary = partnership["summary"] { input["summary"] = summary }
        for (key, value) in changes { input[key] = value }
        return String(decoding: try JSONSerialization.data(withJSONObject: input), as: UTF8.self)
    }

    @Test(arguments: TestDatabase.all)
    func thePartnershipAPIKeepsTranslationsByLanguageTag(_ database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let kyoto = try await Self.partnership(app, "Kyoto")
            let id = try #require(kyoto["id"] as? String)
            // The demo gives the Kyoto summary in Japanese.
            let japanese = try #require((kyoto["translations"] as? [String: [String: String]])?["ja"]?["summary"])
            #expect(japanese.hasPrefix("ボストン市にとって最初の姉妹都市です。"))

            let updated = try await app.send(
                .put, "/api/v1/partnerships/\(id)",
                json: try Self.body(
                    kyoto,
                    changing: [
                        "translations": [
                            "ja": ["summary": "  京都との提携。  "], "fr": ["summary": "Jumelage avec Kyoto."],
                            "it": ["summary": "   "],
                        ]
                    ]))
            #expect(updated.status == .ok)
            let stored = try JSONBody.object(try await app.send(.get, "/api/v1/partnerships/\(id)"))
            let translations = try #require(stored["translations"] as? [String: [String: String]])
            // Trimmed; a language with nothing in it is dropped.
            #expect(translations == ["ja": ["summary": "京都との提携。"], "fr": ["summary": "Jumelage avec Kyoto."]])

            // Bad tags and fields that are not translated are refused, naming each, and nothing changes.
            let refused = try await app.send(
                .put, "/api/v1/partnerships/\(id)",
                json: try Self.body(
                    kyoto,
                    changing: [
                        "translations": [
                            "not_a_tag": ["summary": "x"], "ja": ["summary": "変更", "status": "ended"],
                        ]
                    ]))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("translations.not_a_tag"))
            #expect(refused.text.contains("translations.ja.status"))
            let after = try JSONBody.object(try await app.send(.get, "/api/v1/partnerships/\(id)"))
            #expect((after["translations"] as? [String: [String: String]])?["ja"]?["summary"] == "京都との提携。")

            // A translation past the original's limit is refused like the original.
            let long = String(repeating: "長", count: 10_001)
            let tooLong = try await app.send(
                .put, "/api/v1/partnerships/\(id)",
                json: try Self.body(kyoto, changing: ["translations": ["ja": ["summary": long]]]))
            #expect(tooLong.status == .unprocessableContent)
            #expect(tooLong.text.contains("translations.ja.summary"))
        }
    }

    @Test func aReaderGetsTheSummaryInTheirLanguageOrTheOriginalMarked() async throws {
        try await withApp { app async throws in
            let kyoto = try await Self.partnership(app, "Kyoto")
            let kyotoID = try #require(kyoto["id"] as? String)
            let ja = try await app.send(
                .get, "/partnerships/\(kyotoID)", headers: LanguageTests.accepting("ja"), as: .anonymous)
            #expect(ja.text.contains(#"<p class="summary">ボストン市にとって最初の姉妹都市です。"#))
            #expect(!ja.text.contains("Boston&#39;s first sister city"))
            #expect(!ja.text.contains(#"<p class="summary" lang="en">"#))
            let en = try await app.send(.get, "/partnerships/\(kyotoID)", as: .anonymous)
            #expect(en.text.contains(#"<p class="summary">Boston&#39;s first sister city."#))
            #expect(!en.text.contains("ボストン市にとって最初の姉妹都市です。"))

            // Strasbourg's summary exists only in English: a Japanese reader gets it marked as the English original.
            let strasbourg = try await Self.partnership(app, "Strasbourg")
            let id = try #require(strasbourg["id"] as? String)
            let put = try await app.send(
                .put, "/api/v1/partnerships/\(id)",
                json: try Self.body(strasbourg, changing: ["summary": "A tie of two river cities."]))
            #expect(put.status == .ok)
            let page = try await app.send(
                .get, "/partnerships/\(id)", headers: LanguageTests.accepting("ja"), as: .anonymous)
            #expect(
                page.text.contains(
                    #"<p class="summary" lang="en">A tie of two river cities.</p> <span class="untranslated">英語の原文</span>"#
                ))
            // The same reader with a French translation given: still no Japanese, so still the original.
            let french = try await app.send(
                .put, "/api/v1/partnerships/\(id)",
                json: try Self.body(
                    strasbourg,
                    changing: [
                        "summary": "A tie of two river cities.",
                        "translations": ["fr": ["summary": "Un jumelage de deux villes fluviales."]],
                    ]))
            #expect(french.status == .ok)
            let frenchReader = try await app.send(
                .get, "/partnerships/\(id)", headers: LanguageTests.accepting("fr-FR, ja;q=0.5"), as: .anonymous)
            // The site does not speak French, so the page is Japanese; the summary has no Japanese: English, marked.
            #expect(frenchReader.text.contains(#"<html lang="ja">"#))
            #expect(frenchReader.text.contains(#"<p class="summary" lang="en">"#))
        }
    }

    @Test func theFormTakesTheSummaryInEachLanguageAndKeepsItOnAnError() async throws {
        try await withApp { app async throws in
            let kyoto = try await Self.partnership(app, "Kyoto")
            let id = try #require(kyoto["id"] as? String)
            var browser = Browser(app)
            try await browser.signIn("admin@example.org")
            let form = try await browser.send(.get, "/partnerships/\(id)/edit")
            #expect(form.status == .ok)
            // A fieldset per language the site speaks besides the programme's, open where it has text.
            #expect(form.text.contains(#"<details class="translation" open><summary>In Japanese</summary>"#))
            #expect(form.text.contains(#"name="translations.ja.summary" rows="5" lang="ja">ボストン市にとって"#))
            let token = try #require(Browser.csrfToken(in: form.text))
            var fields: [String: String] = [
                "csrf_token": token,
                "partnerCityId": try #require((kyoto["partnerCity"] as? [String: Any])?["id"] as? String),
                "kind": "sister", "status": "active", "established": "1959-06-24",
                "summary": "Boston's first sister city.", "translations.ja.summary": "ボストン最初の姉妹都市。",
            ]
            let saved = try await browser.send(.post, "/partnerships/\(id)/edit", form: fields)
            #expect(saved.status == .seeOther)
            let stored = try JSONBody.object(try await app.send(.get, "/api/v1/partnerships/\(id)"))
            #expect((stored["translations"] as? [String: [String: String]]) == ["ja": ["summary": "ボストン最初の姉妹都市。"]])

            fields["translations.ja.summary"] = String(repeating: "長", count: 10_001)
            fields["summary"] = "Changed."
            let refused = try await browser.send(.post, "/partnerships/\(id)/edit", form: fields)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(#"<details class="translation" open>"#))
            #expect(refused.text.contains("長長長長"))
            #expect(refused.text.contains("Changed."))
            let unchanged = try JSONBody.object(try await app.send(.get, "/api/v1/partnerships/\(id)"))
            #expect(unchanged["summary"] as? String == "Boston's first sister city.")
        }
    }

    @Test(arguments: TestDatabase.all)
    func theProgrammesLanguageIsTheSitesForReadersWhoNameNone(_ database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let programme = try await app.getJSON("/api/v1/programme")
            #expect(programme["language"] as? String == "en")
            let bad = try await app.send(
                .put, "/api/v1/programme", json: #"{"name": "Boston Sister Cities", "language": "x!"}"#)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("language"))
            let changed = try await app.send(
                .put, "/api/v1/programme", json: #"{"name": "Boston Sister Cities", "language": "ja"}"#)
            #expect(changed.status == .ok)
            #expect(try JSONBody.object(changed)["language"] as? String == "ja")

            // No Accept-Language, or one the site does not speak: the programme's language.
            let silent = try await app.send(.get, "/", as: .anonymous)
            #expect(silent.headers[.contentLanguage] == "ja")
            #expect(silent.text.contains(#"<html lang="ja">"#))
            let french = try await app.send(.get, "/", headers: LanguageTests.accepting("fr"), as: .anonymous)
            #expect(french.headers[.contentLanguage] == "ja")
            // A reader who asks for English still gets it.
            let english = try await app.send(.get, "/", headers: LanguageTests.accepting("en"), as: .anonymous)
            #expect(english.headers[.contentLanguage] == "en")
            #expect(english.text.contains(#"<html lang="en">"#))
        }
    }
}

extension TranslationsTests {
    @Test(arguments: TestDatabase.all)
    func anAgreementsNotesAreShownInTheReadersLanguage(_ database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let kyoto = try await Self.partnership(app, "Kyoto")
            let id = try #require(kyoto["id"] as? String)
            let agreements = try JSONBody.items(try await app.send(.get, "/api/v1/partnerships/\(id)/agreements"))
            let renewal = try #require(agreements.first { $0["kind"] as? String == "renewal" })
            #expect(
                (renewal["translations"] as? [String: [String: String]])?["ja"]?["notes"]
                    == "提携60周年（還暦）を記念し、ボストンでの調印式で更新されました。")

            let created = try await app.send(
                .post, "/api/v1/partnerships/\(id)/agreements",
                json:
                    #"{"kind": "memorandum", "signed": "2024", "notes": "A memorandum on schools.", "translations": {"ja": {"notes": "学校に関する覚書。"}, "fr": {"title": "x"}}}"#
            )
            #expect(created.status == .unprocessableContent)
            #expect(created.text.contains("translations.fr.title"))
            let kept = try await app.send(
                .post, "/api/v1/partnerships/\(id)/agreements",
                json:
                    #"{"kind": "memorandum", "signed": "2024", "notes": "A memorandum on schools.", "translations": {"ja": {"notes": "学校に関する覚書。"}}}"#
            )
            #expect(kept.status == .created)

            let ja = try await app.send(
                .get, "/partnerships/\(id)", headers: LanguageTests.accepting("ja"), as: .anonymous)
            #expect(ja.text.contains(#"<p class="notes">学校に関する覚書。</p>"#))
            #expect(ja.text.contains(#"<p class="notes">提携60周年（還暦）を記念し"#))
            let en = try await app.send(.get, "/partnerships/\(id)", as: .anonymous)
            #expect(en.text.contains(#"<p class="notes">A memorandum on schools.</p>"#))
            #expect(!en.text.contains("学校に関する覚書"))

            // The founding agreement has no notes at all: nothing is shown for it, in either language.
            #expect(!ja.text.contains(#"<p class="notes" lang="en"></p>"#))
        }
    }

    @Test func theAgreementFormTakesTheNotesInEachLanguage() async throws {
        try await withApp { app async throws in
            let kyoto = try await Self.partnership(app, "Kyoto")
            let id = try #require(kyoto["id"] as? String)
            var browser = Browser(app)
            try await browser.signIn("admin@example.org")
            let form = try await browser.send(.get, "/partnerships/\(id)/agreements/new")
            #expect(form.status == .ok)
            // Nothing typed yet: the Japanese fieldset is there, closed.
            #expect(form.text.contains(#"<details class="translation"><summary>In Japanese</summary>"#))
            let token = try #require(Browser.csrfToken(in: form.text))
            let saved = try await browser.send(
                .post, "/partnerships/\(id)/agreements/new",
                form: [
                    "csrf_token": token, "kind": "memorandum", "signed": "2024", "notes": "On schools.",
                    "translations.ja.notes": "学校について。",
                ])
            #expect(saved.status == .seeOther)
            let agreements = try JSONBody.items(try await app.send(.get, "/api/v1/partnerships/\(id)/agreements"))
            let memo = try #require(agreements.first { $0["kind"] as? String == "memorandum" })
            #expect((memo["translations"] as? [String: [String: String]]) == ["ja": ["notes": "学校について。"]])
            let memoID = try #require(memo["id"] as? String)
            let edit = try await browser.send(.get, "/agreements/\(memoID)/edit")
            #expect(edit.text.contains(#"<details class="translation" open>"#))
            #expect(edit.text.contains("学校について。</textarea>"))
        }
    }
}

extension TranslationsTests {
    @Test func theTimelineNamesGiftsArticlesAndEventsInTheReadersLanguage() async throws {
        try await withApp { app async throws in
            let kyoto = try await Self.partnership(app, "Kyoto")
            let id = try #require(kyoto["id"] as? String)
            let ja = try await app.send(
                .get, "/partnerships/\(id)", headers: LanguageTests.accepting("ja"), as: .anonymous
            ).text
            let timeline = try #require(ja.range(of: #"<ol class="timeline">"#)).upperBound
            let items = String(ja[timeline...].prefix { _ in true }.split(separator: "</ol>")[0])
            for title in ["日本の家", "ナツツバキ（夏椿）", "ボストン市と京都市、60年を経て再び調印", "姉妹都市提携の更新調印式"] {
                #expect(items.contains(">\(title)</a>"), "the timeline has no “\(title)”")
            }
            for english in [">Japanese House</a>", "Boston and Kyoto sign again"] {
                #expect(!items.contains(english), "“\(english)” is still English in the Japanese timeline")
            }
            // An event with no Japanese keeps its English title, marked as such.
            #expect(items.contains(#"lang="en">Japan Festival Boston</a> <span class="untranslated">英語の原文</span>"#))
            let en = try await app.send(.get, "/partnerships/\(id)", as: .anonymous).text
            #expect(en.contains(">Japanese House</a>"))
        }
    }
}
