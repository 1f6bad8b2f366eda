import Foundation

/// The kinds of organisation a sister-city tie works with.
public enum OrganisationKind: String, Sendable, CaseIterable {
    case cityOffice = "city-office"
    case sisterCityCommittee = "sister-city-committee"
    case nonProfit = "non-profit"
    case rotaryClub = "rotary-club"
    case culturalSociety = "cultural-society"
    case museum
    case university
    case school
    case company
    case consulate
    case chamberOfCommerce = "chamber-of-commerce"
    case government
    case other

    public var label: String {
        switch self {
        case .cityOffice: "City office"
        case .sisterCityCommittee: "Sister-city committee"
        case .nonProfit: "Non-profit"
        case .rotaryClub: "Rotary Club"
        case .culturalSociety: "Cultural society"
        case .museum: "Museum"
        case .university: "University"
        case .school: "School"
        case .company: "Company"
        case .consulate: "Consulate"
        case .chamberOfCommerce: "Chamber of commerce"
        case .government: "Government body"
        case .other: "Other"
        }
    }
}

/// An organisation that serves one or more partnerships: a city office, a Rotary Club, a museum.
public struct Organisation: Sendable, Hashable, Identifiable {
    public var id: UUID
    public var name: String
    /// Its name in its own script: 京都市.
    public var nativeName: String?
    public var kind: OrganisationKind
    public var cityID: UUID?
    public var website: String?
    public var partnershipIDs: [UUID]
    public var notes: String?
    /// The notes in other languages.
    public var translations: Translations

    public init(id: UUID, _ draft: OrganisationDraft) {
        self.id = id
        name = draft.name
        nativeName = draft.nativeName
        kind = draft.kind
        cityID = draft.cityID
        website = draft.website
        partnershipIDs = draft.partnershipIDs
        notes = draft.notes
        translations = draft.translations
    }

    public var draft: OrganisationDraft {
        OrganisationDraft(
            name: name, nativeName: nativeName, kind: kind, cityID: cityID, website: website,
            partnershipIDs: partnershipIDs, notes: notes, translations: translations)
    }
}

public struct OrganisationDraft: Sendable, Hashable {
    public var name: String
    public var nativeName: String?
    public var kind: OrganisationKind
    public var cityID: UUID?
    public var website: String?
    public var partnershipIDs: [UUID]
    /// What it does, shown publicly as its summary.
    public var notes: String?
    /// The notes in other languages.
    public var translations: Translations

    /// What an organisation gives in other languages.
    public static let translatedFields = [TranslatedField("notes", maxLength: 10_000)]

    public init(
        name: String, nativeName: String? = nil, kind: OrganisationKind, cityID: UUID? = nil, website: String? = nil,
        partnershipIDs: [UUID] = [], notes: String? = nil, translations: Translations = .none
    ) {
        self.name = name
        self.nativeName = nativeName
        self.kind = kind
        self.cityID = cityID
        self.website = website
        self.partnershipIDs = partnershipIDs
        self.notes = notes
        self.translations = translations
    }

    /// Checks the draft; `partnerships` are the programme's, `cityExists` says whether the gazetteer has the city.
    public func validated(partnerships known: Set<UUID>, cityExists: Bool) throws(DomainError) -> OrganisationDraft {
        var draft = self
        draft.name = name.trimmingWhitespace
        draft.nativeName = nativeName?.trimmingWhitespace.nilIfEmpty
        draft.website = website?.trimmingWhitespace.nilIfEmpty
        draft.notes = notes?.trimmingWhitespace.nilIfEmpty
        var seen = Set<UUID>()
        draft.partnershipIDs = partnershipIDs.filter { seen.insert($0).inserted }
        var v = Validator()
        v.requireText(draft.name, field: "name", maxLength: 300)
        v.checkText(draft.nativeName, field: "nativeName", maxLength: 300)
        v.checkURL(draft.website, field: "website")
        v.checkText(draft.notes, field: "notes", maxLength: 10_000)
        if draft.cityID != nil, !cityExists { v.add("cityId", .noSuchCity(nil)) }
        if draft.partnershipIDs.count > 50 { v.add("partnershipIds", .tooMany(max: 50, .partnerships)) }
        for (index, id) in draft.partnershipIDs.enumerated() where !known.contains(id) {
            v.add("partnershipIds[\(index)]", .notInProgramme(.partnership))
        }
        draft.translations = translations.validated(fields: Self.translatedFields, into: &v)
        try v.check()
        return draft
    }
}
