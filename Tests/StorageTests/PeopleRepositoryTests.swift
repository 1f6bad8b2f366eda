import Domain
import Foundation
import Storage
import TestSupport
import Testing

@Suite struct PeopleRepositoryTests {
    @Test(arguments: TestDatabase.all)
    func peopleAreFoundByNameInAnyScriptAndPrivateOnesStayPrivate(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let organisations = FluentOrganisationRepository(store: store)
            let people = FluentPersonRepository(store: store)
            let id = fixture.programme.id
            let kyotoCity = try await fixture.city("Kyoto", "JP")
            let kyoto = try await fixture.partner(kyotoCity)
            let paris = try await fixture.partner(try await fixture.city("Paris", "FR"))
            let office = try await organisations.create(
                OrganisationDraft(
                    name: "City of Kyoto", nativeName: "京都市", kind: .cityOffice, cityID: kyotoCity.id,
                    partnershipIDs: [kyoto.id]), in: id, by: .system("test"))
            _ = try await organisations.create(
                OrganisationDraft(name: "Ville de Paris", kind: .cityOffice, partnershipIDs: [paris.id]), in: id,
                by: .system("test"))
            let mayor = try await people.create(
                PersonDraft(
                    givenName: "Daisaku", familyName: "Kadokawa", nameOrder: .familyFirst, nativeName: "門川大作",
                    nativeLanguage: "ja", organisationID: office.id,
                    roles: [PersonRole(title: "Mayor of Kyoto", organisationID: office.id, from: PartialDate("2008"))],
                    contact: ContactDetails(email: "mayor@example.org"), isPublic: true), in: id, by: .system("test"))
            _ = try await people.create(
                PersonDraft(
                    givenName: "Zoë", familyName: "Ándersson", contact: ContactDetails(phone: "+1 617 555 0100")),
                in: id, by: .system("test"))

            func names(_ query: PersonQuery) async throws -> [String] {
                try await people.list(in: id, query).items.map(\.displayName)
            }
            #expect(try await names(PersonQuery(includePrivate: true)) == ["Zoë Ándersson", "Kadokawa Daisaku"])
            #expect(try await names(PersonQuery()) == ["Kadokawa Daisaku"])
            #expect(try await names(PersonQuery(text: "門川", includePrivate: true)) == ["Kadokawa Daisaku"])
            #expect(try await names(PersonQuery(text: "zoe andersson", includePrivate: true)) == ["Zoë Ándersson"])
            #expect(
                try await names(PersonQuery(organisationID: office.id, includePrivate: true)) == ["Kadokawa Daisaku"])
            let read = try await people.find(mayor.id, in: id)
            #expect(read.draft.roles.first?.from?.description == "2008")
            #expect(read.draft.contact.email == "mayor@example.org")

            let serving = try await organisations.list(in: id, OrganisationQuery(partnershipID: paris.id))
            #expect(serving.items.map(\.name) == ["Ville de Paris"])
            #expect(try await organisations.list(in: id, OrganisationQuery(kind: .museum)).total == 0)

            // Deleting the organisation keeps its people, without it.
            try await organisations.delete(office.id, in: id, by: .system("test"))
            #expect(try await people.find(mayor.id, in: id).draft.organisationID == nil)
            #expect(try await people.find(mayor.id, in: id).draft.roles.first?.organisationID == nil)
            #expect(try await people.find(mayor.id, in: id).draft.roles.first?.title == "Mayor of Kyoto")

            // And a deleted person comes back from their history, contact details included.
            try await people.delete(mayor.id, in: id, by: .system("test"))
            let entry = try #require(try await fixture.audit.history(of: .person, id: mayor.id, in: id).first)
            try await fixture.audit.restore(entry, in: id, by: .system("test"))
            #expect(try await people.find(mayor.id, in: id).draft.contact.email == "mayor@example.org")
        }
    }

    @Test(arguments: TestDatabase.all)
    func refusesWhatDoesNotBelongToTheProgramme(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let organisations = FluentOrganisationRepository(store: store)
            let people = FluentPersonRepository(store: store)
            let id = fixture.programme.id
            let other = try await fixture.programmes.create(ProgrammeDraft(name: "Other"), by: .system("test"))
            let theirs = try await organisations.create(
                OrganisationDraft(name: "Theirs", kind: .nonProfit), in: other.id, by: .system("test"))
            let error = await caught {
                _ = try await people.create(
                    PersonDraft(
                        givenName: "", familyName: "", organisationID: theirs.id,
                        roles: [PersonRole(title: " ", from: PartialDate("2010"), to: PartialDate("2001"))],
                        contact: ContactDetails(email: "not an email")), in: id, by: .system("test"))
            }
            guard case .invalid(let issues) = error as? DomainError else {
                Issue.record("an invalid person was accepted")
                return
            }
            #expect(
                Set(issues.map(\.field))
                    == ["familyName", "organisationId", "roles[0].title", "roles[0].to", "contact.email"])
            let hidden = await caught { _ = try await organisations.find(theirs.id, in: id) }
            #expect(hidden as? DomainError == .notFound(entity: "organisation", id: theirs.id))
        }
    }
}
