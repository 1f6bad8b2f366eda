import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@Suite struct ReportsTests {
    @Test(arguments: TestDatabase.all)
    func totalsByYearFundAndCurrencyMembersByStatusAndChartsOnTheDashboard(database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let person = try JSONBody.object(
                try await app.send(.post, "/api/v1/people", json: #"{"givenName":"Aiko","familyName":"Tanaka"}"#))
            let donor = try #require(person["id"] as? String)
            let partnerships = try JSONBody.items(try await app.send(.get, "/api/v1/partnerships"))
            let kyoto = try #require(partnerships.first?["id"] as? String)
            for body in [
                #"{"donorId":"\#(donor)","amount":{"amount":"250.00","currency":"USD"},"received":"2025-03-14"}"#,
                #"{"donorId":"\#(donor)","amount":{"amount":"100.50","currency":"USD"},"received":"2025-08-01"}"#,
                #"{"donorId":"\#(donor)","amount":{"amount":"10000","currency":"JPY"},"received":"2026-04-01","partnershipId":"\#(kyoto)"}"#,
                #"{"donorId":"\#(donor)","inKind":"Tea bowls","received":"2026-05-01"}"#,
            ] {
                #expect(try await app.send(.post, "/api/v1/contributions", json: body).status == .created)
            }
            let report = try JSONBody.object(try await app.send(.get, "/api/v1/reports/contributions"))
            let totals = try #require(report["totals"] as? [[String: Any]])
            #expect(totals.map { $0["fiscalYear"] as? Int } == [2026, 2025])
            #expect(totals[1]["totals"] as? [[String: String]] == [["amount": "350.50", "currency": "USD"]])
            let rows = try #require(report["rows"] as? [[String: Any]])
            #expect(rows.contains { $0["fund"] as? String == "Boston – Kyoto" && $0["count"] as? Int == 1 })
            #expect(rows.contains { $0["inKind"] as? Bool == true && $0["amount"] == nil })

            let level = try JSONBody.object(
                try await app.send(.post, "/api/v1/membership-levels", json: #"{"name":"Lifetime","lifetime":true}"#))
            _ = try await app.send(
                .post, "/api/v1/members",
                json: #"{"personId":"\#(donor)","levelId":"\#(try #require(level["id"] as? String))"}"#)
            let members = try JSONBody.object(try await app.send(.get, "/api/v1/reports/members"))
            #expect(members["byStatus"] as? [String: Int] == ["active": 0, "grace": 0, "expired": 0, "lifetime": 1])
            #expect(try await app.send(.get, "/api/v1/reports/members", as: .anonymous).status == .unauthorized)
            let viewer = try await app.user(.viewer).token
            #expect(try await app.send(.get, "/api/v1/reports/contributions", as: .token(viewer)).status == .forbidden)

            _ = try await app.user(.coordinator, email: "coordinator@example.org")
            var browser = Browser(app)
            try await browser.signIn("coordinator@example.org")
            let dashboard = try await browser.send(.get, "/staff")
            #expect(dashboard.text.contains("At a glance"))
            #expect(dashboard.text.contains(#"aria-label="Money received in USD, by fiscal year: FY2025 USD 350.50""#))
            #expect(
                dashboard.text.contains(
                    #"aria-label="Members by status, today: Active 0; Grace 0; Expired 0; Lifetime 1""#))
            let page = try await browser.send(.get, "/staff/reports")
            #expect(
                page.text.contains("Money received in JPY, by fiscal year")
                    && page.text.contains("In kind (not valued)"))
            _ = try await app.user(.viewer, email: "viewer@example.org")
            var reader = Browser(app)
            try await reader.signIn("viewer@example.org")
            #expect(!(try await reader.send(.get, "/staff")).text.contains("At a glance"))
        }
    }
}
