import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@testable import Server

/// A gift's title and description and an organisation's notes in several languages: given through the API
/// and the forms, shown in the reader's language, otherwise in the original marked as such.
@Suite struct GiftOrganisationTranslationsTests {
    /// The demo's Boston–Kyoto partnership and its two city ids.
    static func kyoto(_ app: TestApp) async throws -> (id: String, boston: String, kyoto: String) {
        let kyoto = try await TranslationsTests.partnership(app, "Kyoto")
        return (
            try #require(kyoto["id"] as? String),
            try #require((kyoto["homeCity"] as? [String: Any])?["id"] as? String),
            try #require((kyoto["partnerCity"] as? [String: Any])?["id"] as? String)
        )
    }

    /// The demo gift whose English title starts with `title`.
    static func gift(_ app: TestApp, _ title: String) async throws -> [String: Any] {
        let gifts = try JSONBody.items(try await app.send(.get, "/api/v1/gifts?limit=50"))
        return try #require(gifts.first { ($0["title"] as? String)?.hasPrefix(title) == true })
    }

    static func json(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    static func giftBody(
        _ tie: (id: String, boston: String, kyoto: String), title: String = "Stone lantern",
        description: String? = "A lantern of granite.", translations: Any? = nil
    ) throws -> String {
        var body: [String: Any] = [
            "title": title, "giver": ["cityId": tie.kyoto, "kind": "city"],
            "recipient": ["cityId": tie.boston, "kind": "city"],
        ]
        if let description { body["description"] = description }
        if let translations { body["translations"] = translations }
        return try json(body)
    }

    // MARK: The API

    @Test(arguments: TestDatabase.all)
    func theGiftAPIKeepsTranslationsByLanguageTag(_ database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            // The demo gives the Japanese House in Japanese.
            let house = try await Self.gift(app, "Japanese House")
            #expect(
                (house["translations"] as? [String: [String: String]])?["ja"]?["title"] == "日本の家")
            let tie = try await Self.kyoto(app)
            let created = try await app.send(
                .post, "/api/v1/partnerships/\(tie.id)/gifts",
                json: try Self.giftBody(
                    tie,
                    translations: [
                        "ja": ["title": "  石灯籠  ", "description": "御影石の灯籠。"],
                        "fr": ["title": "Lanterne de pierre", "description": "  "],
                    ]))
            #expect(created.status == .created)
            let id = try #require(try JSONBody.object(created)["id"] as? String)
            let stored = try JSONBody.object(try await app.send(.get, "/api/v1/gifts/\(id)"))
            // Trimmed; an empty field is dropped.
            #expect(
                stored["translations"] as? [String: [String: String]] == [
                    "ja": ["title": "石灯籠", "description": "御影石の灯籠。"], "fr": ["title": "Lanterne de pierre"],
                ])

            // A translation without a title, and fields a gift does not translate, are refused, naming each.
            let refused = try await app.send(
                .put, "/api/v1/gifts/\(id)",
                json: try Self.giftBody(
                    tie, translations: ["ja": ["description": "説明だけ。"], "fr": ["title": "x", "keeper": "y"]]))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("translations.ja.title"))
            #expect(refused.text.contains("translations.fr.keeper"))
            let after = try JSONBody.object(try await app.send(.get, "/api/v1/gifts/\(id)"))
            #expect((after["translations"] as? [String: [String: String]])?["ja"]?["title"] == "石灯籠")

            // A title on two lines is no title.
            let twoLines = try await app.send(
                .put, "/api/v1/gifts/\(id)", json: try Self.giftBody(tie, translations: ["ja": ["title": "石\n灯籠"]]))
            #expect(twoLines.status == .unprocessableContent)
            #expect(twoLines.text.contains("translations.ja.title"))

            // Replacing the gift without translations removes them.
            let cleared = try await app.send(.put, "/api/v1/gifts/\(id)", json: try Self.giftBody(tie))
            #expect(cleared.status == .ok)
            #expect((try JSONBody.object(cleared)["translations"] as? [String: Any])?.isEmpty == true)
        }
    }

    @Test(arguments: TestDatabase.all)
    func theOrganisationAPIKeepsTranslationsOfItsNotes(_ database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let organisations = try JSONBody.items(try await app.send(.get, "/api/v1/organizations?limit=50"))
            let kyoto = try #require(organisations.first { $0["name"] as? String == "City of Kyoto" })
            #expect(
                (kyoto["translations"] as? [String: [String: String]])?["ja"]?["notes"]
                    == "京都市の市役所です。京都市は1959年からボストン市の姉妹都市です。")

            let created = try await app.send(
                .post, "/api/v1/organizations",
                json:
                    #"{"name": "Kyoto Garden Society", "kind": "cultural-society", "notes": "Keeps a garden.", "translations": {"ja": {"notes": " 庭園を守る会。 "}, "fr": {"notes": ""}}}"#
            )
            #expect(created.status == .created)
            let id = try #require(try JSONBody.object(created)["id"] as? String)
            let stored = try JSONBody.object(try await app.send(.get, "/api/v1/organizations/\(id)"))
            #expect(stored["translations"] as? [String: [String: String]] == ["ja": ["notes": "庭園を守る会。"]])

            let refused = try await app.send(
                .put, "/api/v1/organizations/\(id)",
                json:
                    #"{"name": "Kyoto Garden Society", "kind": "cultural-society", "translations": {"ja": {"name": "京都庭園会"}, "x!": {"notes": "?"}}}"#
            )
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("translations.ja.name"))
            #expect(refused.text.contains("translations.x!"))
            let after = try JSONBody.object(try await app.send(.get, "/api/v1/organizations/\(id)"))
            #expect(after["translations"] as? [String: [String: String]] == ["ja": ["notes": "庭園を守る会。"]])

            let history = try JSONBody.items(try await app.send(.get, "/api/v1/organizations/\(id)/history"))
            #expect(history.count == 1)
        }
    }

    @Test(arguments: TestDatabase.all)
    func restoringAnEarlierVersionBringsItsTranslationsBack(_ database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let tie = try await Self.kyoto(app)
            let house = try #require(try await Self.gift(app, "Japanese House")["id"] as? String)
            let cleared = try await app.send(
                .put, "/api/v1/gifts/\(house)",
                json: try Self.giftBody(tie, title: "Japanese House", description: nil))
            #expect(cleared.status == .ok)
            let history = try JSONBody.items(try await app.send(.get, "/api/v1/gifts/\(house)/history"))
            let creation = try #require(history.last { $0["action"] as? String == "create" })
            let restored = try await app.send(
                .post, "/api/v1/history/\(try #require(creation["id"] as? String))/restore")
            #expect(restored.status == .noContent)
            let back = try await app.getJSON("/api/v1/gifts/\(house)")
            #expect((back["translations"] as? [String: [String: String]])?["ja"]?["title"] == "日本の家")

            let organisations = try JSONBody.items(try await app.send(.get, "/api/v1/organizations?limit=50"))
            let kyoto = try #require(organisations.first { $0["name"] as? String == "City of Kyoto" }?["id"] as? String)
            let plain = try await app.send(
                .put, "/api/v1/organizations/\(kyoto)", json: #"{"name": "City of Kyoto", "kind": "city-office"}"#)
            #expect(plain.status == .ok)
            let entries = try JSONBody.items(try await app.send(.get, "/api/v1/organizations/\(kyoto)/history"))
            let first = try #require(entries.last { $0["action"] as? String == "create" })
            let again = try await app.send(.post, "/api/v1/history/\(try #require(first["id"] as? String))/restore")
            #expect(again.status == .noContent)
            let organisation = try await app.getJSON("/api/v1/organizations/\(kyoto)")
            #expect(
                (organisation["translations"] as? [String: [String: String]])?["ja"]?["notes"]
                    == "京都市の市役所です。京都市は1959年からボストン市の姉妹都市です。")
        }
    }

    // MARK: The pages

    @Test func theGiftRegisterAndAGiftAreShownInTheReadersLanguage() async throws {
        try await withApp { app async throws in
            let house = try #require(try await Self.gift(app, "Japanese House")["id"] as? String)
            let ja = try await app.send(.get, "/gifts", headers: LanguageTests.accepting("ja"), as: .anonymous)
            #expect(ja.text.contains(#"<a href="/gifts/\#(house)">日本の家</a>"#))
            #expect(ja.text.contains("ナツツバキ（夏椿）</a>"))
            #expect(!ja.text.contains(">Japanese House<"))
            #expect(!ja.text.contains(#"class="untranslated""#))
            let en = try await app.send(.get, "/gifts", as: .anonymous)
            #expect(en.text.contains(#"<a href="/gifts/\#(house)">Japanese House</a>"#))
            #expect(!en.text.contains("日本の家"))

            let page = try await app.send(
                .get, "/gifts/\(house)", headers: LanguageTests.accepting("ja"), as: .anonymous)
            #expect(page.text.contains("<h1>日本の家</h1>"))
            #expect(page.text.contains("<title>日本の家"))
            #expect(page.text.contains(#"<p class="summary">ボストン市の姉妹都市から贈られ、"#))
            #expect(!page.text.contains("A traditional Kyoto townhouse"))
            let english = try await app.send(.get, "/gifts/\(house)", as: .anonymous)
            #expect(english.text.contains("<h1>Japanese House</h1>"))
            #expect(english.text.contains("<title>Japanese House"))
            #expect(english.text.contains(#"<p class="summary">A traditional Kyoto townhouse"#))
            #expect(!english.text.contains("日本の家"))

            // A Japanese reader can search the register in Japanese.
            let found = try await app.send(
                .get, "/gifts?q=%E3%83%8A%E3%83%84%E3%83%84%E3%83%90%E3%82%AD", headers: LanguageTests.accepting("ja"),
                as: .anonymous)
            #expect(found.text.contains("ナツツバキ（夏椿）</a>"))
            #expect(!found.text.contains("日本の家"))
        }
    }

    @Test func aGiftWithoutJapaneseIsShownInEnglishMarked() async throws {
        try await withApp { app async throws in
            let tie = try await Self.kyoto(app)
            let created = try await app.send(
                .post, "/api/v1/partnerships/\(tie.id)/gifts", json: try Self.giftBody(tie))
            let id = try #require(try JSONBody.object(created)["id"] as? String)
            let register = try await app.send(.get, "/gifts", headers: LanguageTests.accepting("ja"), as: .anonymous)
            #expect(
                register.text.contains(
                    #"<a href="/gifts/\#(id)" lang="en">Stone lantern</a> <span class="untranslated">英語の原文</span>"#
                ))
            let page = try await app.send(.get, "/gifts/\(id)", headers: LanguageTests.accepting("ja"), as: .anonymous)
            #expect(
                page.text.contains(#"<h1 lang="en">Stone lantern</h1> <span class="untranslated">英語の原文</span>"#))
            #expect(
                page.text.contains(
                    #"<p class="summary" lang="en">A lantern of granite.</p> <span class="untranslated">英語の原文</span>"#
                ))
        }
    }

    @Test func anOrganisationsNotesAreShownInTheReadersLanguage() async throws {
        try await withApp { app async throws in
            let organisations = try JSONBody.items(try await app.send(.get, "/api/v1/organizations?limit=50"))
            let kyoto = try #require(organisations.first { $0["name"] as? String == "City of Kyoto" }?["id"] as? String)
            let ja = try await app.send(
                .get, "/organisations/\(kyoto)", headers: LanguageTests.accepting("ja"), as: .anonymous)
            #expect(ja.text.contains(#"<p class="summary">京都市の市役所です。"#))
            #expect(!ja.text.contains("Kyoto&#39;s city government"))
            let en = try await app.send(.get, "/organisations/\(kyoto)", as: .anonymous)
            #expect(en.text.contains(#"<p class="summary">Kyoto&#39;s city government."#))
            #expect(!en.text.contains("京都市の市役所です。"))

            let created = try await app.send(
                .post, "/api/v1/organizations",
                json: #"{"name": "Harbour Friends", "kind": "non-profit", "notes": "Friends of the harbour."}"#)
            let id = try #require(try JSONBody.object(created)["id"] as? String)
            let page = try await app.send(
                .get, "/organisations/\(id)", headers: LanguageTests.accepting("ja"), as: .anonymous)
            #expect(
                page.text.contains(
                    #"<p class="summary" lang="en">Friends of the harbour.</p> <span class="untranslated">英語の原文</span>"#
                ))
        }
    }

    // MARK: The forms

    @Test func theGiftFormTakesTheTitleAndDescriptionInEachLanguage() async throws {
        try await withApp { app async throws in
            let tie = try await Self.kyoto(app)
            let house = try #require(try await Self.gift(app, "Japanese House")["id"] as? String)
            var browser = Browser(app)
            try await browser.signIn("admin@example.org")
            let edit = try await browser.send(.get, "/gifts/\(house)/edit")
            #expect(edit.status == .ok)
            #expect(edit.text.contains(#"<details class="translation" open><summary>In Japanese</summary>"#))
            #expect(edit.text.contains(#"name="translations.ja.title""#))
            #expect(edit.text.contains(#"value="日本の家""#))
            #expect(edit.text.contains("ボストン市の姉妹都市から贈られ、"))

            let form = try await browser.send(.get, "/partnerships/\(tie.id)/gifts/new")
            // Nothing typed yet: the Japanese fieldset (the partner city's language too) is there, closed.
            #expect(form.text.contains(#"<details class="translation"><summary>In Japanese</summary>"#))
            let token = try #require(Browser.csrfToken(in: form.text))
            var fields = [
                "csrf_token": token, "title": "Stone lantern", "giver.cityId": tie.kyoto, "giver.kind": "city",
                "recipient.cityId": tie.boston, "recipient.kind": "city", "description": "A lantern of granite.",
                "translations.ja.title": "", "translations.ja.description": "御影石の灯籠。",
            ]
            // A Japanese description without a Japanese title: refused, with what was typed kept.
            let refused = try await browser.send(.post, "/partnerships/\(tie.id)/gifts/new", form: fields)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(#"<details class="translation" open>"#))
            #expect(refused.text.contains("御影石の灯籠。</textarea>"))
            #expect(refused.text.contains(#"value="Stone lantern""#))

            fields["translations.ja.title"] = "石灯籠"
            let saved = try await browser.send(.post, "/partnerships/\(tie.id)/gifts/new", form: fields)
            #expect(saved.status == .seeOther)
            let location = try #require(saved.headers[.location])
            let id = String(try #require(location.split(separator: "/").last))
            let stored = try JSONBody.object(try await app.send(.get, "/api/v1/gifts/\(id)"))
            #expect(
                stored["translations"] as? [String: [String: String]] == [
                    "ja": ["title": "石灯籠", "description": "御影石の灯籠。"]
                ])
        }
    }

    @Test func theOrganisationFormTakesTheNotesInEachLanguage() async throws {
        try await withApp { app async throws in
            var browser = Browser(app)
            try await browser.signIn("admin@example.org")
            let form = try await browser.send(.get, "/staff/organisations/new")
            #expect(form.status == .ok)
            #expect(form.text.contains(#"<details class="translation"><summary>In Japanese</summary>"#))
            let token = try #require(Browser.csrfToken(in: form.text))
            var fields = [
                "csrf_token": token, "name": "Kyoto Garden Society", "kind": "cultural-society",
                "notes": "Keeps a garden.", "translations.ja.notes": String(repeating: "長", count: 10_001),
            ]
            let refused = try await browser.send(.post, "/staff/organisations/new", form: fields)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(#"<details class="translation" open>"#))
            #expect(refused.text.contains("長長長長"))
            #expect(refused.text.contains("Keeps a garden."))

            fields["translations.ja.notes"] = "庭園を守る会。"
            let saved = try await browser.send(.post, "/staff/organisations/new", form: fields)
            #expect(saved.status == .seeOther)
            let location = try #require(saved.headers[.location])
            let id = String(try #require(location.split(separator: "/").last))
            let stored = try JSONBody.object(try await app.send(.get, "/api/v1/organizations/\(id)"))
            #expect(stored["translations"] as? [String: [String: String]] == ["ja": ["notes": "庭園を守る会。"]])
            let edit = try await browser.send(.get, "/organisations/\(id)/edit")
            #expect(edit.text.contains(#"<details class="translation" open>"#))
            #expect(edit.text.contains("庭園を守る会。</textarea>"))
        }
    }
}
