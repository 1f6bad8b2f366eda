import Domain
import Foundation
import Storage
import TestSupport
import Testing

@Suite struct AgreementRepositoryTests {
    @Test(arguments: TestDatabase.all)
    func recordsAgreementsWithSignatoriesOldestFirst(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let kyoto = try await fixture.city("Kyoto", "JP")
            let tie = try await fixture.partner(kyoto, established: PartialDate("1959-06-24"))
            let id = fixture.programme.id
            let renewal = try await fixture.agreements.create(
                AgreementDraft(
                    kind: .renewal, signed: PartialDate(year: 2019), place: "Boston",
                    signatories: [
                        Signatory(name: "Martin J. Walsh", title: "Mayor of Boston", cityID: fixture.boston.id),
                        Signatory(name: "Daisaku Kadokawa", title: "Mayor of Kyoto", cityID: kyoto.id),
                    ], languages: ["en", "ja"]),
                partnership: tie.id, in: id, by: .system("test"))
            _ = try await fixture.agreements.create(
                AgreementDraft(kind: .memorandum), partnership: tie.id, in: id, by: .system("test"))
            let founding = try await fixture.agreements.create(
                AgreementDraft(kind: .founding, signed: PartialDate("1959-06-24")), partnership: tie.id, in: id,
                by: .system("test"))

            let list = try await fixture.agreements.list(partnership: tie.id, in: id, page: PageRequest())
            #expect(list.items.map(\.kind) == [.founding, .renewal, .memorandum])
            let read = try await fixture.agreements.find(renewal.id, in: id)
            #expect(read.signatories.map(\.name) == ["Martin J. Walsh", "Daisaku Kadokawa"])
            #expect(read.signatories[1].cityID == kyoto.id)
            #expect(read.languages == ["en", "ja"])
            #expect(read.signed?.precision == .year)

            let edited = try await fixture.agreements.update(
                founding.id,
                with: AgreementDraft(kind: .founding, signed: PartialDate("1959-06"), notes: "Signed in Kyoto."),
                in: id, by: .system("test"))
            #expect(edited.signed?.description == "1959-06")
            #expect(edited.notes == "Signed in Kyoto.")

            try await fixture.agreements.delete(founding.id, in: id, by: .system("test"))
            #expect(try await fixture.agreements.list(partnership: tie.id, in: id, page: PageRequest()).total == 2)
            // Deleting the partnership takes its agreements with it.
            try await fixture.partnerships.delete(tie.id, in: id, by: .system("test"))
            let gone = await caught { _ = try await fixture.agreements.find(renewal.id, in: id) }
            #expect(gone as? DomainError == .notFound(entity: "agreement", id: renewal.id))
        }
    }

    @Test(arguments: TestDatabase.all)
    func signatoriesSignForOneOfTheTwoCities(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let kyoto = try await fixture.city("Kyoto", "JP")
            let paris = try await fixture.city("Paris", "FR")
            let tie = try await fixture.partner(kyoto)
            let error = await caught {
                _ = try await fixture.agreements.create(
                    AgreementDraft(
                        kind: .founding, signatories: [Signatory(name: "Someone", cityID: paris.id)],
                        languages: ["xx_1"],
                        documentURL: "not a url"),
                    partnership: tie.id, in: fixture.programme.id, by: .system("test"))
            }
            guard case .invalid(let issues) = error as? DomainError else {
                Issue.record("expected invalid, got \(String(describing: error))")
                return
            }
            #expect(Set(issues.map(\.field)) == ["signatories[0].cityId", "languages[0]", "documentUrl"])
        }
    }

    @Test(arguments: TestDatabase.all)
    func anotherProgrammeCannotReachTheAgreements(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let other = try await fixture.programmes.create(ProgrammeDraft(name: "Other"), by: .system("test"))
            let tie = try await fixture.partner(try await fixture.city("Kyoto", "JP"))
            let agreement = try await fixture.agreements.create(
                AgreementDraft(kind: .founding), partnership: tie.id, in: fixture.programme.id, by: .system("test"))
            let notFound = DomainError.notFound(entity: "agreement", id: agreement.id)
            #expect(
                await caught { _ = try await fixture.agreements.find(agreement.id, in: other.id) } as? DomainError
                    == notFound)
            #expect(
                await caught { try await fixture.agreements.delete(agreement.id, in: other.id, by: .system("test")) }
                    as? DomainError
                    == notFound)
            #expect(
                await caught {
                    _ = try await fixture.agreements.update(
                        agreement.id, with: AgreementDraft(kind: .renewal), in: other.id, by: .system("test"))
                } as? DomainError == notFound)
            let list = await caught {
                _ = try await fixture.agreements.list(partnership: tie.id, in: other.id, page: PageRequest())
            }
            #expect(list as? DomainError == .notFound(entity: "partnership", id: tie.id))
            let create = await caught {
                _ = try await fixture.agreements.create(
                    AgreementDraft(kind: .renewal), partnership: tie.id, in: other.id, by: .system("test"))
            }
            #expect(create as? DomainError == .notFound(entity: "partnership", id: tie.id))
        }
    }
}
