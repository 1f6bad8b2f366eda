import Domain
import Foundation
import Storage
import TestSupport
import Testing

@Suite struct MembershipRepositoryTests {
    func day(_ text: String) -> Date { ISO8601DateFormatter().date(from: text + "T00:00:00Z")! }

    @Test(arguments: TestDatabase.all)
    func everyReminderDueIsSentOnceOrRecordedWithItsReason(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let people = FluentPersonRepository(store: store)
            let memberships = FluentMembershipRepository(store: store)
            let outbox = FluentOutboxRepository(store: store)
            let id = fixture.programme.id
            let aiko = try await people.create(
                PersonDraft(
                    givenName: "Aiko", familyName: "Tanaka", contact: ContactDetails(email: "aiko@example.org")),
                in: id, by: .system("test"))
            let ben = try await people.create(
                PersonDraft(givenName: "Ben", familyName: "Li"), in: id, by: .system("test"))
            let level = try await memberships.createLevel(
                MembershipLevel(
                    id: UUID(), name: "Individual", fee: Money("25", currency: Currency(code: "USD")!), termMonths: 12),
                in: id)
            let a = try await memberships.join(person: aiko.id, level: level.id, on: day("2025-03-14"), in: id)
            _ = try await memberships.join(person: ben.id, level: level.id, on: day("2025-03-14"), in: id)
            let message: @Sendable (Membership, RenewalReminder, Person, String) -> MailDraft = {
                _, reminder, member, email in
                MailDraft(to: email, subject: "\(reminder.rawValue) for \(member.displayName)", body: "")
            }

            // 30 days before: one email for Aiko; Ben has no address, which is recorded.
            let first = try await memberships.queueReminders(at: day("2026-02-12"), in: id, message: message)
            #expect(first == ReminderRun(queued: 1, recordedWithoutEmail: 1))
            // Running again sends nothing twice.
            #expect(
                try await memberships.queueReminders(at: day("2026-02-13"), in: id, message: message) == ReminderRun())
            // The server was down until after expiry: only the latest is sent, the skipped one is recorded.
            let late = try await memberships.queueReminders(at: day("2026-03-20"), in: id, message: message)
            #expect(late == ReminderRun(queued: 1, recordedWithoutEmail: 3))
            let records = try await memberships.reminders(of: a.id, in: id)
            #expect(records.map(\.kind) == [.thirtyDays, .sevenDays, .expired])
            #expect(records.map(\.note) == [nil, "superseded by the expired reminder", nil])
            #expect(
                try await outbox.recent(limit: 10, in: nil).map(\.subject).sorted() == [
                    "30-days for Aiko Tanaka", "expired for Aiko Tanaka",
                ])

            // Renewed in grace: a new expiry, and reminders start again for it.
            let renewed = try await memberships.renew(a.id, at: day("2026-03-20"), in: id)
            #expect(renewed.expires == day("2027-03-14"))
            #expect(renewed.status(at: day("2026-03-20")) == .active)
            let next = try await memberships.queueReminders(at: day("2027-02-20"), in: id, message: message)
            #expect(next.queued == 1)
        }
    }
}
