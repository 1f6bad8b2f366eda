import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@Suite struct PlannerTests {
    /// The demo's city ids by name.
    func cities(_ app: TestApp) async throws -> [String: String] {
        let items = try JSONBody.items(try await app.send(.get, "/api/v1/partnerships?limit=50"))
        var ids: [String: String] = [:]
        for item in items {
            for key in ["homeCity", "partnerCity"] {
                if let city = item[key] as? [String: Any], let name = city["name"] as? String {
                    ids[name] = city["id"] as? String
                }
            }
        }
        return ids
    }

    @Test func bostonAndKyotoHaveNoOverlapAndGetProposals() async throws {
        try await withApp { app async throws in
            let ids = try await cities(app)
            let boston = try #require(ids["Boston"])
            let kyoto = try #require(ids["Kyoto"])
            let plan = try await app.getJSON("/api/v1/planner/meeting?cityIds=\(boston),\(kyoto)&date=2019-04-15")
            #expect((plan["overlaps"] as? [Any])?.isEmpty == true)
            let proposals = try #require(plan["proposals"] as? [[String: Any]])
            #expect(proposals.count == 3)
            let first = try #require(proposals.first)
            #expect(first["start"] as? String == "2019-04-15T21:00:00Z")
            let local = try #require(first["local"] as? [[String: Any]])
            #expect(local.map { $0["start"] as? String } == ["2019-04-15T17:00:00-04:00", "2019-04-16T06:00:00+09:00"])
            let zones = try #require(plan["cities"] as? [[String: Any]]).map { $0["utcOffset"] as? String }
            #expect(zones == ["-04:00", "+09:00"])
        }
    }

    @Test func bostonAndStrasbourgOverlapAndWorkingHoursCanChange() async throws {
        try await withApp { app async throws in
            let ids = try await cities(app)
            let pair = "\(try #require(ids["Boston"])),\(try #require(ids["Strasbourg"]))"
            let plan = try await app.getJSON("/api/v1/planner/meeting?cityIds=\(pair)&date=2019-04-15")
            let overlap = try #require((plan["overlaps"] as? [[String: Any]])?.first)
            #expect(overlap["start"] as? String == "2019-04-15T13:00:00Z")
            #expect(overlap["minutes"] as? Int == 180)
            #expect(plan["proposals"] == nil)
            let longer = try await app.getJSON(
                "/api/v1/planner/meeting?cityIds=\(pair)&date=2019-04-15&workStart=08:00&workEnd=19:00")
            #expect((longer["overlaps"] as? [[String: Any]])?.first?["minutes"] as? Int == 300)
        }
    }

    @Test func namesEveryBadParameter() async throws {
        try await withApp { app async throws in
            let ids = try await cities(app)
            let response = try await app.send(
                .get,
                "/api/v1/planner/meeting?cityIds=\(try #require(ids["Boston"])),nope&date=2019-04&workStart=25:00&duration=5",
                as: .anonymous)
            #expect(response.status == .unprocessableContent)
            let fields = try #require(try JSONBody.object(response)["errors"] as? [[String: Any]]).compactMap {
                $0["field"] as? String
            }
            #expect(Set(fields) == ["cityIds[1]", "date", "workStart", "duration"])
            let one = try await app.send(.get, "/api/v1/planner/meeting?cityIds=\(ids["Boston"]!)&date=2019-04-15")
            #expect(one.status == .unprocessableContent)
        }
    }

    @Test func staffFindTimesOnTheirPage() async throws {
        try await withApp { app async throws in
            let ids = try await cities(app)
            _ = try await app.user(.viewer, email: "viewer@example.org")
            var browser = Browser(app)
            #expect(try await browser.send(.get, "/staff/planner").status == .seeOther)
            try await browser.signIn("viewer@example.org")
            let blank = try await browser.send(.get, "/staff/planner")
            #expect(blank.text.contains("Boston (America/New_York)"))
            #expect(!blank.text.contains("No time suits everyone"))
            let page = try await browser.send(
                .get, "/staff/planner?cityIds=\(ids["Boston"]!)&cityIds=\(ids["Kyoto"]!)&date=2019-04-15")
            #expect(page.text.contains("No time suits everyone"))
            #expect(page.text.contains("Mon 15 Apr, 17:00–18:00 (UTC-04:00)"))
            #expect(page.text.contains("Tue 16 Apr, 06:00–07:00 (UTC+09:00)"))
            let bad = try await browser.send(.get, "/staff/planner?cityIds=\(ids["Boston"]!)&date=2019-04-15")
            #expect(bad.status == .unprocessableContent)
            #expect(
                bad.text.contains("must name at least two different cities") || bad.text.contains("2 to 10 city ids"))
        }
    }
}
