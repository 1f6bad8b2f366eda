import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@testable import Server

/// Anonymous registrations are limited per address and per event, however many arrive at once.
@Suite struct RegistrationLimitTests {
    func event(_ app: TestApp, capacity: Int) async throws -> String {
        let created = try await app.send(
            .post, "/api/v1/events",
            json:
                #"{"title":"Tea ceremony","kind":"ceremony","start":"2030-05-01","allDay":true,"capacity":\#(capacity)}"#
        )
        return try #require(try JSONBody.object(created)["id"] as? String)
    }

    func register(_ app: TestApp, _ event: String, _ n: Int, from address: String) async throws -> TestResponse {
        try await app.send(
            .post, "/api/v1/events/\(event)/registrations",
            json: #"{"name":"Guest \#(n)","email":"guest\#(n)@example.org"}"#,
            headers: [HTTPField.Name("X-Forwarded-For")!: address], as: .anonymous)
    }

    @Test(arguments: TestDatabase.all)
    func oneAddressSendingTwelveAtOnceGetsSix(database: TestDatabase) async throws {
        try await withApp(
            database,
            configure: {
                $0.registrationLimits.perAddress = 6
                $0.databaseConnectionsPerEventLoop = 4
            }
        ) { app async throws in
            let id = try await event(app, capacity: 100)
            let answers = try await withThrowingTaskGroup(of: TestResponse.self) { group in
                for n in 0..<12 { group.addTask { try await register(app, id, n, from: "203.0.113.9") } }
                return try await group.reduce(into: [TestResponse]()) { $0.append($1) }
            }
            #expect(answers.filter { $0.status == .created }.count == 6)
            let refused = answers.filter { $0.status == .tooManyRequests }
            #expect(refused.count == 6)
            #expect(refused.allSatisfy { ($0.headers[.retryAfter].flatMap { Int($0) } ?? 0) > 0 })
            // Another address is not held up; staff are never limited.
            #expect(try await register(app, id, 99, from: "203.0.113.10").status == .created)
            #expect(
                try await app.send(
                    .post, "/api/v1/events/\(id)/registrations",
                    json: #"{"name":"Staff guest","email":"s@example.org"}"#,
                    headers: [HTTPField.Name("X-Forwarded-For")!: "203.0.113.9"]
                ).status == .created)
        }
    }

    @Test(arguments: TestDatabase.all)
    func anEventTakesASteadyRateFromManyAddresses(database: TestDatabase) async throws {
        try await withApp(
            database,
            configure: {
                $0.registrationLimits.perEvent = 5
                $0.databaseConnectionsPerEventLoop = 4
            }
        ) { app async throws in
            let id = try await event(app, capacity: 3)
            let answers = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for n in 0..<10 { group.addTask { try await register(app, id, n, from: "198.51.100.\(n + 1)").status } }
                return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
            }
            #expect(answers.filter { $0 == .created }.count == 5)
            #expect(answers.filter { $0 == .tooManyRequests }.count == 5)
            let other = try await event(app, capacity: 3)
            #expect(try await register(app, other, 50, from: "198.51.100.50").status == .created)

            // The page says what happened and keeps what was typed.
            var visitor = Browser(app)
            visitor.forwardedFor = "198.51.100.77"
            let page = try await visitor.send(
                .post, "/events/\(id)/register", form: ["name": "Aiko Tanaka", "email": "aiko@example.org"])
            #expect(page.status == .tooManyRequests)
            #expect(page.text.contains("too many registrations came from here or for this event just now"))
            #expect(page.text.contains("aiko@example.org"))
        }
    }

    @Test func aNameIsOneLine() async throws {
        try await withApp { app async throws in
            let id = try await event(app, capacity: 5)
            let forged = try await app.send(
                .post, "/api/v1/events/\(id)/registrations",
                json: #"{"name":"Aiko\r\nBcc: everyone@example.org","email":"aiko@example.org"}"#, as: .anonymous)
            #expect(forged.status == .unprocessableContent)
            #expect(forged.text.contains("must be one line"))
            let bareCR = try await app.send(
                .post, "/api/v1/events/\(id)/registrations",
                json: #"{"name":"Aiko\rTanaka","email":"aiko@example.org"}"#, as: .anonymous)
            #expect(bareCR.status == .unprocessableContent)
        }
    }

    @Test func everyLineEndOfAMessageIsCRLF() {
        #expect(FolderMailer.crlfLines("a\rb\nc\r\nd\r\r\n") == "a\r\nb\r\nc\r\nd\r\n\r\n")
        let message = OutboxMessage(
            id: UUID(), to: "a@example.org", subject: "Hello\rthere", body: "line\rmore", createdAt: Date())
        let text = FolderMailer.rfc5322(message, from: "no-reply@example.org")
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "\r" {
            #expect(index + 1 < scalars.count && scalars[index + 1] == "\n")
        }
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            #expect(index > 0 && scalars[index - 1] == "\r")
        }
    }
}
