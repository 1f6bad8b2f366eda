import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

/// The confirmations before a destructive action, and what they report after, speak the reader's language.
@Suite struct ConfirmationPagesLanguageTests {
    @Test func erasingAPersonAsksAndReportsInJapanese() async throws {
        try await withApp(demo: false) { app async throws in
            let person = try JSONBody.object(
                try await app.send(
                    .post, "/api/v1/people",
                    json: #"{"givenName":"Ben","familyName":"Okafor","contact":{"email":"ben@example.org"}}"#))
            let id = try #require(person["id"] as? String)
            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            try await browser.signIn("staff@example.org")

            let confirm = try await browser.send(
                .get, "/people/\(id)/erase", headers: EditingFormsLanguageTests.japanese)
            #expect(confirm.text.contains(#"<html lang="ja">"#))
            #expect(confirm.text.contains("Ben Okafor さんの個人データを消去しますか？"))
            #expect(confirm.text.contains("完全に消去する"))
            #expect(!confirm.text.contains("Erase for good"))

            let csrf = try #require(Browser.csrfToken(in: confirm.text))
            let done = try await browser.send(
                .post, "/people/\(id)/erase", form: ["csrf_token": csrf], headers: EditingFormsLanguageTests.japanese)
            #expect(done.text.contains(#"<html lang="ja">"#))
            #expect(done.text.contains("個人データを消去しました"))
            #expect(done.text.contains("領収書 0 件"))
            #expect(!done.text.contains("Kept for the accounts"))
        }
    }

    @Test func cancellingARegistrationAsksInJapanese() async throws {
        try await withApp(demo: false) { app async throws in
            let event = try #require(
                try JSONBody.object(
                    try await app.send(
                        .post, "/api/v1/events",
                        json:
                            #"{"title":"Tea ceremony","kind":"ceremony","start":"2030-05-01","allDay":true,"capacity":1,"venue":{"name":"Japan Society"}}"#
                    ))["id"] as? String)
            let registration = try #require(
                try JSONBody.object(
                    try await app.send(
                        .post, "/api/v1/events/\(event)/registrations",
                        json: #"{"name":"Aiko","email":"aiko@example.org"}"#, as: .anonymous))["id"] as? String)
            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            try await browser.signIn("staff@example.org")

            let confirm = try await browser.send(
                .get, "/registrations/\(registration)/cancel", headers: EditingFormsLanguageTests.japanese)
            #expect(confirm.status == .ok)
            #expect(confirm.text.contains(#"<html lang="ja">"#))
            #expect(confirm.text.contains("Aiko さんの申し込みを取り消しますか？"))
            #expect(confirm.text.contains("空いた席は、キャンセル待ちの先頭の方に回り"))
            #expect(confirm.text.contains("申し込みを取り消す"))

            let english = try await browser.send(.get, "/registrations/\(registration)/cancel")
            #expect(english.text.contains("Cancel Aiko&#39;s registration?"))
        }
    }
}
