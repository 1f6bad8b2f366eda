import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import SQLKit
import TestSupport
import Testing

@testable import Server
@testable import Storage

/// An event's title and description in several languages, in the shape every other record has: given through
/// the API and the form's folds, kept by the history, shown in the reader's language on the events pages,
/// otherwise in the original marked as such.
@Suite struct EventTranslationsTests {
    /// An upcoming event's input, with `changes`.
    static func body(changing changes: [String: Any] = [:]) throws -> String {
        var input: [String: Any] = [
            "title": "Tea ceremony", "description": "Matcha is whisked for the guests.", "kind": "ceremony",
            "start": "2030-05-01T10:00", "end": "2030-05-01T11:30", "timeZone": "Asia/Tokyo",
        ]
        for (key, value) in changes { input[key] = value }
        return String(decoding: try JSONSerialization.data(withJSONObject: input), as: UTF8.self)
    }

    static func translations(_ event: [String: Any]) -> [String: [String: String]]? {
        event["translations"] as? [String: [String: String]]
    }

    /// Records an event through the API; its id.
    static func create(_ app: TestApp, _ changes: [String: Any] = [:]) async throws -> String {
        let created = try await app.send(.post, "/api/v1/events", json: try body(changing: changes))
        #expect(created.status == .created)
        return try #require(try JSONBody.object(created)["id"] as? String)
    }

    static func read(_ app: TestApp, _ id: String) async throws -> [String: Any] {
        try JSONBody.object(try await app.send(.get, "/api/v1/events/\(id)"))
    }

    @Test(arguments: TestDatabase.all)
    func theEventAPIKeepsTranslationsByLanguageTag(_ database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let id = try await Self.create(
                app,
                [
                    "translations": [
                        "ja": ["title": "  茶会  ", "description": "抹茶を点ててお客様をおもてなしします。"],
                        "fr": ["title": "Cérémonie du thé", "description": "   "],
                        "it": ["title": " "],
                    ]
                ])
            // Trimmed; an empty field and a language with nothing in it are dropped; the JSON is as before.
            #expect(
                Self.translations(try await Self.read(app, id)) == [
                    "ja": ["title": "茶会", "description": "抹茶を点ててお客様をおもてなしします。"],
                    "fr": ["title": "Cérémonie du thé"],
                ])

            // A description given as null is left out, as the API took it before.
            let nulled = try await app.send(
                .put, "/api/v1/events/\(id)",
                json: try Self.body(changing: ["translations": ["ja": ["title": "茶会", "description": NSNull()]]]))
            #expect(nulled.status == .ok)
            #expect(Self.translations(try JSONBody.object(nulled)) == ["ja": ["title": "茶会"]])

            // The issues name the language and the field.
            let refusals: [([String: Any], String)] = [
                (["not a tag!": ["title": "Tea"]], "translations.not a tag!"),
                (["ja": ["description": "説明だけ"]], "translations.ja.title"),
                (["ja": ["title": "茶会", "venue": "日本協会"]], "translations.ja.venue"),
                (["ja": ["title": "茶\n会"]], "translations.ja.title"),
                (["ja": ["title": String(repeating: "長", count: 301)]], "translations.ja.title"),
                (
                    ["ja": ["title": "茶会", "description": String(repeating: "長", count: 20_001)]],
                    "translations.ja.description"
                ),
            ]
            for (translations, field) in refusals {
                let refused = try await app.send(
                    .put, "/api/v1/events/\(id)", json: try Self.body(changing: ["translations": translations]))
                #expect(refused.status == .unprocessableContent, "\(translations)")
                let errors = try #require(try JSONBody.object(refused)["errors"] as? [[String: String]])
                #expect(errors.contains { $0["field"] == field }, "\(refused.text)")
            }
            #expect(Self.translations(try await Self.read(app, id)) == ["ja": ["title": "茶会"]])

            // Left out, an event has none: the stored column holds {}.
            let cleared = try await app.send(.put, "/api/v1/events/\(id)", json: try Self.body())
            #expect(cleared.status == .ok)
            #expect(Self.translations(try JSONBody.object(cleared)) == [:])

            // The history keeps them: restoring the first version brings back its translations.
            let history = try JSONBody.items(try await app.send(.get, "/api/v1/events/\(id)/history"))
            let creation = try #require(history.last?["id"] as? String)
            #expect(try await app.send(.post, "/api/v1/history/\(creation)/restore").status == .noContent)
            #expect(
                Self.translations(try await Self.read(app, id)) == [
                    "ja": ["title": "茶会", "description": "抹茶を点ててお客様をおもてなしします。"],
                    "fr": ["title": "Cérémonie du thé"],
                ])
        }
    }

    /// The title and description as the typed texts stored them before events shared the translations shape.
    struct TextStoredBefore: Codable {
        var title: String
        var description: String?
    }

    /// Writes the event's translations column as the old model did.
    static func store(_ texts: [String: TextStoredBefore], for id: UUID, _ app: TestApp) async throws {
        try await app.store.transaction { database in
            try await database.sql.update("events").set("translations", to: texts)
                .where("id", .equal, SQLBind(id)).run()
        }
    }

    @Test(arguments: TestDatabase.all)
    func eventsStoredBeforeReadTheSame(_ database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let id = try await Self.create(app)
            let uuid = try #require(UUID(uuidString: id))
            // Written the way the old model wrote the column: typed objects, a missing description left out.
            let old: [String: TextStoredBefore] = [
                "ja": TextStoredBefore(title: "茶会", description: "抹茶を点てます。"),
                "fr": TextStoredBefore(title: "Cérémonie du thé"),
            ]
            try await Self.store(old, for: uuid, app)
            let event = try await Self.read(app, id)
            #expect(
                Self.translations(event) == [
                    "ja": ["title": "茶会", "description": "抹茶を点てます。"], "fr": ["title": "Cérémonie du thé"],
                ])
            let page = try await app.send(.get, "/events/\(id)", headers: LanguageTests.accepting("ja"), as: .anonymous)
            #expect(page.text.contains("<h1>茶会</h1>"))
            #expect(page.text.contains(#"<p class="summary">抹茶を点てます。</p>"#))

            // An old event without translations (its column `{}`) reads as none, and what the new code writes
            // reads back in the old shape.
            try await Self.store([:], for: uuid, app)
            #expect(Self.translations(try await Self.read(app, id)) == [:])
            _ = try await app.send(
                .put, "/api/v1/events/\(id)",
                json: try Self.body(changing: ["translations": ["ja": ["title": "茶会"]]]))
            let row = try #require(
                try await app.store.sql().select().column("translations").from("events")
                    .where("id", .equal, SQLBind(uuid)).first())
            #expect(
                try row.decode(column: "translations", as: [String: TextStoredBefore].self).mapValues(\.title)
                    == ["ja": "茶会"])
        }
    }

    @Test func theEventPagesAreReadInTheReadersLanguage() async throws {
        try await withApp { app async throws in
            let translated = try await Self.create(
                app,
                [
                    "translations": [
                        "ja": ["title": "茶会", "description": "抹茶を点ててお客様をおもてなしします。"]
                    ]
                ])
            let ja = LanguageTests.accepting("ja")
            let page = try await app.send(.get, "/events/\(translated)", headers: ja, as: .anonymous)
            #expect(page.text.contains("<title>茶会"))
            #expect(page.text.contains("<h1>茶会</h1>"))
            #expect(page.text.contains(#"<p class="summary">抹茶を点ててお客様をおもてなしします。</p>"#))
            #expect(!page.text.contains(#"class="untranslated""#))
            // The original follows, marked as English.
            #expect(
                page.text.contains(
                    #"<section lang="en"><h2>Tea ceremony</h2><p>Matcha is whisked for the guests.</p></section>"#))
            let english = try await app.send(.get, "/events/\(translated)", as: .anonymous)
            #expect(english.text.contains("<h1>Tea ceremony</h1>"))
            #expect(english.text.contains(#"<p class="summary">Matcha is whisked for the guests.</p>"#))
            #expect(english.text.contains(#"<section lang="ja"><h2>茶会</h2>"#))
            #expect(!english.text.contains(#"class="untranslated""#))

            // Without a Japanese translation, a Japanese reader gets the original, marked.
            let plain = try await Self.create(app, ["title": "Lantern walk", "description": "Along the river."])
            let original = try await app.send(.get, "/events/\(plain)", headers: ja, as: .anonymous)
            #expect(original.text.contains(#"<html lang="ja">"#))
            #expect(
                original.text.contains(#"<h1 lang="en">Lantern walk</h1> <span class="untranslated">英語の原文</span>"#))
            #expect(
                original.text.contains(
                    #"<p class="summary" lang="en">Along the river.</p> <span class="untranslated">英語の原文</span>"#))
            #expect(!original.text.contains("<section lang="))

            // A Japanese title without a Japanese description: the description is the original's, marked.
            let half = try await Self.create(
                app,
                ["title": "Tree planting", "description": "Cherry trees.", "translations": ["ja": ["title": "植樹"]]])
            let halfPage = try await app.send(.get, "/events/\(half)", headers: ja, as: .anonymous)
            #expect(halfPage.text.contains("<h1>植樹</h1>"))
            #expect(
                halfPage.text.contains(
                    #"<p class="summary" lang="en">Cherry trees.</p> <span class="untranslated">英語の原文</span>"#))

            // The list: the translated title as it is, the untranslated one marked.
            let list = try await app.send(.get, "/events", headers: ja, as: .anonymous)
            #expect(list.text.contains(#"<a href="/events/\#(translated)">茶会</a>"#))
            #expect(
                list.text.contains(
                    #"<a href="/events/\#(plain)" lang="en">Lantern walk</a> <span class="untranslated">英語の原文</span>"#
                ))
            let englishList = try await app.send(.get, "/events", as: .anonymous)
            #expect(englishList.text.contains(#"<a href="/events/\#(translated)">Tea ceremony</a>"#))
            #expect(!englishList.text.contains(#"class="untranslated""#))

            // The calendar feed, a machine format, keeps the original title.
            let feed = try await app.send(.get, "/calendar.ics", headers: ja, as: .anonymous)
            #expect(feed.text.contains("SUMMARY:Tea ceremony"))
            #expect(!feed.text.contains("茶会"))
        }
    }

    @Test func theFormTakesTheEventInEachLanguageAndKeepsItOnAnError() async throws {
        try await withApp { app async throws in
            let id = try await Self.create(
                app, ["translations": ["ja": ["title": "茶会", "description": "抹茶を点てます。"]]])
            var browser = Browser(app)
            try await browser.signIn("admin@example.org")

            let blank = try await browser.send(.get, "/staff/events/new")
            #expect(blank.text.contains(#"<details class="translation"><summary>In Japanese</summary>"#))
            #expect(blank.text.contains(#"name="translations.ja.title" type="text" value="" lang="ja""#))
            #expect(!blank.text.contains(#"name="translations""#))
            #expect(!blank.text.contains("In English</summary>"))

            let form = try await browser.send(.get, "/events/\(id)/edit")
            #expect(form.status == .ok)
            #expect(form.text.contains(#"<details class="translation" open><summary>In Japanese</summary>"#))
            #expect(form.text.contains(#"name="translations.ja.title" type="text" value="茶会" lang="ja""#))
            #expect(form.text.contains(#"name="translations.ja.description" rows="5" lang="ja">抹茶を点てます。"#))

            let token = try #require(Browser.csrfToken(in: form.text))
            var fields: [String: String] = [
                "csrf_token": token, "title": "Tea ceremony", "kind": "ceremony", "timing": "timed",
                "start": "2030-05-01T10:00", "end": "2030-05-01T11:30", "timeZone": "Asia/Tokyo", "flags": "isPublic",
                "translations.ja.title": "お茶会", "translations.ja.description": "",
            ]
            let saved = try await browser.send(.post, "/events/\(id)/edit", form: fields)
            #expect(saved.status == .seeOther)
            #expect(Self.translations(try await Self.read(app, id)) == ["ja": ["title": "お茶会"]])

            // A Japanese description without its title: refused, what was typed kept and the fold open.
            fields["translations.ja.title"] = ""
            fields["translations.ja.description"] = "新しい説明です。"
            fields["title"] = "Changed tea ceremony"
            let refused = try await browser.send(.post, "/events/\(id)/edit", form: fields)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(#"<details class="translation" open>"#))
            #expect(refused.text.contains(#"name="translations.ja.description" rows="5" lang="ja">新しい説明です。"#))
            #expect(refused.text.contains(#"id="translations.ja.title-error""#))
            #expect(refused.text.contains("Changed tea ceremony"))
            let unchanged = try await Self.read(app, id)
            #expect(unchanged["title"] as? String == "Tea ceremony")
            #expect(Self.translations(unchanged) == ["ja": ["title": "お茶会"]])
        }
    }

    @Test func theFormOffersThePartnerCitysLanguage() async throws {
        try await withApp { app async throws in
            let french = try #require(
                try JSONBody.items(try await app.send(.get, "/api/v1/partnerships?country=FR")).first?["id"] as? String)
            let id = try await Self.create(app, ["partnershipIds": [french]])
            let plain = try await Self.create(app)
            var browser = Browser(app)
            try await browser.signIn("admin@example.org")
            let form = try await browser.send(.get, "/events/\(id)/edit")
            #expect(form.text.contains(#"<details class="translation"><summary>In French</summary>"#))
            #expect(form.text.contains(#"name="translations.fr.title""#))
            let other = try await browser.send(.get, "/events/\(plain)/edit")
            #expect(!other.text.contains("In French</summary>"))
        }
    }
}
