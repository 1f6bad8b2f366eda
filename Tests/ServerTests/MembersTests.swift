import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@Suite struct MembersTests {
    @Test func coordinatorsKeepMembersAndTheRestCannotSeeThem() async throws {
        try await withApp { app async throws in
            let person = try JSONBody.object(
                try await app.send(
                    .post, "/api/v1/people",
                    json: #"{"givenName":"Aiko","familyName":"Tanaka","contact":{"email":"aiko@example.org"}}"#))
            let personID = try #require(person["id"] as? String)
            let level = try JSONBody.object(
                try await app.send(
                    .post, "/api/v1/membership-levels",
                    json:
                        #"{"name":"Individual","fee":{"amount":"25","currency":"USD"},"termMonths":12,"graceDays":30}"#)
            )
            let levelID = try #require(level["id"] as? String)
            let lifetime = try await app.send(
                .post, "/api/v1/membership-levels", json: #"{"name":"Lifetime","lifetime":true}"#)
            #expect(lifetime.status == .created)
            let bad = try await app.send(
                .post, "/api/v1/membership-levels", json: #"{"name":"Odd","renewsOn":"02-30"}"#)
            #expect(bad.status == .unprocessableContent)
            let emptyFee = try await app.send(
                .post, "/api/v1/membership-levels", json: #"{"name":"Free","termMonths":1,"fee":{}}"#)
            #expect(emptyFee.status == .unprocessableContent)

            let joined = try await app.send(
                .post, "/api/v1/members",
                json: #"{"personId":"\#(personID)","levelId":"\#(levelID)","joined":"2020-01-01"}"#)
            #expect(joined.status == .created)
            let member = try JSONBody.object(joined)
            #expect(member["expires"] as? String == "2021-01-01")
            #expect(member["status"] as? String == "expired")
            let memberID = try #require(member["id"] as? String)
            let renewed = try JSONBody.object(try await app.send(.post, "/api/v1/members/\(memberID)/renew"))
            #expect(renewed["status"] as? String == "active")
            let expired = try JSONBody.items(try await app.send(.get, "/api/v1/members?status=expired"))
            #expect(expired.isEmpty)

            #expect(try await app.send(.get, "/api/v1/members", as: .anonymous).status == .unauthorized)
            let viewer = try await app.user(.viewer).token
            #expect(try await app.send(.get, "/api/v1/members", as: .token(viewer)).status == .forbidden)

            _ = try await app.user(.coordinator, email: "coordinator@example.org")
            var browser = Browser(app)
            try await browser.signIn("coordinator@example.org")
            let page = try await browser.send(.get, "/staff/members")
            #expect(page.text.contains("Active (1)") && page.text.contains("Aiko Tanaka"))
            let csrf = try #require(Browser.csrfToken(in: page.text))
            let run = try await browser.send(.post, "/staff/members/reminders", form: ["csrf_token": csrf])
            #expect(run.text.contains("0 reminders queued"))
        }
    }

    @Test func coordinatorsAddLevelsAndMembersFromThePage() async throws {
        try await withApp { app async throws in
            let person = try JSONBody.object(
                try await app.send(.post, "/api/v1/people", json: #"{"givenName":"Aiko","familyName":"Tanaka"}"#))
            let personID = try #require(person["id"] as? String)
            _ = try await app.user(.coordinator, email: "coordinator@example.org")
            var browser = Browser(app)
            try await browser.signIn("coordinator@example.org")
            let empty = try await browser.send(.get, "/staff/members")
            #expect(empty.text.contains("Add a membership level first"))
            let csrf = try #require(Browser.csrfToken(in: empty.text))
            let bad = try await browser.send(
                .post, "/staff/members/levels",
                form: [
                    "csrf_token": csrf, "name": "Family", "fee": "40.005", "currency": "USD", "termMonths": "12",
                    "renewsOn": "02-30", "graceDays": "30",
                ])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("must be a decimal amount with at most 2 decimal places"))
            let badDay = try await browser.send(
                .post, "/staff/members/levels",
                form: [
                    "csrf_token": csrf, "name": "Family", "fee": "40", "currency": "USD", "termMonths": "12",
                    "renewsOn": "02-30",
                ])
            #expect(badDay.status == .unprocessableContent)
            #expect(badDay.text.contains("must be a day of the year that exists every year"))
            let added = try await browser.send(
                .post, "/staff/members/levels",
                form: [
                    "csrf_token": csrf, "name": "Family", "fee": "40", "currency": "USD", "termMonths": "12",
                    "renewsOn": "12-31", "graceDays": "30",
                ])
            #expect(
                added.text.contains(
                    "Level added: Family · US$40.00 · 12 months · renews on 31 December · 30 days&#39; grace."))
            let lifetime = try await browser.send(
                .post, "/staff/members/levels", form: ["csrf_token": csrf, "name": "Lifetime", "termMonths": ""])
            #expect(lifetime.text.contains("Level added: Lifetime · free · lifetime."))
            let levels = try JSONBody.items(try await app.send(.get, "/api/v1/membership-levels"))
            let family = try #require(levels.first { $0["name"] as? String == "Family" }?["id"] as? String)
            let badJoin = try await browser.send(
                .post, "/staff/members",
                form: ["csrf_token": csrf, "personId": personID, "levelId": family, "joined": "2026-02-30"])
            #expect(badJoin.status == .unprocessableContent)
            #expect(badJoin.text.contains("must be a day written YYYY-MM-DD"))
            _ = try await browser.send(
                .post, "/staff/members",
                form: ["csrf_token": csrf, "personId": personID, "levelId": family, "joined": "2026-03-01"])
            let members = try JSONBody.items(try await app.send(.get, "/api/v1/members"))
            #expect(members.first?["expires"] as? String == "2026-12-31")
        }
    }
}
