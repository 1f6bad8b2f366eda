import Domain
import FluentKit
import Foundation

/// An organisation as the audit trail keeps it.
struct OrganisationSnapshot: Codable {
    var name: String
    var nativeName: String?
    var kind: String
    var cityID: UUID?
    var website: String?
    var partnershipIDs: [UUID]
    var notes: String?
    /// Absent in versions recorded before texts had translations.
    var translations: [String: [String: String]]?

    init(_ model: OrganisationModel) {
        name = model.name
        nativeName = model.nativeName
        kind = model.kind
        cityID = model.$city.id
        website = model.website
        partnershipIDs = model.partnershipIDs
        notes = model.notes
        translations = model.translations
    }

    func draft() throws -> OrganisationDraft {
        OrganisationDraft(
            name: name, nativeName: nativeName, kind: try StoredValue.decode(OrganisationKind.self, kind),
            cityID: cityID, website: website, partnershipIDs: partnershipIDs, notes: notes,
            translations: Translations(translations ?? [:]))
    }
}

/// A person as the audit trail keeps it, contact details included: restoring brings them back.
struct PersonSnapshot: Codable {
    var givenName: String
    var familyName: String
    var nameOrder: String
    var nativeName: String?
    var nativeLanguage: String?
    var organisationID: UUID?
    var roles: [StoredPersonRole]
    var email: String?
    var phone: String?
    var address: String?
    var consentToContact: Bool
    var isPublic: Bool
    var notes: String?
    /// Absent from versions written before people had one.
    var language: String?

    init(_ model: PersonModel) {
        givenName = model.givenName
        familyName = model.familyName
        nameOrder = model.nameOrder
        nativeName = model.nativeName
        nativeLanguage = model.nativeLanguage
        organisationID = model.$organisation.id
        roles = model.roles
        email = model.email
        phone = model.phone
        address = model.address
        consentToContact = model.consentToContact
        isPublic = model.isPublic
        notes = model.notes
        language = model.language
    }

    func draft() throws -> PersonDraft {
        PersonDraft(
            givenName: givenName, familyName: familyName,
            nameOrder: try StoredValue.decode(NameOrder.self, nameOrder), nativeName: nativeName,
            nativeLanguage: nativeLanguage, organisationID: organisationID, roles: try roles.map { try $0.domain() },
            contact: ContactDetails(email: email, phone: phone, address: address),
            consentToContact: consentToContact, isPublic: isPublic, notes: notes, language: language)
    }
}
