import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@Suite struct EventsTests {
    func kyoto(_ app: TestApp) async throws -> String {
        try #require(
            try JSONBody.items(try await app.send(.get, "/api/v1/partnerships?country=JP")).first?["id"] as? String)
    }

    @Test func theDemoHasTheDelegationsWeekMarkedApproximateWhereTheRecordIsVague() async throws {
        try await withApp { app async throws in
            let events = try JSONBody.items(try await app.send(.get, "/api/v1/events", as: .anonymous))
            #expect(events.count == 5)
            let festival = try #require(events.first { $0["title"] as? String == "Japan Festival Boston" })
            #expect(festival["allDay"] as? Bool == true)
            #expect(festival["start"] as? String == "2019-04-27" && festival["end"] as? String == "2019-04-28")
            #expect(festival["when"] as? String == "27–28 April 2019")
            let signing = try #require(events.first { ($0["title"] as? String)?.hasPrefix("Signing") == true })
            #expect(signing["approximate"] as? Bool == true)
            #expect(signing["start"] as? String == "2019-04")
            let page = try await app.send(.get, try #require(signing["url"] as? String), as: .anonymous)
            #expect(page.text.contains("The record gives no more exact date."))
            #expect(
                page.text.contains(
                    #"<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event""#))
            let tie = try await app.send(.get, "/partnerships/\(try await kyoto(app))", as: .anonymous)
            #expect(tie.text.contains("Japan Festival Boston"))
            let past = try await app.send(.get, "/events?when=past", as: .anonymous)
            #expect(past.text.contains("Tree planting in the Public Garden"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func localTimesAreReadInTheVenuesZoneAcrossDaylightSaving(database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let tie = try await kyoto(app)
            // 10 March 2019, 02:30 never happened in Boston: the clocks went from 02:00 to 03:00.
            let skipped = try await app.send(
                .post, "/api/v1/events",
                json:
                    #"{"title":"Breakfast","kind":"meeting","start":"2019-03-10T02:30","end":"2019-03-10T04:00","timeZone":"America/New_York"}"#
            )
            #expect(skipped.status == .unprocessableContent)
            #expect(skipped.text.contains("is not a time that exists in America/New_York"))
            // Across the change: 01:30 EST is 06:30Z, 03:30 EDT is 07:30Z: one hour, not two.
            let created = try await app.send(
                .post, "/api/v1/events",
                json: """
                    {"title":"Night watch","kind":"meeting","start":"2019-03-10T01:30","end":"2019-03-10T03:30",
                     "timeZone":"America/New_York","partnershipIds":["\(tie)"],
                     "translations":{"ja":{"title":"夜回り"}},"venue":{"name":"City Hall </script><script>alert(1)</script>"}}
                    """)
            #expect(created.status == .created)
            let event = try JSONBody.object(created)
            #expect(event["start"] as? String == "2019-03-10T01:30:00-05:00")
            #expect(event["end"] as? String == "2019-03-10T03:30:00-04:00")
            let id = try #require(event["id"] as? String)
            let page = try await app.send(.get, "/events/\(id)", as: .anonymous)
            #expect(!page.text.contains("</script><script>"))
            #expect(page.text.contains(#"\u003c/script\u003e"#))
            #expect(page.text.contains(#"<section lang="ja"><h2>夜回り</h2>"#))
            let changed = try await app.send(
                .put, "/api/v1/events/\(id)",
                json:
                    #"{"title":"Night watch","kind":"meeting","start":"2019-03-10T06:30:00Z","end":"2019-03-10T08:00:00Z","timeZone":"America/New_York"}"#
            )
            #expect(try JSONBody.object(changed)["sequence"] as? Int == 1)
        }
    }

    @Test func internalEventsAndWhoMayEditThem() async throws {
        try await withApp { app async throws in
            let tie = try await kyoto(app)
            let other = try #require(
                try JSONBody.items(try await app.send(.get, "/api/v1/partnerships?country=FR")).first?["id"] as? String)
            let body =
                #"{"title":"Committee","kind":"meeting","start":"2030-01-15","allDay":true,"isPublic":false,"partnershipIds":["\#(tie)"]}"#
            #expect(try await app.send(.post, "/api/v1/events", json: body, as: .anonymous).status == .unauthorized)
            let viewer = try await app.user(.viewer).token
            #expect(try await app.send(.post, "/api/v1/events", json: body, as: .token(viewer)).status == .forbidden)
            let strasbourg = try await app.user(.partnerEditor, scope: [UUID(uuidString: other)!]).token
            #expect(
                try await app.send(.post, "/api/v1/events", json: body, as: .token(strasbourg)).status == .forbidden)
            let kyotoEditor = try await app.user(.partnerEditor, scope: [UUID(uuidString: tie)!]).token
            let created = try await app.send(.post, "/api/v1/events", json: body, as: .token(kyotoEditor))
            #expect(created.status == .created)
            let id = try #require(try JSONBody.object(created)["id"] as? String)
            // Not for the public; for members.
            #expect(try await app.send(.get, "/api/v1/events/\(id)", as: .anonymous).status == .notFound)
            #expect(try await app.send(.get, "/events/\(id)", as: .anonymous).status == .notFound)
            #expect(try await app.send(.get, "/api/v1/events/\(id)", as: .token(viewer)).status == .ok)
            let upcoming = try JSONBody.items(try await app.send(.get, "/api/v1/events?when=upcoming", as: .anonymous))
            #expect(upcoming.isEmpty)
            // A partner editor cannot move it to a partnership that is not theirs.
            let moved = try await app.send(
                .put, "/api/v1/events/\(id)", json: body.replacingOccurrences(of: tie, with: other),
                as: .token(kyotoEditor))
            #expect(moved.status == .forbidden)
            let coordinator = try await app.user(.coordinator).token
            #expect(try await app.send(.delete, "/api/v1/events/\(id)", as: .token(coordinator)).status == .noContent)
        }
    }

    @Test func coordinatorsRecordEventsInTheForm() async throws {
        try await withApp { app async throws in
            _ = try await app.user(.coordinator, email: "coordinator@example.org")
            var browser = Browser(app)
            try await browser.signIn("coordinator@example.org")
            let form = try await browser.send(.get, "/staff/events/new")
            #expect(form.text.contains(#"value="America/New_York""#))
            let csrf = try #require(Browser.csrfToken(in: form.text))
            var fields = [
                "csrf_token": csrf, "title": "Tea ceremony", "kind": "ceremony", "timing": "timed",
                "start": "2027-04-12T10:00", "end": "2027-04-12T09:00", "timeZone": "America/New_York",
                "venue.name": "Japan Society", "flags": "isPublic",
            ]
            let bad = try await browser.send(.post, "/staff/events/new", form: fields)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("End: must be after the start."))
            fields["end"] = "2027-04-12T11:30"
            let good = try await browser.send(.post, "/staff/events/new", form: fields)
            #expect(good.status == .seeOther)
            let page = try await browser.send(.get, try #require(good.headers[.location]))
            #expect(page.text.contains("Mon 12 April 2027, 10:00–11:30 (Eastern Time)"))
            let upcoming = try await app.send(.get, "/events", as: .anonymous)
            #expect(upcoming.text.contains("Tea ceremony"))
        }
    }
}
