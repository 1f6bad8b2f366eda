import Domain
import Foundation

/// The organisations and officials of the Boston–Kyoto tie named in the public record of its 2019 renewal.
enum DemoPeople {
    static func load(
        kyoto partnership: Partnership, organisations: any OrganisationRepository, people: any PersonRepository
    ) async throws {
        let author = DemoProgramme.author
        let programme = partnership.programmeID
        let boston = partnership.homeCity.id
        let kyoto = partnership.partnerCity.id
        func organisation(
            _ name: String, _ native: String?, _ kind: OrganisationKind, _ city: UUID, notes: String? = nil,
            translations: Translations = .none
        ) async throws
            -> Organisation
        {
            try await organisations.create(
                OrganisationDraft(
                    name: name, nativeName: native, kind: kind, cityID: city, partnershipIDs: [partnership.id],
                    notes: notes, translations: translations),
                in: programme, by: author)
        }
        let cityOfBoston = try await organisation("City of Boston", nil, .cityOffice, boston)
        // Its notes say only what the demo's partnership record says; the Japanese translates them.
        let cityOfKyoto = try await organisation(
            "City of Kyoto", "京都市", .cityOffice, kyoto,
            notes: "Kyoto's city government. Kyoto has been Boston's sister city since 1959.",
            translations: Translations(["ja": ["notes": "京都市の市役所です。京都市は1959年からボストン市の姉妹都市です。"]]))
        let assembly = try await organisation("Kyoto City Assembly", "京都市会", .government, kyoto)
        _ = try await organisation("Mayor's Office of Economic Development", nil, .cityOffice, boston)
        _ = try await organisation("Rotary Club of Boston", nil, .rotaryClub, boston)
        _ = try await organisation("Rotary Club of Kyoto South", nil, .rotaryClub, kyoto)
        _ = try await organisation("Japan Society of Boston", nil, .culturalSociety, boston)
        _ = try await organisation("Boston Children's Museum", nil, .museum, boston)

        _ = try await people.create(
            PersonDraft(
                givenName: "Martin J.", familyName: "Walsh", nameOrder: .givenFirst, organisationID: cityOfBoston.id,
                roles: [
                    PersonRole(
                        title: "Mayor of Boston", organisationID: cityOfBoston.id, from: PartialDate(year: 2014),
                        to: PartialDate(year: 2021))
                ], isPublic: true),
            in: programme, by: author)
        _ = try await people.create(
            PersonDraft(
                givenName: "Daisaku", familyName: "Kadokawa", nameOrder: .familyFirst, nativeName: "門川大作",
                nativeLanguage: "ja", organisationID: cityOfKyoto.id,
                roles: [
                    PersonRole(
                        title: "Mayor of Kyoto", organisationID: cityOfKyoto.id, from: PartialDate(year: 2008),
                        to: PartialDate(year: 2024))
                ], isPublic: true),
            in: programme, by: author)
        _ = try await people.create(
            PersonDraft(
                givenName: "Kazuhiro", familyName: "Terada", nameOrder: .familyFirst, organisationID: assembly.id,
                roles: [PersonRole(title: "Chair of the Kyoto City Assembly", organisationID: assembly.id)],
                isPublic: true),
            in: programme, by: author)
    }
}
