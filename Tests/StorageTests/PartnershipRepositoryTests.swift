import Domain
import Foundation
import Storage
import TestSupport
import Testing

@Suite struct PartnershipRepositoryTests {
    @Test(arguments: TestDatabase.all)
    func storesEveryFieldAndEmbedsBothCities(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let kyoto = try await fixture.city("Kyoto", "JP")
            let created = try await fixture.partnerships.create(
                PartnershipDraft(
                    homeCityID: fixture.boston.id, partnerCityID: kyoto.id, kind: .sister, status: .active,
                    established: PartialDate("1959-06-24"), focusAreas: [.education, .culture, .education],
                    summary: "  First sister city. ",
                    sources: [WebLink(title: "Release", url: "https://www.boston.gov/news/x")]),
                in: fixture.programme.id, by: .system("test"))
            let read = try await fixture.partnerships.find(created.id, in: fixture.programme.id)
            #expect(read == created)
            #expect(read.homeCity.name == "Boston")
            #expect(read.partnerCity.name == "Kyoto")
            #expect(read.established?.precision == .day)
            #expect(read.focusAreas == [.education, .culture])
            #expect(read.summary == "First sister city.")
            #expect(read.sources == [WebLink(title: "Release", url: "https://www.boston.gov/news/x")])

            var draft = PartnershipDraft(homeCityID: fixture.boston.id, partnerCityID: kyoto.id, status: .ended)
            draft.established = PartialDate(year: 1959)
            draft.ended = PartialDate(year: 2000, month: 3)
            let updated = try await fixture.partnerships.update(
                created.id, with: draft, in: fixture.programme.id, by: .system("test"))
            #expect(updated.status == .ended)
            #expect(updated.established?.precision == .year)
            #expect(updated.ended?.description == "2000-03")
            #expect(updated.focusAreas.isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func samePairAndKindOncePerProgrammeInEitherDirection(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let kyoto = try await fixture.city("Kyoto", "JP")
            _ = try await fixture.partner(kyoto)
            let again = await caught { _ = try await fixture.partner(kyoto) }
            guard case .conflict = again as? DomainError else {
                Issue.record("expected conflict, got \(String(describing: again))")
                return
            }
            let reversed = await caught {
                _ = try await fixture.partnerships.create(
                    PartnershipDraft(homeCityID: kyoto.id, partnerCityID: fixture.boston.id),
                    in: fixture.programme.id, by: .system("test"))
            }
            guard case .conflict = reversed as? DomainError else {
                Issue.record("expected conflict, got \(String(describing: reversed))")
                return
            }
            // Another kind of tie between the same cities is a different record.
            _ = try await fixture.partner(kyoto, kind: .friendship)
            #expect(try await fixture.partnerships.list(in: fixture.programme.id, PartnershipQuery()).total == 2)
        }
    }

    @Test(arguments: TestDatabase.all)
    func refusesSameCountryAndSelfPartners(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let cambridge = try await fixture.city("Cambridge", "US")
            let sameCountry = await caught { _ = try await fixture.partner(cambridge) }
            guard case .invalid(let issues) = sameCountry as? DomainError else {
                Issue.record("expected invalid, got \(String(describing: sameCountry))")
                return
            }
            #expect(issues.map(\.field) == ["partnerCityId"])
            let itself = await caught { _ = try await fixture.partner(fixture.boston) }
            guard case .invalid = itself as? DomainError else {
                Issue.record("expected invalid, got \(String(describing: itself))")
                return
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func listsFilterSortAndPageWithUndatedLast(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let ties: [(String, String, PartialDate?)] = [
                ("Strasbourg", "FR", PartialDate(year: 1960)), ("Kyoto", "JP", PartialDate("1959-06-24")),
                ("Nowhere", "CV", nil), ("Hangzhou", "CN", PartialDate(year: 1982)),
                ("Osaka", "JP", PartialDate(year: 1959)),
            ]
            for (name, country, date) in ties {
                _ = try await fixture.partner(try await fixture.city(name, country), established: date)
            }
            let id = fixture.programme.id
            let oldest = try await fixture.partnerships.list(in: id, PartnershipQuery())
            #expect(oldest.items.map(\.partnerCity.name) == ["Osaka", "Kyoto", "Strasbourg", "Hangzhou", "Nowhere"])
            let newest = try await fixture.partnerships.list(in: id, PartnershipQuery(sort: .establishedDescending))
            #expect(newest.items.map(\.partnerCity.name) == ["Hangzhou", "Strasbourg", "Kyoto", "Osaka", "Nowhere"])
            let byName = try await fixture.partnerships.list(in: id, PartnershipQuery(sort: .partnerName))
            #expect(byName.items.map(\.partnerCity.name) == ["Hangzhou", "Kyoto", "Nowhere", "Osaka", "Strasbourg"])
            let japan = try await fixture.partnerships.list(in: id, PartnershipQuery(countryCode: "JP"))
            #expect(japan.items.map(\.partnerCity.name) == ["Osaka", "Kyoto"])
            #expect(japan.total == 2)
            let page2 = try await fixture.partnerships.list(
                in: id, PartnershipQuery(page: PageRequest(page: 2, limit: 2)))
            #expect(page2.items.map(\.partnerCity.name) == ["Strasbourg", "Hangzhou"])
            #expect(page2.total == 5)
            let friendship = try await fixture.partnerships.list(in: id, PartnershipQuery(kind: .friendship))
            #expect(friendship.total == 0)
            let dormant = try await fixture.partnerships.list(in: id, PartnershipQuery(status: .dormant))
            #expect(dormant.items.isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func anotherProgrammeCannotSeeOrChangeThePartnership(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let other = try await fixture.programmes.create(
                ProgrammeDraft(name: "Kyoto City International"), by: .system("test"))
            let kyoto = try await fixture.city("Kyoto", "JP")
            let tie = try await fixture.partner(kyoto)
            let notFound = DomainError.notFound(entity: "partnership", id: tie.id)
            #expect(
                await caught { _ = try await fixture.partnerships.find(tie.id, in: other.id) } as? DomainError
                    == notFound)
            #expect(
                await caught {
                    _ = try await fixture.partnerships.update(
                        tie.id, with: PartnershipDraft(homeCityID: fixture.boston.id, partnerCityID: kyoto.id),
                        in: other.id, by: .system("test"))
                } as? DomainError == notFound)
            #expect(
                await caught { try await fixture.partnerships.delete(tie.id, in: other.id, by: .system("test")) }
                    as? DomainError == notFound
            )
            #expect(try await fixture.partnerships.list(in: other.id, PartnershipQuery()).total == 0)
            // The other programme may record its own tie between the same cities.
            _ = try await fixture.partner(kyoto, in: other.id)
            #expect(try await fixture.partnerships.find(tie.id, in: fixture.programme.id).id == tie.id)
        }
    }
}
