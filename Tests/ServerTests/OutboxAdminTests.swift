import Domain
import Foundation
import HTTPTypes
import Logging
import Storage
import TestSupport
import Testing

@testable import Server

@Suite struct OutboxAdminTests {
    @Test func sendDrainsTheOutboxIntoTheFolderAndListSaysSo() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outbox-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try await withApp { app async throws in
            let created = try await app.send(
                .post, "/api/v1/events",
                json: #"{"title":"Tea ceremony","kind":"ceremony","start":"2030-05-01","allDay":true,"capacity":5}"#)
            let id = try #require(try JSONBody.object(created)["id"] as? String)
            _ = try await app.send(
                .post, "/api/v1/events/\(id)/registrations", json: #"{"name":"Aiko","email":"aiko@example.org"}"#,
                as: .anonymous)
            let before = try await OutboxAdmin.list(location: app.store.location, limit: 10)
            #expect(
                before.count == 1
                    && before[0].contains("\tpending\t0\taiko@example.org\tYou are registered: Tea ceremony"))
            let (sent, waiting) = try await OutboxAdmin.send(
                location: app.store.location, smtpURL: nil, smtpPassword: nil, mailDirectory: folder.path,
                from: "no-reply@example.org")
            #expect(sent == 1 && waiting == 0)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 1)
            let after = try await OutboxAdmin.list(location: app.store.location, limit: 10)
            #expect(after[0].contains("\tsent\t1\t"))
        }
    }

    @Test func aServerShowsAndSendsOnlyItsOwnProgrammesMail() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outbox-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try await withApp { app async throws in
            // A second programme on the same install, with mail of its own waiting.
            let cities = FluentCityRepository(store: app.store)
            let kyoto = try await cities.create(CityDraft(name: "Kyoto", countryCode: "JP"), by: .system("test"))
            let other = try await FluentProgrammeRepository(store: app.store).create(
                ProgrammeDraft(name: "Kyoto Sister Cities", homeCityID: kyoto.id), by: .system("test"))
            let theirs = try await FluentEventRepository(store: app.store).create(
                EventDraft(
                    title: "Gion festival", kind: .festival,
                    schedule: .allDay(first: PartialDate("2030-07-17")!, last: PartialDate("2030-07-17")!), capacity: 50
                ),
                in: other.id, by: .system("test"))
            _ = try await FluentRegistrationRepository(store: app.store).register(
                RegistrationDraft(name: "Kenji", email: "kenji@kyoto.example.jp"), for: theirs.id, in: other.id,
                cancelHash: "kenji", now: Date()
            ) { registration, _ in MailDraft(to: registration.email, subject: "Gion festival", body: "") }
            let created = try await app.send(
                .post, "/api/v1/events",
                json: #"{"title":"Tea ceremony","kind":"ceremony","start":"2030-05-01","allDay":true,"capacity":5}"#)
            let id = try #require(try JSONBody.object(created)["id"] as? String)
            _ = try await app.send(
                .post, "/api/v1/events/\(id)/registrations", json: #"{"name":"Aiko","email":"aiko@example.org"}"#,
                as: .anonymous)

            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            try await browser.signIn("staff@example.org")
            let page = try await browser.send(.get, "/staff/outbox")
            #expect(page.text.contains("aiko@example.org"))
            #expect(!page.text.contains("kenji@kyoto.example.jp") && !page.text.contains("Gion festival"))

            let dispatcher = OutboxDispatcher(
                outbox: FluentOutboxRepository(store: app.store), mailer: FolderMailer(directory: folder),
                sender: "Boston <no-reply@example.org>", programme: app.programmeID, logger: Logger(label: "test"),
                clock: .system)
            #expect(try await dispatcher.sendDue(now: Date().addingTimeInterval(1)) == 1)
            let waiting = try await FluentOutboxRepository(store: app.store).due(
                now: Date().addingTimeInterval(1), limit: 10, in: nil)
            #expect(waiting.map(\.to) == ["kenji@kyoto.example.jp"])
        }
    }
}
