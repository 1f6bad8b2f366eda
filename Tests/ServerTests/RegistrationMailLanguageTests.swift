import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import Storage
import TestSupport
import Testing

@testable import Server

/// A registration's emails are written in the language the person registered in, whoever later causes them.
@Suite struct RegistrationMailLanguageTests {
    /// The subject as a mail client shows it (RFC 2047 words decoded).
    static func subject(of mail: String) -> String? {
        guard let line = mail.components(separatedBy: "\r\n").first(where: { $0.hasPrefix("Subject: ") }) else {
            return nil
        }
        let value = String(line.dropFirst("Subject: ".count))
        guard value.hasPrefix("=?utf-8?B?"), value.hasSuffix("?=") else { return value }
        let encoded = value.dropFirst("=?utf-8?B?".count).dropLast(2)
        return Data(base64Encoded: String(encoded)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func emailsSpeakTheRegistrantsLanguage() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mail-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try await withApp(configure: { $0.publicURL = "https://cities.example.org" }) { app async throws in
            let created = try await app.send(
                .post, "/api/v1/events",
                json: #"""
                    {"title":"Tea ceremony","kind":"ceremony","start":"2030-05-01T10:00","end":"2030-05-01T11:30",
                    "timeZone":"Asia/Tokyo","capacity":1,"venue":{"name":"Japan Society"},
                    "translations":{"ja":{"title":"茶会"}}}
                    """#)
            let id = try #require(try JSONBody.object(created)["id"] as? String)
            let dispatcher = OutboxDispatcher(
                outbox: FluentOutboxRepository(store: app.store), mailer: FolderMailer(directory: folder),
                sender: "Sister Cities <no-reply@example.org>", programme: app.programmeID,
                logger: Logger(label: "test"), clock: .system)
            func mails() throws -> [String] {
                try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                    .map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
            }

            // Ben registers in English and takes the place; Hanako, in Japanese, waits.
            var ben = Browser(app)
            _ = try await ben.send(
                .post, "/events/\(id)/register", form: ["name": "Ben Li", "email": "ben@example.org"],
                headers: LanguageTests.accepting("en"))
            var hanako = Browser(app)
            _ = try await hanako.send(.get, "/language?to=ja&next=/events/\(id)")
            _ = try await hanako.send(
                .post, "/events/\(id)/register", form: ["name": "山田花子", "email": "hanako@example.jp"])
            #expect(try await dispatcher.sendDue(now: Date().addingTimeInterval(1)) == 2)
            let first = try mails()
            let english = try #require(first.first { $0.contains("To: ben@example.org") })
            #expect(Self.subject(of: english) == "You are registered: Tea ceremony")
            #expect(english.contains("Wed 1 May 2030, 10:00–11:30 (Japan Standard Time)"))
            let japanese = try #require(first.first { $0.contains("To: hanako@example.jp") })
            #expect(Self.subject(of: japanese) == "キャンセル待ちのお知らせ：茶会")
            #expect(japanese.contains("山田花子 様"))
            #expect(japanese.contains("キャンセル待ち（1番目）"))
            #expect(japanese.contains("2030年5月1日（水） 10:00～11:30（日本標準時）"))

            // Ben cancels, in English; the place that frees is Hanako's, and she is told in Japanese.
            let link = try #require(
                english.components(separatedBy: "\r\n").first {
                    $0.hasPrefix("https://cities.example.org/registrations/cancel?token=")
                })
            let token = String(link.split(separator: "=", maxSplits: 1)[1])
            _ = try await ben.send(
                .post, "/registrations/cancel", form: ["token": token.removingPercentEncoding ?? token])
            #expect(try await dispatcher.sendDue(now: Date().addingTimeInterval(1)) == 1)
            let promoted = try #require(try mails().first { Self.subject(of: $0) == "参加が確定しました：茶会" })
            #expect(promoted.contains("To: hanako@example.jp"))
            #expect(promoted.contains("参加登録が確定しました"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func aRegistrationKeepsItsLanguage(database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let created = try await app.send(
                .post, "/api/v1/events",
                json: #"{"title":"Tea ceremony","kind":"ceremony","start":"2030-05-01","allDay":true,"capacity":5}"#)
            let id = try #require(try JSONBody.object(created)["id"] as? String)
            var headers = LanguageTests.accepting("ja-JP")
            headers[.contentType] = "application/json"
            let answer = try await app.send(
                .post, "/api/v1/events/\(id)/registrations", json: #"{"name":"Aiko","email":"aiko@example.org"}"#,
                headers: headers, as: .anonymous)
            #expect(answer.status == .created)
            let registrations = FluentRegistrationRepository(store: app.store)
            let kept = try await registrations.list(event: try #require(UUID(uuidString: id)), in: app.programmeID)
            #expect(kept.map(\.language) == ["ja"])
        }
    }
}
