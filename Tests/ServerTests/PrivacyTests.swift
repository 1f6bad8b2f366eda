import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Storage
import TestSupport
import Testing

@testable import Server

@Suite struct PrivacyTests {
    @Test(arguments: TestDatabase.all)
    func aPersonsDataIsExportedToCoordinatorsAndErasedByStaff(database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let person = try JSONBody.object(
                try await app.send(
                    .post, "/api/v1/people",
                    json: #"{"givenName":"Aiko","familyName":"Tanaka","contact":{"email":"aiko@example.org"}}"#))
            let id = try #require(person["id"] as? String)
            _ = try await app.send(
                .post, "/api/v1/contributions",
                json: #"{"donorId":"\#(id)","amount":{"amount":"250.00","currency":"USD"},"received":"2026-03-14"}"#)

            let coordinator = try await app.user(.coordinator).token
            let export = try await app.send(.get, "/api/v1/people/\(id)/personal-data", as: .token(coordinator))
            #expect(export.status == .ok)
            #expect(export.headers[.contentDisposition] == "attachment; filename=\"personal-data-\(id).json\"")
            let document = try JSONBody.object(export)
            #expect(
                (document["person"] as? [String: Any])?["contact"] as? [String: String] == ["email": "aiko@example.org"]
            )
            #expect((document["contributions"] as? [Any])?.count == 1)
            for key in ["memberships", "registrations", "volunteerHours", "shiftSignups", "emails", "history"] {
                #expect(document[key] is [Any], "\(key)")
            }
            #expect(
                try await app.send(.get, "/api/v1/people/\(id)/personal-data", as: .anonymous).status == .unauthorized)
            let viewer = try await app.user(.viewer).token
            #expect(
                try await app.send(.get, "/api/v1/people/\(id)/personal-data", as: .token(viewer)).status == .forbidden)

            // Deleting would lose the receipt: refused. Erasing is for staff and above.
            #expect(try await app.send(.delete, "/api/v1/people/\(id)").status == .conflict)
            #expect(
                try await app.send(.post, "/api/v1/people/\(id)/erase", as: .token(coordinator)).status == .forbidden)
            let staff = try await app.user(.staff).token
            let erased = try await app.send(.post, "/api/v1/people/\(id)/erase", as: .token(staff))
            #expect(erased.status == .ok)
            #expect(try JSONBody.object(erased)["contributionsAnonymised"] as? Int == 1)
            let receipts = try JSONBody.items(try await app.send(.get, "/api/v1/contributions"))
            #expect(receipts.first?["donorName"] as? String == "Erased person")
            #expect(receipts.first?["amount"] as? [String: String] == ["amount": "250.00", "currency": "USD"])
            let after = try JSONBody.object(try await app.send(.get, "/api/v1/people/\(id)/personal-data"))
            #expect(((after["person"] as? [String: Any])?["contact"] as? [String: String])?.isEmpty == true)
            #expect((after["person"] as? [String: Any])?["givenName"] as? String == "Erased person")

            // Nothing new is recorded under an erased person: that would gather their data again.
            let gift = try await app.send(
                .post, "/api/v1/contributions",
                json: #"{"donorId":"\#(id)","amount":{"amount":"10","currency":"USD"},"received":"2026-04-01"}"#)
            #expect(gift.status == .unprocessableContent)
            #expect(gift.text.contains("their data was erased"))
            let pledge = try await app.send(
                .post, "/api/v1/pledges",
                json: #"{"donorId":"\#(id)","amount":{"amount":"10","currency":"USD"},"start":"2026-05-01"}"#)
            #expect(pledge.status == .unprocessableContent)
            let level = try JSONBody.object(
                try await app.send(.post, "/api/v1/membership-levels", json: #"{"name":"Lifetime","lifetime":true}"#))
            let levelID = try #require(level["id"] as? String)
            let member = try await app.send(
                .post, "/api/v1/members",
                json: #"{"personId":"\#(id)","levelId":"\#(levelID)","joined":"2026-04-01"}"#)
            #expect(member.status == .unprocessableContent)
            let hours = try await app.send(
                .post, "/api/v1/volunteer-hours",
                json: #"{"personId":"\#(id)","day":"2026-04-01","minutes":60,"activity":"festival"}"#)
            #expect(hours.status == .unprocessableContent)
        }
    }

    @Test func staffEraseFromThePersonsPageAfterConfirming() async throws {
        try await withApp { app async throws in
            let person = try JSONBody.object(
                try await app.send(
                    .post, "/api/v1/people",
                    json: #"{"givenName":"Ben","familyName":"Okafor","contact":{"email":"ben@example.org"}}"#))
            let id = try #require(person["id"] as? String)
            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            try await browser.signIn("staff@example.org")
            let page = try await browser.send(.get, "/people/\(id)")
            #expect(page.text.contains("download everything kept about them") && page.text.contains("erase it…"))
            let confirm = try await browser.send(.get, "/people/\(id)/erase")
            #expect(confirm.text.contains("Erase Ben Okafor&#39;s personal data?"))
            let csrf = try #require(Browser.csrfToken(in: confirm.text))
            let done = try await browser.send(.post, "/people/\(id)/erase", form: ["csrf_token": csrf])
            #expect(done.text.contains("Personal data erased"))
            let erased = try await browser.send(.get, "/people/\(id)")
            #expect(erased.text.contains("Erased person") && !erased.text.contains("ben@example.org"))
            let history = try JSONBody.items(try await app.send(.get, "/api/v1/people/\(id)/history"))
            #expect(history.first?["action"] as? String == "erase")
        }
    }

    @Test(.enabled(if: CommandLineTests.executable != nil, "the sistercities executable is not built"))
    func operatorsExportAndEraseFromTheCommandLine() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let id = try await OperatorServices.with(.sqlite(path: path), label: "test") { services in
            try await services.people.create(
                PersonDraft(
                    givenName: "Aiko", familyName: "Tanaka", contact: ContactDetails(email: "aiko@example.org")),
                in: services.programmeID, by: .system("test")
            ).id
        }
        let export = try CommandLineTests().run(["people", "export", id.uuidString, "--database", path])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("\"email\" : \"aiko@example.org\""))
        let unconfirmed = try CommandLineTests().run(["people", "erase", id.uuidString, "--database", path])
        #expect(unconfirmed.status != 0 && unconfirmed.stderr.contains("add --yes"))
        let erase = try CommandLineTests().run(["people", "erase", id.uuidString, "--yes", "--database", path])
        #expect(erase.status == 0 && erase.stdout.hasPrefix("Erased."), "\(erase.stderr)")
        let again = try CommandLineTests().run(["people", "export", id.uuidString, "--database", path])
        #expect(!again.stdout.contains("aiko@example.org"))
    }
}
