import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@Suite struct MilestoneTests {
    @Test func plannerListsNamedAnniversariesWithTheProgrammesLeadTime() async throws {
        try await withApp { app async throws in
            let body = try await app.getJSON("/api/v1/milestones?from=2029&to=2030")
            #expect(body["leadMonths"] as? Int == 12)
            let items = try #require(body["items"] as? [[String: Any]])
            let kyoto = try #require(items.first { $0["partnerCity"] as? String == "Kyoto" })
            #expect(kyoto["number"] as? Int == 70)
            #expect(kyoto["date"] as? String == "2029-06-24")
            #expect(kyoto["planningStarts"] as? String == "2028-06-24")
            #expect((kyoto["names"] as? [[String: Any]])?.compactMap { $0["native"] as? String } == ["古希"])
            #expect(items.map { $0["partnerCity"] as? String } == ["Kyoto", "Barcelona", "Melbourne", "Strasbourg"])

            let changed = try await app.send(
                .put, "/api/v1/programme", json: #"{"name":"Boston Sister Cities","milestoneLeadMonths":18}"#)
            #expect(changed.status == .ok)
            let later = try await app.getJSON("/api/v1/milestones?from=2029&to=2029")
            #expect((later["items"] as? [[String: Any]])?.first?["planningStarts"] as? String == "2027-12-24")
            let kept = try await app.send(.put, "/api/v1/programme", json: #"{"name":"Boston Sister Cities"}"#)
            #expect(try JSONBody.object(kept)["milestoneLeadMonths"] as? Int == 18, "an omitted lead time is kept")
            let bad = try await app.send(.put, "/api/v1/programme", json: #"{"name":"X","milestoneLeadMonths":61}"#)
            #expect(bad.status == .unprocessableContent)
            #expect(
                try await app.send(.get, "/api/v1/milestones?from=2030&to=2020", as: .anonymous).status
                    == .unprocessableContent)
        }
    }

    @Test func calendarFeedIsValidICalendar() async throws {
        try await withApp { app async throws in
            let response = try await app.send(.get, "/milestones.ics?from=2029&to=2030", as: .anonymous)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/calendar; charset=utf-8")
            let text = response.text
            #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
            #expect(text.hasSuffix("END:VCALENDAR\r\n"))
            let lines = text.components(separatedBy: "\r\n").dropLast()
            #expect(lines.allSatisfy { $0.utf8.count <= 75 }, "lines are folded at 75 octets")
            #expect(
                lines.filter { $0 == "BEGIN:VEVENT" }.count == 8,
                "an event and a planning event for each of 4 milestones")
            // Unfold, then find Kyoto's 70th: a whole day, and its planning day a year before.
            let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
            #expect(
                unfolded.contains(
                    "DTSTART;VALUE=DATE:20290624\r\nDTEND;VALUE=DATE:20290625\r\nSUMMARY:Boston – Kyoto: 70th anniversary (Platinum\\, koki 古希)"
                ))
            #expect(
                unfolded.contains(
                    "DTSTART;VALUE=DATE:20280624\r\nDTEND;VALUE=DATE:20280625\r\nSUMMARY:Start planning: Boston – Kyoto"
                ))
            // A year-only date spans its whole year.
            #expect(
                unfolded.contains(
                    "DTSTART;VALUE=DATE:20300101\r\nDTEND;VALUE=DATE:20310101\r\nSUMMARY:Boston – Strasbourg: 70th anniversary (Platinum)"
                ))
        }
    }

    @Test func staffSeeThePlanner() async throws {
        try await withApp { app async throws in
            _ = try await app.user(.viewer, email: "viewer@example.org")
            var browser = Browser(app)
            #expect(try await browser.send(.get, "/staff/milestones").status == .seeOther)
            try await browser.signIn("viewer@example.org")
            let page = try await browser.send(.get, "/staff/milestones?from=2029&to=2029")
            #expect(page.status == .ok)
            #expect(page.text.contains("Milestones 2029–2029"))
            #expect(page.text.contains("koki 古希 (Japanese)"))
            #expect(page.text.contains("24 June 2028"))
            #expect(page.text.contains(#"href="/milestones.ics?from=2029&amp;to=2029""#))
        }
    }
}
