import Domain
import Foundation

/// An organisation as the API shows it.
struct OrganisationDTO: Codable, Sendable {
    var id: String
    var name: String
    var nativeName: String?
    var kind: String
    var cityId: String?
    var website: String?
    var partnershipIds: [String]
    var notes: String?
    /// The notes in other languages.
    var translations: TranslationsDTO

    init(_ organisation: Organisation) {
        id = organisation.id.lowercasedString
        name = organisation.name
        nativeName = organisation.nativeName
        kind = organisation.kind.rawValue
        cityId = organisation.cityID?.lowercasedString
        website = organisation.website
        partnershipIds = organisation.partnershipIDs.map(\.lowercasedString)
        notes = organisation.notes
        translations = organisation.translations.byLanguage
    }
}

struct OrganisationInput: Decodable, Sendable {
    var name: String?
    var nativeName: String?
    var kind: String?
    var cityId: UUID?
    var website: String?
    var partnershipIds: [UUID]?
    var notes: String?
    var translations: TranslationsDTO?

    func draft() throws -> OrganisationDraft {
        var issues: [FieldIssue] = []
        let kind = InputIssues.choice(kind, "kind", default: OrganisationKind?.none, into: &issues)
        if name == nil { issues.append(FieldIssue(field: "name", rule: .missing)) }
        guard let kind else { throw DomainError.invalid(issues) }
        let draft = OrganisationDraft(
            name: name ?? "", nativeName: nativeName, kind: kind, cityID: cityId, website: website,
            partnershipIDs: partnershipIds ?? [], notes: notes, translations: Translations(translations ?? [:]))
        return try InputIssues.merge(issues) { draft }
    }
}

/// An office held, as the API shows and takes it.
struct PersonRoleDTO: Codable, Sendable {
    var title: String
    var organisationId: UUID?
    var from: String?
    var to: String?

    init(_ role: PersonRole) {
        title = role.title
        organisationId = role.organisationID
        from = role.from?.description
        to = role.to?.description
    }
}

struct ContactDTO: Codable, Sendable {
    var email: String?
    var phone: String?
    var address: String?
}

/// A person as the API shows them; `contact`, `consentToContact`, `notes` and `language` only to those who may
/// read them.
struct PersonDTO: Encodable, Sendable {
    var id: String
    var displayName: String
    var givenName: String
    var familyName: String
    var nameOrder: String
    var nativeName: String?
    var nativeLanguage: String?
    var organisationId: String?
    var roles: [PersonRoleDTO]
    var isPublic: Bool
    var contact: ContactDTO?
    var consentToContact: Bool?
    var notes: String?
    /// The language the person reads the programme's emails in; nil: the programme's.
    var language: String?

    init(_ person: Person, withContact: Bool) {
        let d = person.draft
        id = person.id.lowercasedString
        displayName = person.displayName
        givenName = d.givenName
        familyName = d.familyName
        nameOrder = d.nameOrder.rawValue
        nativeName = d.nativeName
        nativeLanguage = d.nativeLanguage
        organisationId = d.organisationID?.lowercasedString
        roles = d.roles.map(PersonRoleDTO.init)
        isPublic = d.isPublic
        if withContact {
            contact = ContactDTO(email: d.contact.email, phone: d.contact.phone, address: d.contact.address)
            consentToContact = d.consentToContact
            notes = d.notes
            language = d.language
        }
    }
}

struct PersonInput: Decodable, Sendable {
    struct RoleInput: Decodable, Sendable {
        var title: String?
        var organisationId: UUID?
        var from: String?
        var to: String?
    }

    var givenName: String?
    var familyName: String?
    var nameOrder: String?
    var nativeName: String?
    var nativeLanguage: String?
    var organisationId: UUID?
    var roles: [RoleInput]?
    var contact: ContactDTO?
    var consentToContact: Bool?
    var isPublic: Bool?
    var notes: String?
    /// Omitted or null: the programme's language.
    var language: String?

    /// The draft, checked against the programme's organisations so that one 422 names every bad field.
    func draft(organisations known: Set<UUID>) throws -> PersonDraft {
        var issues: [FieldIssue] = []
        let order = InputIssues.choice(nameOrder, "nameOrder", default: NameOrder.givenFirst, into: &issues)
        var roles: [PersonRole] = []
        for (index, role) in (self.roles ?? []).enumerated() {
            let from = InputIssues.date(role.from, "roles[\(index)].from", into: &issues)
            let to = InputIssues.date(role.to, "roles[\(index)].to", into: &issues)
            roles.append(PersonRole(title: role.title ?? "", organisationID: role.organisationId, from: from, to: to))
        }
        let draft = PersonDraft(
            givenName: givenName ?? "", familyName: familyName ?? "", nameOrder: order ?? .givenFirst,
            nativeName: nativeName, nativeLanguage: nativeLanguage, organisationID: organisationId, roles: roles,
            contact: ContactDetails(email: contact?.email, phone: contact?.phone, address: contact?.address),
            consentToContact: consentToContact ?? false, isPublic: isPublic ?? false, notes: notes,
            language: language)
        return try InputIssues.merge(issues) { try draft.validated(organisations: known) }
    }
}
