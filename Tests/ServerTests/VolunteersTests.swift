import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import Storage
import TestSupport
import Testing

@testable import Server

@Suite struct VolunteersTests {
    func setUp(_ app: TestApp) async throws -> (event: String, person: String) {
        let event = try JSONBody.object(
            try await app.send(
                .post, "/api/v1/events",
                json:
                    #"{"title":"Japan Festival","kind":"festival","start":"2030-04-27","end":"2030-04-28","allDay":true,"timeZone":"America/New_York"}"#
            ))
        let person = try JSONBody.object(
            try await app.send(
                .post, "/api/v1/people",
                json: #"{"givenName":"Aiko","familyName":"Tanaka","contact":{"email":"aiko@example.org"}}"#))
        return (try #require(event["id"] as? String), try #require(person["id"] as? String))
    }

    @Test(arguments: TestDatabase.all)
    func coordinatorsPlanShiftsLogAndReviewTimeAndTheRestCannotSeeIt(database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let (event, person) = try await setUp(app)
            let coordinator = try await app.user(.coordinator).token
            let created = try await app.send(
                .post, "/api/v1/events/\(event)/shifts",
                json: #"{"role":"Welcome desk","start":"2030-04-27T09:00","end":"2030-04-27T12:30","places":1}"#,
                as: .token(coordinator))
            #expect(created.status == .created)
            let shift = try JSONBody.object(created)
            // Local times are read in the venue's zone: 09:00 in Boston in April is 13:00 UTC.
            #expect(shift["start"] as? String == "2030-04-27T09:00:00-04:00")
            #expect(shift["placesLeft"] as? Int == 1)
            let shiftID = try #require(shift["id"] as? String)
            let signedUp = try await app.send(
                .post, "/api/v1/shifts/\(shiftID)/signups", json: #"{"personId":"\#(person)"}"#,
                as: .token(coordinator))
            #expect(signedUp.status == .created)
            let again = try await app.send(
                .post, "/api/v1/shifts/\(shiftID)/signups", json: #"{"personId":"\#(person)"}"#,
                as: .token(coordinator))
            #expect(again.status == .conflict)
            let stranger = try await app.send(
                .post, "/api/v1/shifts/\(shiftID)/signups", json: #"{"personId":"\#(UUID())"}"#,
                as: .token(coordinator))
            #expect(stranger.status == .unprocessableContent)
            let list = try JSONBody.items(try await app.send(.get, "/api/v1/shifts/\(shiftID)/signups"))
            #expect(list.map { $0["volunteerName"] as? String } == ["Aiko Tanaka"])

            let logged = try await app.send(
                .post, "/api/v1/volunteer-hours",
                json: #"{"personId":"\#(person)","day":"2026-04-27","minutes":210,"activity":"event-support"}"#,
                as: .token(coordinator))
            #expect(logged.status == .created)
            #expect(try JSONBody.object(logged)["status"] as? String == "approved")
            let future = try await app.send(
                .post, "/api/v1/volunteer-hours",
                json: #"{"personId":"\#(person)","day":"2999-01-01","minutes":0,"activity":"knitting"}"#,
                as: .token(coordinator))
            #expect(future.status == .unprocessableContent)
            let totals = try JSONBody.object(
                try await app.send(.get, "/api/v1/volunteer-hours/totals?year=2026", as: .token(coordinator)))
            #expect(totals["totalMinutes"] as? Int == 210)
            let byVolunteer = try #require(totals["byVolunteer"] as? [[String: Any]])
            #expect(byVolunteer.first?["hours"] as? String == "3:30")

            // Volunteers' names and hours are for coordinators and above.
            for path in ["/api/v1/volunteer-hours", "/api/v1/volunteer-hours/totals", "/api/v1/events/\(event)/shifts"]
            {
                #expect(try await app.send(.get, path, as: .anonymous).status == .unauthorized, "\(path)")
                let viewer = try await app.user(.viewer, email: "viewer-\(UUID())@example.org").token
                #expect(try await app.send(.get, path, as: .token(viewer)).status == .forbidden, "\(path)")
            }
            #expect(try await app.send(.get, "/api/v1/volunteer-hours?status=lost").status == .badRequest)
        }
    }

    @Test func aVolunteerTakesAShiftAndLogsTimeFromTheirLinkAndACoordinatorCorrectsIt() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mail-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try await withApp(configure: { $0.publicURL = "https://cities.example.org" }) { app async throws in
            let (event, person) = try await setUp(app)
            _ = try await app.send(
                .post, "/api/v1/events/\(event)/shifts",
                json: #"{"role":"Tea stall","start":"2030-04-28T10:00","end":"2030-04-28T14:00","places":2}"#)
            _ = try await app.user(.coordinator, email: "coordinator@example.org")
            var staff = Browser(app)
            try await staff.signIn("coordinator@example.org")
            let page = try await staff.send(.get, "/staff/volunteers")
            #expect(page.text.contains("Tea stall") && page.text.contains("0 of 2 taken"))
            let csrf = try #require(Browser.csrfToken(in: page.text))
            let sent = try await staff.send(
                .post, "/staff/volunteers/link", form: ["csrf_token": csrf, "personId": person])
            #expect(sent.text.contains("The link is on its way to aiko@example.org."))

            let dispatcher = OutboxDispatcher(
                outbox: FluentOutboxRepository(store: app.store), mailer: FolderMailer(directory: folder),
                sender: "Sister Cities <no-reply@example.org>", programme: app.programmeID,
                logger: Logger(label: "test"), clock: .system)
            #expect(try await dispatcher.sendDue(now: Date().addingTimeInterval(1)) == 1)
            let mail = try String(
                contentsOf: folder.appendingPathComponent(
                    try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first)),
                encoding: .utf8)
            let link = try #require(
                mail.components(separatedBy: "\r\n").first {
                    $0.hasPrefix("https://cities.example.org/volunteering?key=")
                })
            let key = try #require(
                URLComponents(string: link)?.queryItems?.first { $0.name == "key" }?.value)

            // The volunteer, with no account, opens the page and takes the shift.
            var volunteer = Browser(app)
            let own = try await volunteer.send(.get, "/volunteering?key=\(key)")
            #expect(own.status == .ok)
            #expect(own.text.contains("Thank you, Aiko Tanaka.") && own.text.contains("Take this shift"))
            #expect(own.headers[.cacheControl] == "no-store")
            let shiftID = try #require(
                own.text.firstMatch(of: /name="shiftId" value="([0-9A-F-]{36})"/).map { String($0.1) })
            let taken = try await volunteer.send(
                .post, "/volunteering/signup", form: ["key": key, "shiftId": shiftID])
            #expect(taken.text.contains("The shift is yours."))
            #expect(taken.text.contains("Withdraw"))

            // They log time; it waits for approval.
            let bad = try await volunteer.send(
                .post, "/volunteering/hours",
                form: ["key": key, "day": "2999-01-01", "time": "2h", "activity": "office"])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("must be hours and minutes such as 2:30"))
            let logged = try await volunteer.send(
                .post, "/volunteering/hours",
                form: ["key": key, "day": "2026-04-28", "time": "4:30", "activity": "event-support", "eventId": ""])
            #expect(logged.text.contains("Logged 4:30 on 28 April 2026"))
            #expect(logged.text.contains("Waiting for approval"))

            // The coordinator corrects it, saying why; the volunteer sees both figures.
            let review = try await staff.send(.get, "/staff/volunteers")
            #expect(review.text.contains("Waiting for approval (1)"))
            let entry = try JSONBody.items(try await app.send(.get, "/api/v1/volunteer-hours?status=pending"))
            let entryID = try #require(entry.first?["id"] as? String)
            let noReason = try await staff.send(
                .post, "/staff/volunteer-hours/\(entryID)/review", form: ["csrf_token": csrf, "time": "4:00"])
            #expect(noReason.status == .unprocessableContent)
            #expect(noReason.text.contains("is required when the minutes are corrected"))
            let corrected = try await staff.send(
                .post, "/staff/volunteer-hours/\(entryID)/review",
                form: ["csrf_token": csrf, "time": "4:00", "note": "The stall closed at two"])
            #expect(corrected.text.contains("Approved: 4:00 by Aiko Tanaka"))
            let after = try await volunteer.send(.get, "/volunteering?key=\(key)")
            #expect(after.text.contains("You logged 4:30; corrected: The stall closed at two"))
            #expect(after.text.contains("Approved so far: <strong>4:00</strong>"))

            // A wrong or missing key opens nothing.
            #expect(try await volunteer.send(.get, "/volunteering?key=guess").status == .notFound)
            #expect(try await volunteer.send(.get, "/volunteering").status == .notFound)
            let forged = try await volunteer.send(
                .post, "/volunteering/hours", form: ["key": "guess", "day": "2026-01-01", "time": "1:00"])
            #expect(forged.status == .notFound)

            // A new link replaces the old one: the first key opens nothing any more.
            let again = try await staff.send(
                .post, "/staff/volunteers/link", form: ["csrf_token": csrf, "personId": person])
            #expect(again.text.contains("The link is on its way to aiko@example.org."))
            #expect(try await volunteer.send(.get, "/volunteering?key=\(key)").status == .notFound)
            #expect(mail.contains("It works for 90 days"))
        }
    }
}
