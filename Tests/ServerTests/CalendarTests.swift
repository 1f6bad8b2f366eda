import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@testable import Server

/// Reads an iCalendar document back: unfolds lines, splits properties, unescapes text.
struct ICalendarReader {
    struct Property {
        var name: String
        var parameters: [String]
        var value: String
    }

    var events: [[String: Property]] = []
    var lines: [String] = []

    init(_ text: String) throws {
        #expect(text.hasSuffix("\r\n"))
        let raw = text.components(separatedBy: "\r\n").dropLast()
        for line in raw {
            #expect(line.utf8.count <= 75, "line longer than 75 octets: \(line)")
            #expect(!line.contains("\n") && !line.contains("\r"))
            if line.hasPrefix(" "), let last = lines.popLast() {
                lines.append(last + line.dropFirst())
            } else {
                lines.append(line)
            }
        }
        var current: [String: Property]?
        for line in lines {
            let colon = try #require(line.firstIndex(of: ":"))
            let head = line[..<colon].split(separator: ";").map(String.init)
            let property = Property(
                name: head[0], parameters: Array(head.dropFirst()), value: String(line[line.index(after: colon)...]))
            if line == "BEGIN:VEVENT" {
                current = [:]
            } else if line == "END:VEVENT", let event = current {
                events.append(event)
                current = nil
            } else if current != nil {
                current?[property.name] = property
            }
        }
    }

    static func unescape(_ text: String) -> String {
        var out = ""
        var escaped = false
        for character in text {
            if escaped {
                out.append(character == "n" || character == "N" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}

@Suite struct CalendarTests {
    @Test func theFeedRoundTripsEveryPublicEvent() async throws {
        try await withApp(configure: { $0.publicURL = "https://cities.example.org" }) { app async throws in
            let long = String(repeating: "Kyoto, Boston; sister cities — 京都 ", count: 6)
            let created = try await app.send(
                .post, "/api/v1/events",
                json: """
                    {"title":"Forum, day 1; \\"life sciences\\"","kind":"forum","description":"\(long)\\nSecond line",
                     "start":"2019-11-03T01:30","end":"2019-11-03T03:00","timeZone":"America/New_York",
                     "venue":{"name":"Hall","latitude":42.36,"longitude":-71.06}}
                    """)
            #expect(created.status == .created)
            let id = try #require(try JSONBody.object(created)["id"] as? String)
            _ = try await app.send(
                .post, "/api/v1/events",
                json: #"{"title":"Committee","kind":"meeting","start":"2030-01-15","allDay":true,"isPublic":false}"#)

            let response = try await app.send(.get, "/calendar.ics", as: .anonymous)
            #expect(response.headers[.contentType] == "text/calendar; charset=utf-8")
            let calendar = try ICalendarReader(response.text)
            #expect(calendar.lines.prefix(2) == ["BEGIN:VCALENDAR", "VERSION:2.0"])
            #expect(calendar.events.count == 6)  // the demo's five and the forum; not the internal committee
            let forum = try #require(calendar.events.first { $0["UID"]?.value == "\(id)@sistercities" })
            #expect(ICalendarReader.unescape(try #require(forum["SUMMARY"]).value) == #"Forum, day 1; "life sciences""#)
            #expect(ICalendarReader.unescape(try #require(forum["DESCRIPTION"]).value) == long + "\nSecond line")
            // 01:30 on 3 November 2019 in Boston is still summer time (UTC−4): 05:30Z; 03:00 is EST: 08:00Z.
            #expect(forum["DTSTART"]?.value == "20191103T053000Z")
            #expect(forum["DTEND"]?.value == "20191103T080000Z")
            #expect(forum["SEQUENCE"]?.value == "0")
            #expect(forum["GEO"]?.value == "42.36;-71.06")
            #expect(forum["URL"]?.value == "https://cities.example.org/events/\(id)")
            let festival = try #require(calendar.events.first { $0["SUMMARY"]?.value == "Japan Festival Boston" })
            #expect(festival["DTSTART"]?.parameters == ["VALUE=DATE"])
            #expect(festival["DTSTART"]?.value == "20190427" && festival["DTEND"]?.value == "20190429")
            let planting = try #require(
                calendar.events.first { $0["SUMMARY"]?.value == "Tree planting in the Public Garden" })
            #expect(planting["STATUS"]?.value == "TENTATIVE")
            #expect(planting["DTSTART"]?.value == "20190401" && planting["DTEND"]?.value == "20190501")

            // The ETag holds until something changes; a change raises SEQUENCE and the ETag.
            let etag = try #require(response.headers[.eTag])
            var conditional = HTTPFields()
            conditional[.ifNoneMatch] = etag
            #expect(
                try await app.send(.get, "/calendar.ics", headers: conditional, as: .anonymous).status == .notModified)
            _ = try await app.send(
                .put, "/api/v1/events/\(id)",
                json:
                    #"{"title":"Forum","kind":"forum","start":"2019-11-03T01:30","end":"2019-11-03T03:00","timeZone":"America/New_York"}"#
            )
            let after = try await app.send(.get, "/calendar.ics", headers: conditional, as: .anonymous)
            #expect(after.status == .ok)
            let changed = try #require(
                try ICalendarReader(after.text).events.first { $0["UID"]?.value == "\(id)@sistercities" })
            #expect(changed["SEQUENCE"]?.value == "1")
        }
    }

    @Test func aPartnershipsFeedHoldsItsEventsOnly() async throws {
        try await withApp { app async throws in
            let partnerships = try JSONBody.items(try await app.send(.get, "/api/v1/partnerships"))
            let kyoto = try #require(
                partnerships.first { ($0["partnerCity"] as? [String: Any])?["name"] as? String == "Kyoto" }?["id"]
                    as? String)
            let paris = try #require(
                partnerships.first { ($0["partnerCity"] as? [String: Any])?["name"] as? String == "Strasbourg" }?["id"]
                    as? String)
            let kyotoFeed = try ICalendarReader(
                try await app.send(.get, "/partnerships/\(kyoto)/calendar.ics", as: .anonymous).text)
            #expect(kyotoFeed.events.count == 5)
            #expect(kyotoFeed.lines.contains { $0.hasPrefix("X-WR-CALNAME:Boston – Kyoto: events") })
            let other = try ICalendarReader(
                try await app.send(.get, "/partnerships/\(paris)/calendar.ics", as: .anonymous).text)
            #expect(other.events.isEmpty)
            #expect(
                try await app.send(.get, "/partnerships/\(UUID())/calendar.ics", as: .anonymous).status == .notFound)
        }
    }
}
