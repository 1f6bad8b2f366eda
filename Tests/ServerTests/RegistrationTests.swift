import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import Storage
import TestSupport
import Testing

@testable import Server

@Suite struct RegistrationTests {
    func event(_ app: TestApp, capacity: Int) async throws -> String {
        let created = try await app.send(
            .post, "/api/v1/events",
            json:
                #"{"title":"Tea ceremony","kind":"ceremony","start":"2030-05-01","allDay":true,"capacity":\#(capacity),"venue":{"name":"Japan Society"}}"#
        )
        return try #require(try JSONBody.object(created)["id"] as? String)
    }

    @Test func registeringFromThePageWaitlistingAndMovingUpByEmail() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mail-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try await withApp(configure: { $0.publicURL = "https://cities.example.org" }) { app async throws in
            let id = try await event(app, capacity: 1)
            let dispatcher = OutboxDispatcher(
                outbox: FluentOutboxRepository(store: app.store), mailer: FolderMailer(directory: folder),
                sender: "Sister Cities <no-reply@example.org>", programme: app.programmeID,
                logger: Logger(label: "test"), clock: .system)
            var visitor = Browser(app)
            let page = try await visitor.send(.get, "/events/\(id)")
            #expect(page.text.contains("1 of 1 places left."))
            let first = try await visitor.send(
                .post, "/events/\(id)/register", form: ["name": "Aiko Tanaka", "email": "aiko@example.org"])
            #expect(first.text.contains("Your place at Tea ceremony is confirmed."))
            let full = try await visitor.send(.get, "/events/\(id)")
            #expect(full.text.contains("The event is full.") && full.text.contains("Join the waitlist"))
            let second = try await visitor.send(
                .post, "/events/\(id)/register", form: ["name": "Ben Li", "email": "ben@example.org"])
            #expect(second.text.contains("you are number 1 on its waitlist"))
            let twice = try await visitor.send(
                .post, "/events/\(id)/register", form: ["name": "Ben Li", "email": "BEN@example.org"])
            #expect(twice.status == .unprocessableContent)
            #expect(twice.text.contains("ben@example.org is already registered for this event"))
            let bad = try await visitor.send(.post, "/events/\(id)/register", form: ["name": "", "email": "nope"])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("Email: must be an email address"))

            // The outbox delivers both confirmations into the folder, each with its own cancellation link.
            #expect(try await dispatcher.sendDue(now: Date().addingTimeInterval(1)) == 2)
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            let mails = try files.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
            let aiko = try #require(mails.first { $0.contains("To: aiko@example.org") })
            #expect(aiko.contains("Subject: You are registered: Tea ceremony\r\n"))
            #expect(aiko.contains("\r\n\r\nDear Aiko Tanaka,"))
            let link = try #require(
                aiko.components(separatedBy: "\r\n").first {
                    $0.hasPrefix("https://cities.example.org/registrations/cancel?token=")
                })
            let path = String(link.dropFirst("https://cities.example.org".count))

            // Aiko cancels from the link; Ben moves up and is told.
            let confirm = try await visitor.send(.get, path)
            #expect(confirm.text.contains("Cancel your registration?"))
            let token = String(path.split(separator: "=", maxSplits: 1)[1])
            let cancelled = try await visitor.send(
                .post, "/registrations/cancel", form: ["token": token.removingPercentEncoding ?? token])
            #expect(cancelled.text.contains("Your registration for Tea ceremony is cancelled."))
            #expect(try await dispatcher.sendDue(now: Date().addingTimeInterval(1)) == 1)
            let promoted = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
                .first { $0.contains("Subject: A place is yours: Tea ceremony") }
            #expect(promoted?.contains("To: ben@example.org") == true)
            #expect(try await visitor.send(.get, "/registrations/cancel?token=wrong").status == .notFound)
        }
    }

    @Test(arguments: TestDatabase.all)
    func organisersSeeTheListAndRecordAttendance(database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let id = try await event(app, capacity: 1)
            let created = try await app.send(
                .post, "/api/v1/events/\(id)/registrations", json: #"{"name":"Aiko","email":"aiko@example.org"}"#,
                as: .anonymous)
            #expect(created.status == .created)
            #expect(try JSONBody.object(created)["status"] as? String == "confirmed")
            let waiting = try await app.send(
                .post, "/api/v1/events/\(id)/registrations", json: #"{"name":"Ben","email":"ben@example.org"}"#,
                as: .anonymous)
            #expect(try JSONBody.object(waiting)["waitlistPosition"] as? Int == 1)
            #expect(
                try await app.send(.get, "/api/v1/events/\(id)/registrations", as: .anonymous).status == .unauthorized)
            let viewer = try await app.user(.viewer).token
            #expect(
                try await app.send(.get, "/api/v1/events/\(id)/registrations", as: .token(viewer)).status == .forbidden)
            let coordinator = try await app.user(.coordinator).token
            let list = try JSONBody.items(
                try await app.send(.get, "/api/v1/events/\(id)/registrations", as: .token(coordinator)))
            #expect(list.map { $0["status"] as? String } == ["confirmed", "waitlisted"])
            let aiko = try #require(list.first?["id"] as? String)
            let marked = try await app.send(
                .put, "/api/v1/registrations/\(aiko)/attendance", json: #"{"attended":true}"#, as: .token(coordinator))
            #expect(try JSONBody.object(marked)["attended"] as? Bool == true)
            #expect(
                try await app.send(.delete, "/api/v1/registrations/\(aiko)", as: .token(coordinator)).status
                    == .noContent)
            let after = try JSONBody.items(
                try await app.send(.get, "/api/v1/events/\(id)/registrations", as: .token(coordinator)))
            #expect(after.map { $0["email"] as? String } == ["ben@example.org", "aiko@example.org"])
            #expect(after.map { $0["status"] as? String } == ["confirmed", "cancelled"])
            _ = try await app.user(.coordinator, email: "coordinator@example.org")
            var browser = Browser(app)
            try await browser.signIn("coordinator@example.org")
            let page = try await browser.send(.get, "/events/\(id)/registrations")
            #expect(page.text.contains("1 of 1 places taken · 0 on the waitlist · 0 attended"))
            #expect(page.text.contains("Ben"))
            let csrf = try #require(Browser.csrfToken(in: page.text))
            let ben = try #require(after.first?["id"] as? String)
            _ = try await browser.send(
                .post, "/events/\(id)/registrations", form: ["csrf_token": csrf, "attended": ben.uppercased()])
            let saved = try await browser.send(.get, "/events/\(id)/registrations")
            #expect(saved.text.contains("1 attended"))
            let outbox = try await browser.send(.get, "/staff/outbox")
            #expect(outbox.text.contains("You are registered: Tea ceremony"))
            let demo = try JSONBody.items(try await app.send(.get, "/api/v1/events?when=past"))
            let past = try #require(demo.first?["id"] as? String)
            let refused = try await app.send(
                .post, "/api/v1/events/\(past)/registrations", json: #"{"name":"Late","email":"late@example.org"}"#,
                as: .anonymous)
            #expect(refused.status == .conflict)
        }
    }
}
