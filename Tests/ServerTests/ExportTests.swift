import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Storage
import TestSupport
import Testing

@testable import Server

@Suite struct CSVTableTests {
    @Test func writesRFC4180WithAHeaderRowAndCRLF() {
        var table = CSVTable(header: ["name", "note"])
        table.append(["Kyoto, Japan", #"The "Golden" Pavilion"#])
        table.append(["京都市", "two\nlines"])
        table.append(["plain", ""])
        #expect(
            table.text
                == "name,note\r\n\"Kyoto, Japan\",\"The \"\"Golden\"\" Pavilion\"\r\n京都市,\"two\nlines\"\r\nplain,\r\n")
    }

    @Test func textThatASpreadsheetWouldRunIsDisarmedButNumbersAreNot() {
        #expect(CSVTable.field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(CSVTable.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVTable.field("+1 617 555 0100") == "'+1 617 555 0100")
        #expect(CSVTable.field("-12.50") == "-12.50")
        #expect(CSVTable.field("250.00") == "250.00")
    }
}

@Suite struct ExportTests {
    /// Parses CSV as RFC 4180 says, to check what a spreadsheet would read.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" {
                        field.unicodeScalars.append(chars.removeFirst())
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\r", chars.first == "\n" {
                chars.removeFirst()
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.unicodeScalars.append(c)
            }
        }
        return rows
    }

    @Test(arguments: TestDatabase.all)
    func staffListsDownloadAsCSVForTheRolesThatMaySeeThem(database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let person = try JSONBody.object(
                try await app.send(
                    .post, "/api/v1/people",
                    json: #"{"givenName":"Aiko","familyName":"Tanaka","contact":{"email":"aiko@example.org"}}"#))
            let donor = try #require(person["id"] as? String)
            _ = try await app.send(
                .post, "/api/v1/contributions",
                json: #"{"donorId":"\#(donor)","amount":{"amount":"1500","currency":"JPY"},"received":"2026-03-14"}"#)
            _ = try await app.send(
                .post, "/api/v1/contributions",
                json: #"{"donorId":"\#(donor)","inKind":"Brushes, ink and paper","received":"2025-12-01"}"#)
            let response = try await app.send(.get, "/staff/contributions.csv")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/csv; charset=utf-8; header=present")
            #expect(response.headers[.contentDisposition] == "attachment; filename=\"contributions.csv\"")
            let rows = Self.parse(response.text)
            #expect(rows.first?.first == "receipt" && rows.count == 3)
            let byReceipt = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0], $0) })
            #expect(byReceipt["FY2026-0001"]?[5...6] == ["1500", "JPY"])
            #expect(byReceipt["FY2025-0001"]?[7] == "Brushes, ink and paper")
            let fiscal = Self.parse(try await app.send(.get, "/staff/contributions.csv?year=2026").text)
            #expect(fiscal.count == 2)

            let people = Self.parse(try await app.send(.get, "/staff/people.csv").text)
            #expect(people.contains { $0.contains("aiko@example.org") })
            for kind in StaffExport.allCases {
                #expect(
                    try await app.send(.get, "/staff/\(kind.rawValue).csv", as: .anonymous).status == .unauthorized)
                let viewer = try await app.user(.viewer, email: "viewer-\(kind.rawValue)@example.org").token
                #expect(
                    try await app.send(.get, "/staff/\(kind.rawValue).csv", as: .token(viewer)).status == .forbidden)
                let csv = try await app.send(.get, "/staff/\(kind.rawValue).csv")
                #expect(csv.status == .ok && csv.text.hasSuffix("\r\n"), "\(kind)")
            }
        }
    }

    @Test func organisersDownloadAnEventsRegistrations() async throws {
        try await withApp { app async throws in
            let created = try await app.send(
                .post, "/api/v1/events",
                json:
                    #"{"title":"Tea ceremony","kind":"ceremony","start":"2030-05-01","allDay":true,"capacity":1,"venue":{"name":"Japan Society"}}"#
            )
            let event = try #require(try JSONBody.object(created)["id"] as? String)
            for (name, email) in [("Tanaka, Aiko", "aiko@example.org"), ("Ben Li", "ben@example.org")] {
                _ = try await app.send(
                    .post, "/api/v1/events/\(event)/registrations",
                    json: #"{"name":"\#(name)","email":"\#(email)"}"#, as: .anonymous)
            }
            let rows = Self.parse(try await app.send(.get, "/events/\(event)/registrations.csv").text)
            #expect(rows.map { $0[0] } == ["name", "Tanaka, Aiko", "Ben Li"])
            #expect(rows.map { $0[2] } == ["status", "confirmed", "waitlisted"])
            #expect(
                try await app.send(.get, "/events/\(event)/registrations.csv", as: .anonymous).status == .unauthorized)
        }
    }

    @Test(.enabled(if: CommandLineTests.executable != nil, "the sistercities executable is not built"))
    func operatorsExportFromTheCommandLine() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try await OperatorServices.with(.sqlite(path: path), label: "test") { services in
            let person = try await services.people.create(
                PersonDraft(givenName: "Aiko", familyName: "Tanaka"), in: services.programmeID, by: .system("test"))
            _ = try await services.volunteers.log(
                HoursDraft(personID: person.id, day: PartialDate("2026-04-27")!, minutes: 150, activity: .hosting),
                in: services.programmeID, approvedBy: "c@example.org", today: PartialDate("2026-11-29")!, now: Date())
        }
        let result = try CommandLineTests().run(["export", "volunteer-hours", "--year", "2026", "--database", path])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = Self.parse(result.stdout)
        #expect(rows.count == 2)
        #expect(rows[1][2...5] == ["Aiko Tanaka", "2026-04-27", "150", "2:30"])
        let none = try CommandLineTests().run(["export", "volunteer-hours", "--year", "2025", "--database", path])
        #expect(Self.parse(none.stdout).count == 1)
        let bad = try CommandLineTests().run(["export", "donors", "--database", path])
        #expect(
            bad.status == 1
                && bad.stderr.contains("choose one of people, members, contributions, pledges, volunteer-hours"))
        let remind = try CommandLineTests().run(["members", "remind", "--database", path])
        #expect(remind.status == 0 && remind.stdout.contains("0 reminders queued"), "\(remind.stderr)")
    }
}
