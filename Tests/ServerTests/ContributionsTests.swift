import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@Suite struct ContributionsTests {
    @Test(arguments: TestDatabase.all)
    func coordinatorsRecordGiftsAndPrintReceiptsAndTheRestCannotSeeThem(database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let person = try JSONBody.object(
                try await app.send(.post, "/api/v1/people", json: #"{"givenName":"Aiko","familyName":"Tanaka"}"#))
            let donor = try #require(person["id"] as? String)
            let coordinator = try await app.user(.coordinator).token
            let created = try await app.send(
                .post, "/api/v1/contributions",
                json: #"{"donorId":"\#(donor)","amount":{"amount":"250.00","currency":"USD"},"received":"2026-03-14"}"#,
                as: .token(coordinator))
            #expect(created.status == .created)
            let gift = try JSONBody.object(created)
            #expect(gift["amount"] as? [String: String] == ["amount": "250.00", "currency": "USD"])
            let receipt = try #require(gift["receipt"] as? [String: Any])
            #expect(receipt["number"] as? String == "FY2026-0001")
            let inKind = try await app.send(
                .post, "/api/v1/contributions",
                json: #"{"donorId":"\#(donor)","inKind":"Ikebana workshop materials","received":"2026-04-02"}"#,
                as: .token(coordinator))
            #expect(try (JSONBody.object(inKind)["receipt"] as? [String: Any])?["number"] as? String == "FY2026-0002")

            let bad = try await app.send(
                .post, "/api/v1/contributions",
                json: #"{"donorId":"\#(donor)","amount":{"amount":"1.005","currency":"USD"},"received":"2026-02"}"#,
                as: .token(coordinator))
            #expect(bad.status == .unprocessableContent)
            let fields = Set(
                try #require(try JSONBody.object(bad)["errors"] as? [[String: Any]]).compactMap {
                    $0["field"] as? String
                })
            #expect(fields == ["amount.amount", "received"])

            let totals = try JSONBody.object(
                try await app.send(.get, "/api/v1/contributions/totals?fiscalYear=2026", as: .token(coordinator)))
            #expect(totals["totals"] as? [[String: String]] == [["amount": "250.00", "currency": "USD"]])
            #expect(totals["inKindCount"] as? Int == 1)

            // Donors are for coordinators and above.
            #expect(try await app.send(.get, "/api/v1/contributions", as: .anonymous).status == .unauthorized)
            let viewer = try await app.user(.viewer).token
            #expect(try await app.send(.get, "/api/v1/contributions", as: .token(viewer)).status == .forbidden)
            let editor = try await app.user(.partnerEditor).token
            #expect(try await app.send(.get, "/api/v1/contributions", as: .token(editor)).status == .forbidden)

            let id = try #require(gift["id"] as? String)
            let voided = try await app.send(
                .post, "/api/v1/contributions/\(id)/void", json: #"{"reason":"Cheque returned"}"#,
                as: .token(coordinator))
            #expect(try (JSONBody.object(voided)["receipt"] as? [String: Any])?["voided"] as? Bool == true)
            let after = try JSONBody.object(
                try await app.send(.get, "/api/v1/contributions/totals?fiscalYear=2026", as: .token(coordinator)))
            #expect((after["totals"] as? [Any])?.isEmpty == true)

            _ = try await app.user(.coordinator, email: "coordinator@example.org")
            var browser = Browser(app)
            try await browser.signIn("coordinator@example.org")
            let page = try await browser.send(.get, "/contributions/\(id)/receipt")
            #expect(page.text.contains("Receipt FY2026-0001"))
            #expect(page.text.contains("Void: Cheque returned."))
            #expect(page.text.contains("US$250.00"))
            let inKindID = try #require(try JSONBody.object(inKind)["id"] as? String)
            let described = try await browser.send(.get, "/contributions/\(inKindID)/receipt")
            #expect(described.text.contains("it attests no value"))
            let list = try await browser.send(.get, "/staff/contributions")
            #expect(list.text.contains("FY2026-0002") && list.text.contains("Void"))
            let csrf = try #require(Browser.csrfToken(in: list.text))
            let refused = try await browser.send(
                .post, "/staff/contributions",
                form: [
                    "csrf_token": csrf, "donorId": donor, "amount": "10.001", "currency": "USD",
                    "received": "2026-05-01",
                ])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("at most 2 decimal places"))
            let recorded = try await browser.send(
                .post, "/staff/contributions",
                form: [
                    "csrf_token": csrf, "donorId": donor, "amount": "10", "currency": "USD", "received": "2026-05-01",
                ])
            #expect(recorded.status == .seeOther)
            #expect(
                try await browser.send(.get, try #require(recorded.headers[.location])).text.contains(
                    "Receipt FY2026-0003"))
        }
    }

    @Test func aDonorsYearEndStatementCoversTheirFiscalYear() async throws {
        try await withApp { app async throws in
            _ = try await app.send(
                .put, "/api/v1/programme", json: #"{"name":"Boston Sister Cities","fiscalYearStartMonth":7}"#)
            let person = try JSONBody.object(
                try await app.send(.post, "/api/v1/people", json: #"{"givenName":"Aiko","familyName":"Tanaka"}"#))
            let donor = try #require(person["id"] as? String)
            for (amount, day) in [("100.00", "2026-06-30"), ("250.00", "2026-07-01"), ("75.50", "2027-06-30")] {
                let created = try await app.send(
                    .post, "/api/v1/contributions",
                    json:
                        #"{"donorId":"\#(donor)","amount":{"amount":"\#(amount)","currency":"USD"},"received":"\#(day)"}"#
                )
                #expect(created.status == .created)
            }
            _ = try await app.send(
                .post, "/api/v1/contributions",
                json: #"{"donorId":"\#(donor)","amount":{"amount":"3000","currency":"JPY"},"received":"2026-12-24"}"#)
            let statement = try JSONBody.object(
                try await app.send(.get, "/api/v1/contributions/statement?donor=\(donor)&fiscalYear=2026"))
            #expect(statement["from"] as? String == "2026-07-01" && statement["to"] as? String == "2027-06-30")
            #expect(
                statement["totals"] as? [[String: String]] == [
                    ["amount": "3000", "currency": "JPY"], ["amount": "325.50", "currency": "USD"],
                ])
            #expect((statement["contributions"] as? [Any])?.count == 3)
            #expect(try await app.send(.get, "/api/v1/contributions/statement?fiscalYear=2026").status == .badRequest)
            #expect(
                try await app.send(
                    .get, "/api/v1/contributions/statement?donor=\(donor)&fiscalYear=2026", as: .anonymous
                )
                .status == .unauthorized)

            _ = try await app.user(.coordinator, email: "coordinator@example.org")
            var browser = Browser(app)
            try await browser.signIn("coordinator@example.org")
            let page = try await browser.send(.get, "/staff/contributions/statement?donor=\(donor)&fiscalYear=2026")
            #expect(page.text.contains("Year-end statement, FY2026"))
            #expect(page.text.contains("1 July 2026 to 30 June 2027"))
            #expect(page.text.contains("FY2026-0001") && !page.text.contains("100.00"))
        }
    }
}
