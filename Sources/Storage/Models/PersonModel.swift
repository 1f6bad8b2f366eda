import Domain
import FluentKit
import Foundation

final class PersonModel: Model, @unchecked Sendable {
    static let schema = "people"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: ProgrammeModel
    @Field(key: "given_name") var givenName: String
    @Field(key: "family_name") var familyName: String
    @Field(key: "name_order") var nameOrder: String
    @OptionalField(key: "native_name") var nativeName: String?
    @OptionalField(key: "native_language") var nativeLanguage: String?
    @OptionalParent(key: "organisation_id") var organisation: OrganisationModel?
    @Field(key: "roles") var roles: [StoredPersonRole]
    @OptionalField(key: "email") var email: String?
    @OptionalField(key: "phone") var phone: String?
    @OptionalField(key: "address") var address: String?
    @Field(key: "consent_to_contact") var consentToContact: Bool
    @Field(key: "is_public") var isPublic: Bool
    @OptionalField(key: "notes") var notes: String?
    /// The language the person reads emails in; nil: the programme's.
    @OptionalField(key: "language") var language: String?
    /// Family name first, folded: the sort key, and what a name search matches. Derived, see `refreshDerived()`.
    @Field(key: "search_name") private(set) var searchName: String
    /// Set when the person's data was erased on request: see `PersonModel.current`.
    @OptionalField(key: "erased_at") var erasedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(_ draft: PersonDraft, programmeID: UUID) {
        $programme.id = programmeID
        apply(draft)
    }

    func apply(_ draft: PersonDraft) {
        givenName = draft.givenName
        familyName = draft.familyName
        nameOrder = draft.nameOrder.rawValue
        nativeName = draft.nativeName
        nativeLanguage = draft.nativeLanguage
        $organisation.id = draft.organisationID
        roles = draft.roles.map(StoredPersonRole.init)
        email = draft.contact.email
        phone = draft.contact.phone
        address = draft.contact.address
        consentToContact = draft.consentToContact
        isPublic = draft.isPublic
        notes = draft.notes
        language = draft.language
        refreshDerived()
    }

    /// Sets the column derived from the others by its function in `DerivedColumns`: the one place a person
    /// model's `search_name` is assigned.
    func refreshDerived() {
        searchName = DerivedColumns.personSearchName(
            familyName: familyName, givenName: givenName, nativeName: nativeName)
    }

    func draft() throws -> PersonDraft {
        PersonDraft(
            givenName: givenName, familyName: familyName,
            nameOrder: try StoredValue.decode(NameOrder.self, nameOrder), nativeName: nativeName,
            nativeLanguage: nativeLanguage, organisationID: $organisation.id, roles: try roles.map { try $0.domain() },
            contact: ContactDetails(email: email, phone: phone, address: address),
            consentToContact: consentToContact, isPublic: isPublic, notes: notes, language: language)
    }

    func toDomain() throws -> Person { Person(id: try requireID(), try draft()) }
}

/// An office as stored in the roles JSON column.
struct StoredPersonRole: Codable, Sendable {
    var title: String
    var organisationID: UUID?
    var from: String?
    var to: String?

    init(_ role: PersonRole) {
        title = role.title
        organisationID = role.organisationID
        from = role.from?.description
        to = role.to?.description
    }

    func domain() throws -> PersonRole {
        PersonRole(
            title: title, organisationID: organisationID, from: try from.map { try StoredValue.date($0) },
            to: try to.map { try StoredValue.date($0) })
    }
}

extension PersonModel {
    /// The programme's person with this id, unless their data was erased on request: the one a new gift,
    /// pledge, membership or volunteer time may be recorded under.
    static func current(_ id: UUID, in programme: UUID, on db: any Database) async throws -> PersonModel? {
        try await query(on: db).filter(\.$id == id).filter(\.$programme.$id == programme).filter(\.$erasedAt == nil)
            .first()
    }
}
