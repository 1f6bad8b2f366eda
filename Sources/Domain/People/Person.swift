import Foundation

/// Which name comes first when the person's full name is written: Kadokawa Daisaku, Martin Walsh.
public enum NameOrder: String, Sendable, CaseIterable {
    case familyFirst = "family-first"
    case givenFirst = "given-first"
}

/// An office a person held: "Mayor of Kyoto", from 2008.
public struct PersonRole: Sendable, Hashable {
    public var title: String
    public var organisationID: UUID?
    public var from: PartialDate?
    public var to: PartialDate?

    public init(title: String, organisationID: UUID? = nil, from: PartialDate? = nil, to: PartialDate? = nil) {
        self.title = title
        self.organisationID = organisationID
        self.from = from
        self.to = to
    }
}

/// How to reach a person: seen only by those who work with people (coordinators and above).
public struct ContactDetails: Sendable, Hashable {
    public var email: String?
    public var phone: String?
    public var address: String?

    public init(email: String? = nil, phone: String? = nil, address: String? = nil) {
        self.email = email
        self.phone = phone
        self.address = address
    }

    public var isEmpty: Bool { email == nil && phone == nil && address == nil }
}

/// A person of a partnership: an official, a host, a volunteer.
public struct Person: Sendable, Hashable, Identifiable {
    public var id: UUID
    public var draft: PersonDraft

    public init(id: UUID, _ draft: PersonDraft) {
        self.id = id
        self.draft = draft
    }

    /// The name in the person's own order, in Latin script: "Kadokawa Daisaku", "Martin J. Walsh".
    public var displayName: String {
        let parts =
            draft.nameOrder == .familyFirst
            ? [draft.familyName, draft.givenName] : [draft.givenName, draft.familyName]
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }
}

/// The fields of a person as a client writes them.
public struct PersonDraft: Sendable, Hashable {
    public var givenName: String
    public var familyName: String
    public var nameOrder: NameOrder
    /// The full name in the person's own script and order: 門川大作.
    public var nativeName: String?
    /// BCP 47 tag of `nativeName`.
    public var nativeLanguage: String?
    /// The language the person reads the programme's emails in (BCP 47); nil: the programme's language.
    public var language: String?
    public var organisationID: UUID?
    /// Offices held, oldest first.
    public var roles: [PersonRole]
    public var contact: ContactDetails
    /// Whether the person agreed to be contacted by the programme.
    public var consentToContact: Bool
    /// Shown on public pages (an official acting in public); private otherwise.
    public var isPublic: Bool
    public var notes: String?

    public init(
        givenName: String, familyName: String, nameOrder: NameOrder = .givenFirst, nativeName: String? = nil,
        nativeLanguage: String? = nil, organisationID: UUID? = nil, roles: [PersonRole] = [],
        contact: ContactDetails = ContactDetails(), consentToContact: Bool = false, isPublic: Bool = false,
        notes: String? = nil, language: String? = nil
    ) {
        self.givenName = givenName
        self.familyName = familyName
        self.nameOrder = nameOrder
        self.nativeName = nativeName
        self.nativeLanguage = nativeLanguage
        self.organisationID = organisationID
        self.roles = roles
        self.contact = contact
        self.consentToContact = consentToContact
        self.isPublic = isPublic
        self.notes = notes
        self.language = language
    }

    /// Checks the draft; `organisations` are the programme's.
    public func validated(organisations known: Set<UUID>) throws(DomainError) -> PersonDraft {
        var draft = self
        draft.givenName = givenName.trimmingWhitespace
        draft.familyName = familyName.trimmingWhitespace
        draft.nativeName = nativeName?.trimmingWhitespace.nilIfEmpty
        draft.nativeLanguage = nativeLanguage?.trimmingWhitespace.nilIfEmpty
        draft.language = language?.trimmingWhitespace.nilIfEmpty
        draft.notes = notes?.trimmingWhitespace.nilIfEmpty
        draft.contact = ContactDetails(
            email: contact.email?.trimmingWhitespace.nilIfEmpty, phone: contact.phone?.trimmingWhitespace.nilIfEmpty,
            address: contact.address?.trimmingWhitespace.nilIfEmpty)
        draft.roles = roles.map {
            PersonRole(title: $0.title.trimmingWhitespace, organisationID: $0.organisationID, from: $0.from, to: $0.to)
        }
        var v = Validator()
        if draft.givenName.isEmpty, draft.familyName.isEmpty {
            v.add("familyName", .personNeedsName)
        }
        v.checkText(draft.givenName, field: "givenName", maxLength: 200)
        v.checkText(draft.familyName, field: "familyName", maxLength: 200)
        v.checkText(draft.nativeName, field: "nativeName", maxLength: 200)
        if let tag = draft.nativeLanguage, !LanguageTag.isValid(tag) {
            v.add("nativeLanguage", .languageTag(tag, examples: ["ja"]))
        }
        if let tag = draft.language, !LanguageTag.isValid(tag) {
            v.add("language", .languageTag(tag, examples: ["ja"]))
        }
        if let id = draft.organisationID, !known.contains(id) {
            v.add("organisationId", .notInProgramme(.organisation))
        }
        if draft.roles.count > 50 { v.add("roles", .tooMany(max: 50, .offices)) }
        for (index, role) in draft.roles.enumerated() {
            v.requireText(role.title, field: "roles[\(index)].title", maxLength: 300)
            if let id = role.organisationID, !known.contains(id) {
                v.add("roles[\(index)].organisationId", .notInProgramme(.organisation))
            }
            if let from = role.from, let to = role.to, to < from {
                v.add("roles[\(index)].to", .notBeforeStart)
            }
        }
        if let email = draft.contact.email, !Self.looksLikeEmail(email) {
            v.add("contact.email", .email)
        }
        v.checkText(draft.contact.email, field: "contact.email", maxLength: 254)
        v.checkText(draft.contact.phone, field: "contact.phone", maxLength: 50)
        v.checkText(draft.contact.address, field: "contact.address", maxLength: 1000)
        v.checkText(draft.notes, field: "notes", maxLength: 10_000)
        try v.check()
        return draft
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(where: \.isWhitespace)
    }
}

/// Which people to list.
public struct PersonQuery: Sendable, Hashable {
    public var page: PageRequest
    /// Part of a name, in any case and without accents, in Latin or native script.
    public var text: String?
    public var organisationID: UUID?
    /// Private people too: for members of the programme.
    public var includePrivate: Bool

    public init(
        page: PageRequest = .init(), text: String? = nil, organisationID: UUID? = nil, includePrivate: Bool = false
    ) {
        self.page = page
        self.text = text
        self.organisationID = organisationID
        self.includePrivate = includePrivate
    }
}

/// Which organisations to list.
public struct OrganisationQuery: Sendable, Hashable {
    public var page: PageRequest
    public var kind: OrganisationKind?
    public var partnershipID: UUID?

    public init(page: PageRequest = .init(), kind: OrganisationKind? = nil, partnershipID: UUID? = nil) {
        self.page = page
        self.kind = kind
        self.partnershipID = partnershipID
    }
}

public protocol OrganisationRepository: Sendable {
    /// By name.
    func list(in programme: UUID, _ query: OrganisationQuery) async throws -> Page<Organisation>
    func find(_ id: UUID, in programme: UUID) async throws -> Organisation
    func create(_ draft: OrganisationDraft, in programme: UUID, by author: ChangeAuthor) async throws -> Organisation
    func update(
        _ id: UUID, with draft: OrganisationDraft, in programme: UUID, by author: ChangeAuthor
    ) async throws
        -> Organisation
    /// People who belong to it keep their records, without the organisation.
    func delete(_ id: UUID, in programme: UUID, by author: ChangeAuthor) async throws
}

public protocol PersonRepository: Sendable {
    /// By family name, then given name.
    func list(in programme: UUID, _ query: PersonQuery) async throws -> Page<Person>
    func find(_ id: UUID, in programme: UUID) async throws -> Person
    func create(_ draft: PersonDraft, in programme: UUID, by author: ChangeAuthor) async throws -> Person
    func update(_ id: UUID, with draft: PersonDraft, in programme: UUID, by author: ChangeAuthor) async throws -> Person
    func delete(_ id: UUID, in programme: UUID, by author: ChangeAuthor) async throws
}
