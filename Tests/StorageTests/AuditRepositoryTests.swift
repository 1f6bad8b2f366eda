import Domain
import Foundation
import Storage
import TestSupport
import Testing

@Suite struct AuditRepositoryTests {
    @Test(arguments: TestDatabase.all)
    func everyChangeIsRecordedWithItsAuthorAndBothVersions(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let audit = FluentAuditRepository(store: store)
            let author = ChangeAuthor(userID: UUID(), label: "midori@example.org", programmeID: fixture.programme.id)
            let kyoto = try await fixture.city("Kyoto", "JP")
            let tie = try await fixture.partnerships.create(
                PartnershipDraft(homeCityID: fixture.boston.id, partnerCityID: kyoto.id, summary: "First."),
                in: fixture.programme.id, by: author)
            var draft = PartnershipDraft(homeCityID: fixture.boston.id, partnerCityID: kyoto.id, summary: "Second.")
            draft.established = PartialDate(year: 1959)
            _ = try await fixture.partnerships.update(tie.id, with: draft, in: fixture.programme.id, by: author)
            let history = try await audit.history(of: .partnership, id: tie.id, in: fixture.programme.id)
            #expect(history.map(\.action) == [.update, .create])
            #expect(history.allSatisfy { $0.author.label == "midori@example.org" && $0.author.userID == author.userID })
            #expect(history[0].before?.contains("First.") == true)
            #expect(history[0].after?.contains("Second.") == true)
            #expect(history[1].before == nil)
            // Another programme sees none of it.
            let other = try await fixture.programmes.create(ProgrammeDraft(name: "Other"), by: .system("test"))
            #expect(try await audit.history(of: .partnership, id: tie.id, in: other.id).isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func restoringPutsBackAnEarlierVersionAndDeletedRecords(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let audit = FluentAuditRepository(store: store)
            let id = fixture.programme.id
            let kyoto = try await fixture.city("Kyoto", "JP")
            let tie = try await fixture.partnerships.create(
                PartnershipDraft(homeCityID: fixture.boston.id, partnerCityID: kyoto.id, summary: "Original."), in: id,
                by: .system("test"))
            _ = try await fixture.partnerships.update(
                tie.id,
                with: PartnershipDraft(homeCityID: fixture.boston.id, partnerCityID: kyoto.id, summary: "Vandalised."),
                in: id, by: .system("test"))
            let created = try #require(try await audit.history(of: .partnership, id: tie.id, in: id).last)
            try await audit.restore(created, in: id, by: .system("test"))
            #expect(try await fixture.partnerships.find(tie.id, in: id).summary == "Original.")

            let agreement = try await fixture.agreements.create(
                AgreementDraft(kind: .founding, signed: PartialDate("1959-06-24")), partnership: tie.id, in: id,
                by: .system("test"))
            try await fixture.partnerships.delete(tie.id, in: id, by: .system("test"))
            // Deleting keeps the history of the partnership and of its agreements.
            let trail = try await audit.partnershipHistory(tie.id, in: id)
            #expect(
                trail.filter { $0.action == .delete }.map(\.entity).sorted { $0.rawValue < $1.rawValue } == [
                    .agreement, .partnership,
                ])
            let deletion = try #require(trail.first { $0.entity == .partnership && $0.action == .delete })
            let agreementDeletion = try #require(trail.first { $0.entity == .agreement && $0.action == .delete })
            // An agreement cannot come back before its partnership.
            let early = await caught { try await audit.restore(agreementDeletion, in: id, by: .system("test")) }
            guard case .conflict = early as? DomainError else {
                Issue.record("expected a conflict, got \(String(describing: early))")
                return
            }
            try await audit.restore(deletion, in: id, by: .system("test"))
            try await audit.restore(agreementDeletion, in: id, by: .system("test"))
            let back = try await fixture.partnerships.find(tie.id, in: id)
            #expect(back.summary == "Original.")
            #expect(try await fixture.agreements.find(agreement.id, in: id).signed?.description == "1959-06-24")
            let latest = try await audit.history(of: .partnership, id: tie.id, in: id)
            #expect(latest.first?.action == .restore)
        }
    }

    @Test(arguments: TestDatabase.all)
    func citiesKeepTheirHistoryToo(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let audit = FluentAuditRepository(store: store)
            let nara = try await fixture.city("Nara", "JP")
            try await fixture.cities.delete(nara.id, by: .system("test"))
            let trail = try await audit.history(of: .city, id: nara.id, in: fixture.programme.id)
            #expect(trail.map(\.action) == [.delete, .create])
            try await audit.restore(trail[0], in: fixture.programme.id, by: .system("test"))
            #expect(try await fixture.cities.find(nara.id).name == "Nara")
        }
    }
}

/// Cities are shared by the programmes of an install; their staff are not.
@Suite struct SharedCityHistoryTests {
    @Test(arguments: TestDatabase.all)
    func anotherProgrammesAuthorIsNotNamed(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let kyoto = try await fixture.city("Kyoto", "JP")
            let other = try await fixture.programmes.create(
                ProgrammeDraft(name: "Kyoto Sister Cities", homeCityID: kyoto.id), by: .system("test"))
            let theirs = ChangeAuthor(userID: UUID(), label: "staff@kyoto.example.jp", programmeID: other.id)
            let ours = ChangeAuthor(
                userID: UUID(), label: "staff@boston.example.org", programmeID: fixture.programme.id)
            _ = try await fixture.cities.update(kyoto.id, with: CityDraft(name: "Kyōto", countryCode: "JP"), by: theirs)
            _ = try await fixture.cities.update(kyoto.id, with: CityDraft(name: "Kyoto", countryCode: "JP"), by: ours)
            let seenHere = try await fixture.audit.history(of: .city, id: kyoto.id, in: fixture.programme.id)
            #expect(
                seenHere.map(\.author.label).prefix(2) == ["staff@boston.example.org", "a user of another programme"])
            let seenThere = try await fixture.audit.history(of: .city, id: kyoto.id, in: other.id)
            #expect(
                seenThere.map(\.author.label).prefix(2) == ["a user of another programme", "staff@kyoto.example.jp"])
            let entry = try await fixture.audit.entry(try #require(seenHere.last?.id), in: fixture.programme.id)
            #expect(!entry.author.label.contains("kyoto.example.jp"))
        }
    }
}
