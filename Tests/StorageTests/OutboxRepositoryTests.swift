import Domain
import Foundation
import Logging
import Storage
import TestSupport
import Testing

/// Each programme's mail is its own, and a message is attempted by one server at a time.
@Suite struct OutboxRepositoryTests {
    func queue(_ store: Store, _ fixture: Fixture, programme: UUID, to email: String) async throws {
        let event = try await FluentEventRepository(store: store).create(
            EventDraft(
                title: "Tea ceremony", kind: .ceremony,
                schedule: .allDay(first: PartialDate("2030-05-01")!, last: PartialDate("2030-05-01")!), capacity: 5),
            in: programme, by: .system("test"))
        _ = try await FluentRegistrationRepository(store: store).register(
            RegistrationDraft(name: "Guest", email: email), for: event.id, in: programme, cancelHash: "hash-\(email)",
            now: Date()
        ) { registration, _ in MailDraft(to: registration.email, subject: "registered", body: "") }
    }

    @Test(arguments: TestDatabase.all)
    func eachProgrammeReadsOnlyItsOwnMail(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let kyoto = try await fixture.city("Kyoto", "JP")
            let other = try await fixture.programmes.create(
                ProgrammeDraft(name: "Kyoto Sister Cities", homeCityID: kyoto.id), by: .system("test"))
            try await queue(store, fixture, programme: fixture.programme.id, to: "boston@example.org")
            try await queue(store, fixture, programme: other.id, to: "kyoto@example.org")
            let outbox = FluentOutboxRepository(store: store)
            let later = Date().addingTimeInterval(1)
            #expect(
                try await outbox.due(now: later, limit: 10, in: fixture.programme.id).map(\.to) == [
                    "boston@example.org"
                ])
            #expect(try await outbox.recent(limit: 10, in: other.id).map(\.to) == ["kyoto@example.org"])
            #expect(try await outbox.due(now: later, limit: 10, in: nil).count == 2)
        }
    }

    @Test(arguments: TestDatabase.all)
    func ofServersClaimingOneMessageAtOnceExactlyOneGetsIt(database: TestDatabase) async throws {
        // Two stores on one database: two app servers (PostgreSQL is how an install scales out; on SQLite one
        // server process takes the writes, so its test has one store with the claims sent at once).
        try await database.withServers(database.isPostgres ? 2 : 1) { servers in
            let fixture = try await Fixture(store: servers[0])
            try await queue(servers[0], fixture, programme: fixture.programme.id, to: "once@example.org")
            let now = Date().addingTimeInterval(1)
            let message = try #require(
                try await FluentOutboxRepository(store: servers[0]).due(now: now, limit: 1, in: nil).first)
            let claims = try await withThrowingTaskGroup(of: Bool.self) { group in
                for n in 0..<10 {
                    let outbox = FluentOutboxRepository(store: servers[n % servers.count])
                    group.addTask {
                        try await outbox.claim(message.id, now: now, leaseEnd: now.addingTimeInterval(600))
                    }
                }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(claims == 1)
            // Claimed, it is not due until the lease runs out; then it is, and may be claimed again.
            let outbox = FluentOutboxRepository(store: servers[servers.count - 1])
            #expect(try await outbox.due(now: now, limit: 1, in: nil).isEmpty)
            let after = now.addingTimeInterval(601)
            #expect(try await outbox.claim(message.id, now: after, leaseEnd: after.addingTimeInterval(600)))
        }
    }
}
