import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@testable import Server

/// The events pages and the registration form in the reader's language.
@Suite struct EventsLanguageTests {
    /// A timed event in Kyoto that takes registrations, with a Japanese title of its own.
    func event(_ app: TestApp) async throws -> String {
        let created = try await app.send(
            .post, "/api/v1/events",
            json: #"""
                {"title":"Tea ceremony","kind":"ceremony","start":"2030-05-01T10:00","end":"2030-05-01T11:30",
                "timeZone":"Asia/Tokyo","capacity":2,"venue":{"name":"Japan Society"},
                "translations":{"ja":{"title":"茶会"}}}
                """#)
        #expect(created.status == .created)
        return try #require(try JSONBody.object(created)["id"] as? String)
    }

    @Test func anEventAndItsRegistrationFormSpeakJapanese() async throws {
        try await withApp { app async throws in
            let id = try await event(app)
            var visitor = Browser(app)
            let japanese = LanguageTests.accepting("ja")
            let page = try await visitor.send(.get, "/events/\(id)", headers: japanese)
            #expect(page.status == .ok)
            #expect(page.text.contains(#"<html lang="ja">"#))
            #expect(page.headers[.contentLanguage] == "ja")
            #expect(page.text.contains("<h1>茶会</h1>"))
            #expect(page.text.contains("2030年5月1日（水） 10:00～11:30（日本標準時）"))
            #expect(page.text.contains("式典"))
            #expect(page.text.contains("イベント一覧"))
            #expect(page.text.contains("参加登録"))
            #expect(page.text.contains("定員2名のうち、残り2名です。"))
            #expect(page.text.contains("お名前") && page.text.contains("メールアドレス"))
            #expect(page.text.contains("登録する"))
            // The event's own title is still there, marked as English.
            #expect(page.text.contains(#"<section lang="en"><h2>Tea ceremony</h2>"#))
            #expect(!page.text.contains("Your name"))

            // A missing name is refused in Japanese, and what was typed is kept.
            let refused = try await visitor.send(
                .post, "/events/\(id)/register", form: ["name": "", "email": "aiko@example.org"], headers: japanese)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains(#"<html lang="ja">"#))
            #expect(refused.text.contains("下記の項目を修正してください。"))
            #expect(refused.text.contains("お名前：入力してください。"))
            #expect(refused.text.contains(#"value="aiko@example.org""#))
            #expect(!refused.text.contains("must not be empty"))

            let registered = try await visitor.send(
                .post, "/events/\(id)/register", form: ["name": "田中愛子", "email": "aiko@example.org"],
                headers: japanese)
            #expect(registered.text.contains("参加登録が完了しました"))
            #expect(registered.text.contains("「茶会」への参加が確定しました。"))
            let twice = try await visitor.send(
                .post, "/events/\(id)/register", form: ["name": "田中愛子", "email": "AIKO@example.org"],
                headers: japanese)
            #expect(twice.status == .unprocessableContent)
            #expect(twice.text.contains("メールアドレス：aiko@example.org は、このイベントに登録済みです。"))

            // English readers get the same page in English.
            let english = try await visitor.send(.get, "/events/\(id)", headers: LanguageTests.accepting("en"))
            #expect(english.text.contains("Wed 1 May 2030, 10:00–11:30 (Japan Standard Time)"))
            #expect(english.text.contains("1 of 2 places left."))
        }
    }

    @Test func theEventsListSpeaksJapanese() async throws {
        try await withApp { app async throws in
            let past = try await app.send(
                .get, "/events?when=past", headers: LanguageTests.accepting("ja"), as: .anonymous)
            #expect(past.text.contains(#"<html lang="ja">"#))
            #expect(past.text.contains("<h1>過去のイベント</h1>"))
            #expect(past.text.contains("今後のイベント"))
            // The demo's signing has a Japanese title; its date is known only to the month.
            #expect(past.text.contains("姉妹都市提携の更新調印式"))
            #expect(past.text.contains("2019年4月頃"))
            #expect(past.text.contains("2019年4月27日～28日"))
            let upcoming = try await app.send(.get, "/events", headers: LanguageTests.accepting("ja"), as: .anonymous)
            #expect(upcoming.text.contains("今後のイベントはまだありません。"))
        }
    }

    /// The registration form, its refusal and its confirmation, which the demo's past events do not show, in
    /// the pseudo-locale.
    @Test func theRegistrationPagesHaveNoInterfaceTextOutsideTheCatalogs() async throws {
        let views = try CatalogTests.swiftFiles().filter { file in
            ["/Pages/", "/HTML/", "/Auth/"].contains { file.path.contains($0) }
        }
        let literals = try InterfaceLiterals(files: views)
        try await withApp(configure: { $0.pseudoLocale = true }) { app async throws in
            let id = try await event(app)
            var visitor = Browser(app)
            var headers = LanguageTests.accepting(PseudoLocale.tag)
            headers[.accept] = "text/html"
            let pages = [
                ("form", try await visitor.send(.get, "/events/\(id)", headers: headers)),
                (
                    "refusal",
                    try await visitor.send(
                        .post, "/events/\(id)/register", form: ["name": "", "email": "nope"], headers: headers)
                ),
                (
                    "confirmation",
                    try await visitor.send(
                        .post, "/events/\(id)/register", form: ["name": "Aiko Tanaka", "email": "aiko@example.org"],
                        headers: headers)
                ),
            ]
            for (name, page) in pages {
                #expect(page.text.contains("⟦"), "the \(name) shows no catalog text")
                for leak in literals.leaks(in: page.text) {
                    Issue.record("the \(name): “\(leak)” is interface text outside the catalogs")
                }
            }
        }
    }
}
