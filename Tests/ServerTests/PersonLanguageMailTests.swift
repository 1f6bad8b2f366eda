import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import Storage
import TestSupport
import Testing

@testable import Server

/// A person's language for emails: kept with them, and the volunteer link and membership reminders are
/// written in it.
@Suite struct PersonLanguageMailTests {
    /// Sends what is due to a folder; answers every message written there so far.
    struct Outbox {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mail-\(UUID().uuidString)")
        let dispatcher: OutboxDispatcher

        init(_ app: TestApp) {
            dispatcher = OutboxDispatcher(
                outbox: FluentOutboxRepository(store: app.store), mailer: FolderMailer(directory: folder),
                sender: "Sister Cities <no-reply@example.org>", programme: app.programmeID,
                logger: Logger(label: "test"), clock: .system)
        }

        func send(now: Date = Date().addingTimeInterval(1)) async throws -> [String] {
            _ = try await dispatcher.sendDue(now: now)
            guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
            return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                .map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    static func person(_ app: TestApp, _ json: String) async throws -> String {
        let created = try await app.send(.post, "/api/v1/people", json: json)
        #expect(created.status == .created, "\(created.text)")
        return try #require(try JSONBody.object(created)["id"] as? String)
    }

    @Test(arguments: TestDatabase.all)
    func theAPIKeepsAPersonsLanguageAndRefusesOneThatIsNotATag(_ database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let id = try await Self.person(
                app, #"{"givenName":"Hanako","familyName":"Yamada","language":"ja","isPublic":true}"#)
            let shown = try JSONBody.object(try await app.send(.get, "/api/v1/people/\(id)"))
            #expect(shown["language"] as? String == "ja")
            // Private: the public does not see how a person is written to.
            let anonymous = try await app.send(.get, "/api/v1/people/\(id)", as: .anonymous)
            #expect(anonymous.status == .ok)
            #expect(try JSONBody.object(anonymous)["language"] == nil)

            let changed = try await app.send(
                .put, "/api/v1/people/\(id)", json: #"{"givenName":"Hanako","familyName":"Yamada","language":"en"}"#)
            #expect(changed.status == .ok, "\(changed.text)")
            #expect(try JSONBody.object(changed)["language"] as? String == "en")
            let cleared = try await app.send(
                .put, "/api/v1/people/\(id)", json: #"{"givenName":"Hanako","familyName":"Yamada","language":" "}"#)
            #expect(try JSONBody.object(cleared)["language"] == nil)

            let bad = try await app.send(
                .post, "/api/v1/people", json: #"{"givenName":"Odd","familyName":"Tag","language":"xx_bad"}"#)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains(#""language""#) && bad.text.contains("BCP 47"))
            // The history keeps it: restoring the first version brings Japanese back.
            let history = try JSONBody.items(try await app.send(.get, "/api/v1/people/\(id)/history"))
            let creation = try #require(history.last?["id"] as? String)
            #expect(try await app.send(.post, "/api/v1/history/\(creation)/restore").status == .noContent)
            #expect(
                try JSONBody.object(try await app.send(.get, "/api/v1/people/\(id)"))["language"] as? String == "ja")

            let badUpdate = try await app.send(
                .put, "/api/v1/people/\(id)", json: #"{"givenName":"Hanako","familyName":"Yamada","language":"xx_bad"}"#
            )
            #expect(badUpdate.status == .unprocessableContent)
            #expect(badUpdate.text.contains(#""language""#))
        }
    }

    @Test(arguments: TestDatabase.all)
    func theVolunteerLinkIsWrittenInThePersonsLanguage(_ database: TestDatabase) async throws {
        try await withApp(database, configure: { $0.publicURL = "https://cities.example.org" }) { app async throws in
            let outbox = Outbox(app)
            defer { outbox.remove() }
            let hanako = try await Self.person(
                app,
                #"{"givenName":"Hanako","familyName":"Yamada","nativeName":"山田花子","nativeLanguage":"ja","language":"ja","contact":{"email":"hanako@example.jp"}}"#
            )
            let aiko = try await Self.person(
                app, #"{"givenName":"Aiko","familyName":"Tanaka","contact":{"email":"aiko@example.org"}}"#)
            #expect(try await app.send(.post, "/api/v1/volunteers/\(hanako)/link").status == .accepted)
            #expect(try await app.send(.post, "/api/v1/volunteers/\(aiko)/link").status == .accepted)
            let mails = try await outbox.send()
            #expect(mails.count == 2)

            let japanese = try #require(mails.first { $0.contains("To: hanako@example.jp") })
            let programme = try JSONBody.object(try await app.send(.get, "/api/v1/programme"))["name"] as? String
            let name = try #require(programme)
            #expect(RegistrationMailLanguageTests.subject(of: japanese) == "ボランティア専用ページのご案内：\(name)")
            #expect(japanese.contains("山田花子 様"))
            #expect(japanese.contains("ボランティアにご協力いただき、ありがとうございます。"))
            #expect(japanese.contains("有効期間は90日間です。"))
            #expect(japanese.contains("https://cities.example.org/volunteering?key="))
            #expect(!japanese.contains("Thank you for volunteering"))

            let english = try #require(mails.first { $0.contains("To: aiko@example.org") })
            #expect(RegistrationMailLanguageTests.subject(of: english) == "Your volunteer page: \(name)")
            #expect(english.contains("Dear Aiko Tanaka,"))
            #expect(english.contains("Thank you for volunteering with \(name)."))
            #expect(english.contains("It works for 90 days; ask a coordinator"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func aPersonWithNoLanguageIsWrittenToInTheProgrammesLanguage(_ database: TestDatabase) async throws {
        try await withApp(database, configure: { $0.publicURL = "https://cities.example.org" }) { app async throws in
            let outbox = Outbox(app)
            defer { outbox.remove() }
            let current = try JSONBody.object(try await app.send(.get, "/api/v1/programme"))
            let name = try #require(current["name"] as? String)
            let changed = try await app.send(
                .put, "/api/v1/programme", json: #"{"name":"\#(name)","language":"ja"}"#)
            #expect(changed.status == .ok, "\(changed.text)")
            let aiko = try await Self.person(
                app, #"{"givenName":"Aiko","familyName":"Tanaka","contact":{"email":"aiko@example.org"}}"#)
            let ben = try await Self.person(
                app,
                #"{"givenName":"Ben","familyName":"Li","language":"en-US","contact":{"email":"ben@example.org"}}"#)
            _ = try await app.send(.post, "/api/v1/volunteers/\(aiko)/link")
            _ = try await app.send(.post, "/api/v1/volunteers/\(ben)/link")
            let mails = try await outbox.send()
            let toAiko = try #require(mails.first { $0.contains("To: aiko@example.org") })
            #expect(RegistrationMailLanguageTests.subject(of: toAiko) == "ボランティア専用ページのご案内：\(name)")
            // "en-US" is written to in the English the site speaks.
            let toBen = try #require(mails.first { $0.contains("To: ben@example.org") })
            #expect(RegistrationMailLanguageTests.subject(of: toBen) == "Your volunteer page: \(name)")
        }
    }

    @Test(arguments: TestDatabase.all)
    func renewalRemindersAreWrittenInTheMembersLanguageWithItsDates(_ database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let outbox = Outbox(app)
            defer { outbox.remove() }
            let hanako = try await Self.person(
                app,
                #"{"givenName":"Hanako","familyName":"Yamada","nativeName":"山田花子","nativeLanguage":"ja","language":"ja","contact":{"email":"hanako@example.jp"}}"#
            )
            let aiko = try await Self.person(
                app,
                #"{"givenName":"Aiko","familyName":"Tanaka","nativeName":"田中愛子","nativeLanguage":"ja","contact":{"email":"aiko@example.org"}}"#
            )
            let level = try JSONBody.object(
                try await app.send(
                    .post, "/api/v1/membership-levels",
                    json:
                        #"{"name":"Individual","fee":{"amount":"3000","currency":"JPY"},"termMonths":12,"graceDays":30}"#
                ))
            let levelID = try #require(level["id"] as? String)
            // Both joined long ago: their memberships have ended.
            for person in [hanako, aiko] {
                let joined = try await app.send(
                    .post, "/api/v1/members",
                    json: #"{"personId":"\#(person)","levelId":"\#(levelID)","joined":"2020-01-01"}"#)
                #expect(joined.status == .created)
            }
            let run = try JSONBody.object(try await app.send(.post, "/api/v1/members/reminders"))
            #expect(run["queued"] as? Int == 2)
            let mails = try await outbox.send()

            let japanese = try #require(mails.first { $0.contains("To: hanako@example.jp") })
            #expect(RegistrationMailLanguageTests.subject(of: japanese) == "Individual会員の有効期限が切れました")
            // Greeted by the name in the email's script; the English email keeps the Latin one.
            #expect(japanese.contains("山田花子 様"))
            #expect(japanese.contains("Individual会員の有効期限は2021年1月1日に切れました。"))
            #expect(japanese.contains("30日以内に更新していただければ"))
            #expect(japanese.contains("会費は￥3,000です。") || japanese.contains("会費は¥3,000です。"))

            let english = try #require(mails.first { $0.contains("To: aiko@example.org") })
            #expect(RegistrationMailLanguageTests.subject(of: english) == "Your Individual membership has ended")
            #expect(english.contains("Dear Aiko Tanaka,"))
            #expect(english.contains("ended on 1 January 2021. Renew within 30 days and nothing lapses. The fee is"))
        }
    }

    @Test func aReminderBeforeExpiryNamesTheDayInTheMembersLanguage() {
        let level = MembershipLevel(
            id: UUID(), name: "Family", fee: nil, termMonths: 12, graceDays: 1)
        let expires = Date(timeIntervalSince1970: 1_798_675_200)  // 2026-12-31, midnight UTC
        let membership = Membership(
            id: UUID(), personID: UUID(), level: level, joined: expires.addingTimeInterval(-365 * 86_400),
            expires: expires)
        let ja = RenewalMail.draft(
            membership, .sevenDays, name: "Hanako Yamada", email: "h@example.jp", programme: "姉妹都市",
            t: MailLanguage.localizer(person: "ja", programme: "en"))
        #expect(ja.subject == "Family会員の有効期限（2026年12月31日）のお知らせ")
        #expect(ja.body.contains("姉妹都市のFamily会員の有効期限は2026年12月31日です。"))
        #expect(!ja.body.contains("会費"))
        let en = RenewalMail.draft(
            membership, .sevenDays, name: "Aiko Tanaka", email: "a@example.org", programme: "Sister Cities",
            t: MailLanguage.localizer(person: nil, programme: "en"))
        #expect(en.subject == "Your Family membership ends on 31 December 2026")
        #expect(
            en.body
                == "Dear Aiko Tanaka,\n\nYour Family membership of Sister Cities ends on 31 December 2026. We hope you will renew.\n\nSister Cities"
        )
        let lapsed = RenewalMail.draft(
            membership, .expired, name: "Aiko Tanaka", email: "a@example.org", programme: "Sister Cities",
            t: MailLanguage.localizer(person: "fr", programme: "en"))
        #expect(lapsed.body.contains("Renew within 1 day and nothing lapses."))
    }

    @Test(arguments: TestDatabase.all)
    func thePersonFormChoosesTheLanguageForEmails(_ database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            _ = try await app.user(.coordinator, email: "coordinator@example.org")
            var browser = Browser(app)
            try await browser.signIn("coordinator@example.org")
            let form = try await browser.send(.get, "/staff/people/new")
            #expect(form.text.contains("Language for emails"))
            #expect(form.text.contains(#"<option value="" selected>The programme&#39;s language</option>"#))
            #expect(form.text.contains(#"<option value="ja">Japanese</option>"#))
            let japaneseForm = try await browser.send(
                .get, "/staff/people/new", headers: LanguageTests.accepting("ja"))
            #expect(japaneseForm.text.contains("メールの言語"))
            #expect(japaneseForm.text.contains(#"<option value="ja">日本語</option>"#))
            #expect(japaneseForm.text.contains(#"<option value="en">英語</option>"#))

            let csrf = try #require(Browser.csrfToken(in: form.text))
            var fields = [
                "csrf_token": csrf, "givenName": "Hanako", "familyName": "Yamada", "language": "ja",
                "contact.email": "hanako@example.jp",
            ]
            let created = try await browser.send(.post, "/staff/people/new", form: fields)
            #expect(created.status == .seeOther)
            let location = try #require(created.headers[.location])
            let id = try #require(location.split(separator: "/").last.map(String.init))
            #expect(
                try JSONBody.object(try await app.send(.get, "/api/v1/people/\(id)"))["language"] as? String == "ja")

            let edit = try await browser.send(.get, "/people/\(id)/edit")
            #expect(edit.text.contains(#"<option value="ja" selected>Japanese</option>"#))
            let editCSRF = try #require(Browser.csrfToken(in: edit.text))
            fields["csrf_token"] = editCSRF
            fields["language"] = ""
            let saved = try await browser.send(.post, "/people/\(id)/edit", form: fields)
            #expect(saved.status == .seeOther)
            #expect(try JSONBody.object(try await app.send(.get, "/api/v1/people/\(id)"))["language"] == nil)

            // A tag the site does not speak, set through the API, stays chosen in the form.
            _ = try await app.send(
                .put, "/api/v1/people/\(id)", json: #"{"givenName":"Hanako","familyName":"Yamada","language":"fr"}"#)
            let french = try await browser.send(.get, "/people/\(id)/edit")
            #expect(french.text.contains(#"<option value="fr" selected>French</option>"#))
        }
    }
}
