import Domain
import Foundation
import Storage
import TestSupport
import Testing

@Suite struct PrivacyRepositoryTests {
    @Test(arguments: TestDatabase.all)
    func erasureKeepsTheAccountsAnonymisedAndRemovesTheRest(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let id = fixture.programme.id
            let people = FluentPersonRepository(store: store)
            let author = ChangeAuthor.system("test")
            let aiko = try await people.create(
                PersonDraft(
                    givenName: "Aiko", familyName: "Tanaka", contact: ContactDetails(email: "Aiko@Example.org"),
                    consentToContact: true, notes: "Prefers email"), in: id, by: author)
            _ = try await people.update(
                aiko.id,
                with: PersonDraft(
                    givenName: "Aiko", familyName: "Tanaka",
                    contact: ContactDetails(email: "Aiko@Example.org", phone: "+81 75 000 0000")),
                in: id, by: author)
            let contributions = FluentContributionRepository(store: store)
            let gift = try await contributions.record(
                ContributionDraft(
                    donorID: aiko.id, gift: .money(Money(minorUnits: 25_000, currency: Currency(code: "USD")!)),
                    received: PartialDate("2026-03-14")!), in: id, by: author)
            let memberships = FluentMembershipRepository(store: store)
            let level = try await memberships.createLevel(
                MembershipLevel(
                    id: UUID(), name: "Individual", fee: nil, termMonths: 12, renewal: .anniversary, graceDays: 30),
                in: id)
            _ = try await memberships.join(person: aiko.id, level: level.id, on: Date(), in: id)
            let volunteers = FluentVolunteerRepository(store: store)
            _ = try await volunteers.log(
                HoursDraft(
                    personID: aiko.id, day: PartialDate("2026-04-27")!, minutes: 90, activity: .hosting,
                    note: "Hosted the Sato family"),
                in: id, approvedBy: "c@example.org", today: PartialDate("2026-11-29")!, now: Date())
            try await volunteers.addKey(
                hash: "k", person: aiko.id, in: id, now: Date(),
                mail: MailDraft(to: "Aiko@Example.org", subject: "Your volunteer page", body: "Dear Aiko Tanaka"))
            let event = try await FluentEventRepository(store: store).create(
                EventDraft(
                    title: "Tea ceremony", kind: .ceremony,
                    schedule: .allDay(first: PartialDate("2030-05-01")!, last: PartialDate("2030-05-01")!), capacity: 10
                ),
                in: id, by: author)
            _ = try await FluentRegistrationRepository(store: store).register(
                RegistrationDraft(name: "Aiko Tanaka", email: "aiko@example.org"), for: event.id, in: id,
                cancelHash: "c", now: Date()
            ) { r, _ in MailDraft(to: r.email, subject: "You are registered", body: "Dear Aiko Tanaka") }

            let privacy = FluentPrivacyRepository(store: store)
            let data = try await privacy.personalData(aiko.id, in: id)
            #expect(data.person.draft.contact.phone == "+81 75 000 0000")
            #expect(data.contributions.count == 1 && data.memberships.count == 1 && data.volunteerHours.count == 1)
            #expect(data.registrations.map(\.email) == ["aiko@example.org"])
            #expect(Set(data.emails.map(\.subject)) == ["Your volunteer page", "You are registered"])
            #expect(data.history.count == 2)

            let report = try await privacy.erase(aiko.id, in: id, by: author)
            #expect(
                report
                    == ErasureReport(
                        contributionsAnonymised: 1, membershipsKept: 1, volunteerEntriesKept: 1,
                        registrationsAnonymised: 1, signupsRemoved: 0, linksRemoved: 1, emailsScrubbed: 2,
                        historyScrubbed: 2))
            let erased = try await people.find(aiko.id, in: id)
            #expect(erased.displayName == Person.erasedName)
            #expect(erased.draft.contact.isEmpty && erased.draft.notes == nil && !erased.draft.consentToContact)
            // The receipt keeps its number and amount, not the name, in the record and in its history.
            let kept = try await contributions.find(gift.id, in: id)
            #expect(kept.receipt.number == gift.receipt.number && kept.draft.gift == gift.draft.gift)
            #expect(kept.donorName == Person.erasedName)
            let audit = FluentAuditRepository(store: store)
            for entry in try await audit.history(of: .contribution, id: gift.id, in: id) {
                #expect(!(entry.after ?? "").contains("Tanaka"))
            }
            let history = try await audit.history(of: .person, id: aiko.id, in: id)
            #expect(history.first?.action == .erase)
            #expect(history.allSatisfy { $0.before == nil && $0.after == nil })
            #expect(try await volunteers.totals(in: id, year: 2026).totalMinutes == 90)
            #expect(try await memberships.list(in: id).count == 1)
            let after = try await privacy.personalData(aiko.id, in: id)
            #expect(after.registrations.isEmpty && after.emails.isEmpty)
            #expect(after.volunteerHours.first?.draft.note == nil)
            let outbox = try await FluentOutboxRepository(store: store).recent(limit: 10, in: nil)
            #expect(!outbox.contains { $0.to.lowercased().contains("aiko") || $0.body.contains("Tanaka") })
            let link = await caught { _ = try await volunteers.person(keyHash: "k", now: Date()) }
            #expect(link != nil)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aPersonWithReceiptsCannotBeDeletedOnlyErased(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let id = fixture.programme.id
            let people = FluentPersonRepository(store: store)
            let donor = try await people.create(
                PersonDraft(givenName: "Ben", familyName: "Okafor"), in: id, by: .system("test"))
            _ = try await FluentContributionRepository(store: store).record(
                ContributionDraft(donorID: donor.id, gift: .inKind("Books"), received: PartialDate("2026-01-05")!),
                in: id, by: .system("test"))
            let refused = await caught { try await people.delete(donor.id, in: id, by: .system("test")) }
            #expect(
                refused as? DomainError
                    == .conflict(
                        "this person has 1 contribution, which the programme keeps: erase their personal data instead"))
        }
    }
}
