import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import SQLKit
import TestSupport
import Testing

@testable import Server
@testable import Storage

/// Every request resolves the programme, "now" and "today" once: "now" from the application's clock, "today"
/// in the home city's zone, the programme as of the current content revision.
@Suite struct RequestContextTests {
    /// 03:30 UTC on 10 March 2026: still 23:30 on 9 March in Boston (EDT, UTC−4).
    static let lateEveningInBoston = Date(timeIntervalSince1970: 1_773_113_400)

    @Test func theFixedInstantIsTheEveningBeforeInBoston() {
        #expect(Timestamp.format(Self.lateEveningInBoston) == "2026-03-10T03:30:00Z")
        let boston = ServedProgramme(
            programme: Programme(id: UUID(), ProgrammeDraft(name: "Boston Sister Cities")),
            zone: TimeZone(identifier: "America/New_York")!)
        #expect(boston.day(of: Self.lateEveningInBoston) == PartialDate(year: 2026, month: 3, day: 9))
    }

    @Test(arguments: TestDatabase.all)
    func todayIsTheHomeCitysDayOfTheInjectedClock(database: TestDatabase) async throws {
        let now = Self.lateEveningInBoston
        try await withApp(database, configure: { $0.clock = .fixed(now) }) { app async throws in
            let person = try JSONBody.object(
                try await app.send(.post, "/api/v1/people", json: #"{"givenName":"Aiko","familyName":"Tanaka"}"#))
            let donor = try #require(person["id"] as? String)
            // The first instalment falls due on 10 March: tomorrow in Boston, today in UTC, long past by the wall
            // clock.
            let created = try await app.send(
                .post, "/api/v1/pledges",
                json:
                    #"{"donorId":"\#(donor)","amount":{"amount":"25.00","currency":"USD"},"frequency":"monthly","start":"2026-03-10","instalments":12}"#
            )
            #expect(created.status == .created)
            let id = try #require(try JSONBody.object(created)["id"] as? String)
            let pledge = try JSONBody.object(try await app.send(.get, "/api/v1/pledges/\(id)"))
            #expect(pledge["expectedToDate"] as? [String: String] == ["amount": "0.00", "currency": "USD"])
            #expect(pledge["arrears"] as? [String: String] == ["amount": "0.00", "currency": "USD"])
            #expect(pledge["nextDue"] as? String == "2026-03-10")

            // The personal-data export is dated by the same clock, and its pledges stand as of the same day.
            let export = try JSONBody.object(try await app.send(.get, "/api/v1/people/\(donor)/personal-data"))
            #expect(export["exportedAt"] as? String == "2026-03-10T03:30:00Z")
            let exported = try #require((export["pledges"] as? [[String: Any]])?.first)
            #expect(exported["arrears"] as? [String: String] == ["amount": "0.00", "currency": "USD"])

            // Without a home city the programme counts its days in UTC, where the instalment is due today: the
            // change shows on the very next request.
            let unhomed = try await app.send(.put, "/api/v1/programme", json: #"{"name":"Boston Sister Cities"}"#)
            #expect(unhomed.status == .ok)
            let inUTC = try JSONBody.object(try await app.send(.get, "/api/v1/pledges/\(id)"))
            #expect(inUTC["arrears"] as? [String: String] == ["amount": "25.00", "currency": "USD"])
        }
    }

    @Test(arguments: TestDatabase.all)
    func aChangeToTheProgrammeShowsOnTheNextRequest(database: TestDatabase) async throws {
        // Revisions read long ago are still trusted: only this server's own change can make the name show.
        try await withApp(database, configure: { $0.revisionMaxAge = .seconds(3600) }) { app async throws in
            let before = try await app.send(.get, "/calendar.ics", as: .anonymous)
            #expect(before.text.contains("Boston Sister Cities: events"))
            let ids = try await CatalogTests.demoIDs(app)
            let kyoto = try #require(ids["kyoto"])
            let page = try await app.send(.get, "/partnerships/\(kyoto)", as: .anonymous)
            #expect(page.text.contains("Boston Sister Cities"))

            let renamed = try await app.send(
                .put, "/api/v1/programme", json: #"{"name":"Hub Twinning Office"}"#)
            #expect(renamed.status == .ok)

            let after = try await app.send(.get, "/calendar.ics", as: .anonymous)
            #expect(after.text.contains("Hub Twinning Office: events"))
            #expect(!after.text.contains("Boston Sister Cities: events"))
            let again = try await app.send(.get, "/partnerships/\(kyoto)", as: .anonymous)
            #expect(again.text.contains("Hub Twinning Office"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func volunteersAreSignedUpAndTheirTimeLoggedByTheInjectedClock(database: TestDatabase) async throws {
        let now = Self.lateEveningInBoston
        try await withApp(database, configure: { $0.clock = .fixed(now) }) { app async throws in
            let event = try JSONBody.object(
                try await app.send(
                    .post, "/api/v1/events",
                    json:
                        #"{"title":"Cherry blossom walk","kind":"festival","start":"2026-03-10","end":"2026-03-10","allDay":true,"timeZone":"America/New_York"}"#
                ))
            let eventID = try #require(event["id"] as? String)
            let person = try JSONBody.object(
                try await app.send(.post, "/api/v1/people", json: #"{"givenName":"Aiko","familyName":"Tanaka"}"#))
            let personID = try #require(person["id"] as? String)
            let shift = try JSONBody.object(
                try await app.send(
                    .post, "/api/v1/events/\(eventID)/shifts",
                    json: #"{"role":"Guide","start":"2026-03-10T09:00","end":"2026-03-10T12:00","places":2}"#))
            let shiftID = try #require(shift["id"] as? String)

            // The shift is tomorrow morning by the application's clock, long over by the wall clock.
            let signedUp = try await app.send(
                .post, "/api/v1/shifts/\(shiftID)/signups", json: #"{"personId":"\#(personID)"}"#)
            #expect(signedUp.status == .created)
            #expect(try JSONBody.object(signedUp)["signedUpAt"] as? String == "2026-03-10T03:30:00Z")

            // Time is logged up to today in Boston (9 March), dated by the same clock; 10 March is still ahead.
            let tomorrow = try await app.send(
                .post, "/api/v1/volunteer-hours",
                json: #"{"personId":"\#(personID)","day":"2026-03-10","minutes":60,"activity":"event-support"}"#)
            #expect(tomorrow.status == .unprocessableContent)
            let today = try await app.send(
                .post, "/api/v1/volunteer-hours",
                json: #"{"personId":"\#(personID)","day":"2026-03-09","minutes":60,"activity":"event-support"}"#)
            #expect(today.status == .created)
            #expect(try JSONBody.object(today)["loggedAt"] as? String == "2026-03-10T03:30:00Z")
        }
    }

    /// The public pages, the staff's forms and the programme API answer with the programme the request
    /// resolved: a row changed behind the revision's back (no recorded change) is not read again, and a recorded
    /// change shows on the very next request.
    @Test(arguments: TestDatabase.all)
    func pagesAnswerWithTheProgrammeOfTheRequestsRevision(database: TestDatabase) async throws {
        try await withApp(database, configure: { $0.revisionMaxAge = .seconds(3600) }) { app async throws in
            let ids = try await CatalogTests.demoIDs(app)
            let (kyoto, article, gift, organisation) = (
                try #require(ids["kyoto"]), try #require(ids["article"]), try #require(ids["gift"]),
                try #require(ids["organisation"])
            )
            let person = try #require(
                try JSONBody.items(try await app.send(.get, "/api/v1/people?limit=1")).first?["id"] as? String)
            let user = try await app.user(.admin)
            var browser = Browser(app)
            try await browser.signIn(user.user.email)
            let public_ = [
                "/news", "/news/\(article)", "/news.atom", "/gifts", "/gifts/\(gift)", "/organisations",
                "/organisations/\(organisation)",
            ]
            let staff = [
                "/staff/people", "/people/\(person)", "/staff/news/new", "/news/\(article)/delete",
                "/partnerships/\(kyoto)/gifts/new", "/gifts/\(gift)/edit", "/gifts/\(gift)/delete",
                "/staff/organisations/new", "/staff/people/new", "/people/\(person)/delete",
            ]
            func names(_ name: String) async throws -> [String] {
                var missing: [String] = []
                for path in public_ {
                    let page = try await app.send(.get, path, as: .anonymous)
                    if page.status != .ok || !page.text.contains(name) { missing.append(path) }
                }
                for path in staff {
                    let page = try await browser.send(.get, path)
                    if page.status != .ok || !page.text.contains(name) { missing.append(path) }
                }
                let api = try JSONBody.object(try await app.send(.get, "/api/v1/programme"))
                if api["name"] as? String != name { missing.append("/api/v1/programme") }
                return missing
            }
            #expect(try await names("Boston Sister Cities") == [])

            // Another process edits the row without recording the change: the revision stays, and so does what
            // the requests of this revision were told.
            try await app.store.transaction { tx in
                try await tx.sql.raw("UPDATE programmes SET name = 'Unrecorded Rename'").run()
            }
            #expect(try await names("Boston Sister Cities") == [])

            let renamed = try await app.send(.put, "/api/v1/programme", json: #"{"name":"Hub Twinning Office"}"#)
            #expect(renamed.status == .ok)
            #expect(try await names("Hub Twinning Office") == [])
        }
    }

    @Test func aNewEventStartsInTheHomeCitysZoneAndInNoneWithoutAHomeCity() async throws {
        for demo in [true, false] {
            try await withApp(demo: demo) { app async throws in
                _ = try await app.user(.admin, email: "zone@example.org")
                var browser = Browser(app)
                try await browser.signIn("zone@example.org")
                let page = try await browser.send(.get, "/staff/events/new").text
                let zone = demo ? "America/New_York" : ""
                #expect(page.contains(#"name="timeZone" type="text" value="\#(zone)""#), "demo: \(demo)")
            }
        }
    }

    /// The application's clock runs 20 days ahead: an event 10 days from now by the wall clock is past by it.
    @Test(arguments: TestDatabase.all)
    func upcomingAndPastAreMeasuredFromTheApplicationsClock(database: TestDatabase) async throws {
        let wall = Date()
        let now = wall.addingTimeInterval(20 * 86_400)
        let day = String(Timestamp.format(wall.addingTimeInterval(10 * 86_400)).prefix(10))
        try await withApp(database, demo: false, configure: { $0.clock = .fixed(now) }) { app async throws in
            let created = try await app.send(
                .post, "/api/v1/events",
                json:
                    #"{"title":"Tea ceremony","kind":"ceremony","start":"\#(day)","allDay":true,"isPublic":true,"venue":{"name":"Japan Society"}}"#
            )
            #expect(created.status == .created)
            func titles(_ when: String) async throws -> [String] {
                try JSONBody.items(try await app.send(.get, "/api/v1/events?when=\(when)", as: .anonymous))
                    .compactMap { $0["title"] as? String }
            }
            #expect(try await titles("upcoming") == [])
            #expect(try await titles("past") == ["Tea ceremony"])
            let upcoming = try await app.send(.get, "/events", as: .anonymous)
            #expect(!upcoming.text.contains("Tea ceremony"))
            let past = try await app.send(.get, "/events?when=past", as: .anonymous)
            #expect(past.text.contains("Tea ceremony"))
        }
    }

    /// The store stamps what it records with the application's clock: a change's history entry says when by it.
    @Test(arguments: TestDatabase.all)
    func historyIsStampedByTheApplicationsClock(database: TestDatabase) async throws {
        let now = try #require(Timestamp.parse(Timestamp.format(Date().addingTimeInterval(3 * 86_400))))
        try await withApp(database, demo: false, configure: { $0.clock = .fixed(now) }) { app async throws in
            let person = try JSONBody.object(
                try await app.send(.post, "/api/v1/people", json: #"{"givenName":"Aiko","familyName":"Tanaka"}"#))
            let id = try #require(person["id"] as? String)
            let history = try JSONBody.items(try await app.send(.get, "/api/v1/people/\(id)/history"))
            #expect(history.compactMap { $0["at"] as? String } == [Timestamp.format(now)])
        }
    }

    /// `WallClock.system` is the one place that asks the system for the time.
    @Test func onlyTheWallClockReadsTheSystemTime() throws {
        let sources = CatalogTests.sources.deletingLastPathComponent()
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var readers: [String] = []
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for line in text.split(separator: "\n") where line.contains("Date()") || line.contains("Date.now") {
                if !line.trimmingCharacters(in: .whitespaces).hasPrefix("///") {
                    readers.append("\(file.lastPathComponent): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(readers == ["WallClock.swift: public static let system = WallClock { Date() }"])
    }
}
