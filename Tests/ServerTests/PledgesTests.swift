import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@Suite struct PledgesTests {
    @Test(arguments: TestDatabase.all)
    func recurringGiftsArePledgedPaidTowardAndFollowed(database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let person = try JSONBody.object(
                try await app.send(.post, "/api/v1/people", json: #"{"givenName":"Aiko","familyName":"Tanaka"}"#))
            let donor = try #require(person["id"] as? String)
            let coordinator = try await app.user(.coordinator).token
            let created = try await app.send(
                .post, "/api/v1/pledges",
                json:
                    #"{"donorId":"\#(donor)","amount":{"amount":"25.00","currency":"USD"},"frequency":"monthly","start":"2025-01-01","instalments":12}"#,
                as: .token(coordinator))
            #expect(created.status == .created)
            let pledge = try JSONBody.object(created)
            let id = try #require(pledge["id"] as? String)
            #expect(pledge["total"] as? [String: String] == ["amount": "300.00", "currency": "USD"])
            // All twelve instalments of 2025 are due by now, and nothing came in.
            #expect(pledge["arrears"] as? [String: String] == ["amount": "300.00", "currency": "USD"])
            #expect(pledge["nextDue"] as? String == "2025-01-01")

            let paid = try await app.send(
                .post, "/api/v1/contributions",
                json:
                    #"{"donorId":"\#(donor)","amount":{"amount":"50.00","currency":"USD"},"received":"2025-02-01","pledgeId":"\#(id)"}"#,
                as: .token(coordinator))
            #expect(paid.status == .created)
            #expect(try JSONBody.object(paid)["pledgeId"] as? String == id)
            let after = try JSONBody.object(try await app.send(.get, "/api/v1/pledges/\(id)", as: .token(coordinator)))
            #expect(after["received"] as? [String: String] == ["amount": "50.00", "currency": "USD"])
            #expect(after["payments"] as? Int == 1 && after["nextDue"] as? String == "2025-03-01")
            let wrong = try await app.send(
                .post, "/api/v1/contributions",
                json:
                    #"{"donorId":"\#(donor)","amount":{"amount":"5000","currency":"JPY"},"received":"2025-02-01","pledgeId":"\#(id)"}"#
            )
            #expect(wrong.status == .unprocessableContent)
            let bad = try await app.send(
                .post, "/api/v1/pledges",
                json:
                    #"{"donorId":"\#(donor)","amount":{"amount":"25","currency":"USD"},"frequency":"weekly","start":"2025-01"}"#
            )
            #expect(bad.status == .unprocessableContent)

            #expect(try await app.send(.get, "/api/v1/pledges", as: .anonymous).status == .unauthorized)
            let viewer = try await app.user(.viewer).token
            #expect(try await app.send(.get, "/api/v1/pledges", as: .token(viewer)).status == .forbidden)

            _ = try await app.user(.coordinator, email: "coordinator@example.org")
            var browser = Browser(app)
            try await browser.signIn("coordinator@example.org")
            let page = try await browser.send(.get, "/staff/pledges")
            #expect(page.text.contains("US$25.00 monthly from 1 January 2025, 12 instalments"))
            #expect(page.text.contains("Behind by US$250.00"))
            let form = try await browser.send(.get, "/staff/contributions")
            #expect(form.text.contains("Toward a pledge"))
            let csv = try await app.send(.get, "/staff/pledges.csv")
            #expect(csv.text.hasPrefix("id,donor_id,donor,amount,currency,frequency"))
            #expect(csv.text.contains(",25.00,USD,monthly,2025-01-01,12,general fund,open,50.00,1,250.00,2025-03-01,"))

            let csrf = try #require(Browser.csrfToken(in: page.text))
            let confirm = try await browser.send(.get, "/staff/pledges/\(id)/cancel")
            #expect(confirm.text.contains("Cancel Aiko Tanaka&#39;s pledge?"))
            _ = try await browser.send(.post, "/staff/pledges/\(id)/cancel", form: ["csrf_token": csrf])
            let cancelled = try JSONBody.object(try await app.send(.get, "/api/v1/pledges/\(id)"))
            #expect(cancelled["status"] as? String == "cancelled")
            #expect(try await app.send(.post, "/api/v1/pledges/\(id)/cancel").status == .conflict)
        }
    }
}
