import Domain
import Foundation
import Storage
import TestSupport
import Testing

@Suite struct RegistrationRepositoryTests {
    func event(_ fixture: Fixture, _ store: Store, capacity: Int?, start: String = "2030-05-01") async throws -> Event {
        try await FluentEventRepository(store: store).create(
            EventDraft(
                title: "Tea ceremony", kind: .ceremony,
                schedule: .allDay(first: PartialDate(start)!, last: PartialDate(start)!), capacity: capacity),
            in: fixture.programme.id, by: .system("test"))
    }

    func register(
        _ registrations: FluentRegistrationRepository, _ email: String, event: UUID, programme: UUID
    ) async throws -> Registration {
        try await registrations.register(
            RegistrationDraft(name: email.capitalized, email: email), for: event, in: programme,
            cancelHash: "hash-\(email)", now: Date()
        ) { registration, _ in MailDraft(to: registration.email, subject: registration.status.rawValue, body: "") }
    }

    @Test(arguments: TestDatabase.all)
    func aFullEventKeepsAWaitlistAndTheFirstInLineMovesUp(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let registrations = FluentRegistrationRepository(store: store)
            let outbox = FluentOutboxRepository(store: store)
            let id = fixture.programme.id
            let tea = try await event(fixture, store, capacity: 2)
            let a = try await register(registrations, "a@example.org", event: tea.id, programme: id)
            _ = try await register(registrations, "b@example.org", event: tea.id, programme: id)
            let c = try await register(registrations, "c@example.org", event: tea.id, programme: id)
            let d = try await register(registrations, "d@example.org", event: tea.id, programme: id)
            #expect([a.status, c.status, d.status] == [.confirmed, .waitlisted, .waitlisted])
            #expect([c.waitlistPosition, d.waitlistPosition] == [1, 2])
            let again = await caught {
                _ = try await register(registrations, "A@example.org", event: tea.id, programme: id)
            }
            #expect(again as? RegistrationRefusal == .alreadyRegistered(email: "a@example.org"))

            // A confirmed place freed goes to the first in line, who is told.
            try await registrations.cancel(a.id, in: id) { registration, _ in
                MailDraft(to: registration.email, subject: "promoted", body: "")
            }
            let list = try await registrations.list(event: tea.id, in: id)
            #expect(list.map(\.email) == ["b@example.org", "c@example.org", "d@example.org", "a@example.org"])
            #expect(list.map(\.status) == [.confirmed, .confirmed, .waitlisted, .cancelled])
            #expect(list[2].waitlistPosition == 1)
            // Leaving the waitlist moves no one.
            try await registrations.cancel(d.id, in: id) { _, _ in MailDraft(to: "x", subject: "wrong", body: "") }
            let messages = try await outbox.recent(limit: 10, in: nil)
            #expect(
                messages.map(\.subject).sorted() == ["confirmed", "confirmed", "promoted", "waitlisted", "waitlisted"])
            #expect(messages.first { $0.subject == "promoted" }?.to == "c@example.org")
            #expect(try await registrations.find(cancelHash: "hash-b@example.org").email == "b@example.org")
        }
    }

    @Test(arguments: TestDatabase.all)
    func concurrentRegistrationsNeverOverbook(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let registrations = FluentRegistrationRepository(store: store)
            let id = fixture.programme.id
            let tea = try await event(fixture, store, capacity: 5)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for n in 0..<20 {
                    group.addTask {
                        _ = try await register(registrations, "p\(n)@example.org", event: tea.id, programme: id)
                    }
                }
                try await group.waitForAll()
            }
            let list = try await registrations.list(event: tea.id, in: id)
            #expect(list.filter { $0.status == .confirmed }.count == 5)
            #expect(list.compactMap(\.waitlistPosition) == Array(1...15))
        }
    }

    @Test(arguments: TestDatabase.all)
    func refusesEventsWithoutPlacesOrInThePast(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let registrations = FluentRegistrationRepository(store: store)
            let open = try await event(fixture, store, capacity: nil)
            let over = try await event(fixture, store, capacity: 10, start: "2001-01-01")
            let id = fixture.programme.id
            let none = await caught {
                _ = try await register(registrations, "a@example.org", event: open.id, programme: id)
            }
            #expect(none as? RegistrationRefusal == .takesNoRegistrations)
            let past = await caught {
                _ = try await register(registrations, "a@example.org", event: over.id, programme: id)
            }
            #expect(past as? RegistrationRefusal == .isOver)
        }
    }

    @Test(arguments: TestDatabase.all)
    func failedDeliveriesAreRetriedThenMarkedFailed(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let registrations = FluentRegistrationRepository(store: store)
            let outbox = FluentOutboxRepository(store: store)
            let tea = try await event(fixture, store, capacity: 3)
            _ = try await register(registrations, "a@example.org", event: tea.id, programme: fixture.programme.id)
            var now = Date().addingTimeInterval(1)
            let message = try #require(try await outbox.due(now: now, limit: 10, in: nil).first)
            for attempt in 1...OutboxMessage.maxAttempts {
                try await outbox.markFailed(message.id, error: "connection refused", at: now)
                // Not due again at once; due after its back-off.
                #expect(try await outbox.due(now: now, limit: 10, in: nil).isEmpty)
                now = now.addingTimeInterval(Double(60 << (attempt - 1)) + 1)
            }
            let failed = try #require(try await outbox.recent(limit: 1, in: nil).first)
            #expect(failed.state == .failed && failed.attempts == OutboxMessage.maxAttempts)
            #expect(failed.lastError == "connection refused")
            #expect(try await outbox.due(now: now.addingTimeInterval(86_400), limit: 10, in: nil).isEmpty)
        }
    }
}
