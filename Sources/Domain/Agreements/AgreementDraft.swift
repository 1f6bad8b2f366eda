import Foundation

/// The fields of an agreement as a client writes them.
public struct AgreementDraft: Sendable, Hashable {
    public var kind: AgreementKind
    public var signed: PartialDate?
    public var place: String?
    public var signatories: [Signatory]
    public var languages: [String]
    public var documentURL: String?
    public var notes: String?
    /// The notes in other languages.
    public var translations: Translations

    /// What an agreement gives in other languages.
    public static let translatedFields = [TranslatedField("notes", maxLength: 10_000)]

    public init(
        kind: AgreementKind, signed: PartialDate? = nil, place: String? = nil, signatories: [Signatory] = [],
        languages: [String] = [], documentURL: String? = nil, notes: String? = nil,
        translations: Translations = .none
    ) {
        self.kind = kind
        self.signed = signed
        self.place = place
        self.signatories = signatories
        self.languages = languages
        self.documentURL = documentURL
        self.notes = notes
        self.translations = translations
    }

    /// Checks the draft for a partnership between the two given cities: a signatory signs for one of them.
    public func validated(for partnership: Partnership) throws(DomainError) -> AgreementDraft {
        var draft = self
        draft.place = place?.trimmingWhitespace.nilIfEmpty
        draft.notes = notes?.trimmingWhitespace.nilIfEmpty
        draft.documentURL = documentURL?.trimmingWhitespace.nilIfEmpty
        draft.signatories = signatories.map {
            Signatory(
                name: $0.name.trimmingWhitespace, title: $0.title?.trimmingWhitespace.nilIfEmpty, cityID: $0.cityID)
        }
        let cityIDs: Set<UUID> = [partnership.homeCity.id, partnership.partnerCity.id]
        var v = Validator()
        v.checkText(draft.place, field: "place", maxLength: 300)
        if draft.signatories.count > 100 { v.add("signatories", .tooMany(max: 100, .people)) }
        for (index, signatory) in draft.signatories.enumerated() {
            v.requireText(signatory.name, field: "signatories[\(index)].name", maxLength: 200)
            v.checkText(signatory.title, field: "signatories[\(index)].title", maxLength: 300)
            if let cityID = signatory.cityID, !cityIDs.contains(cityID) {
                v.add("signatories[\(index)].cityId", .partnershipCity)
            }
        }
        if draft.languages.count > 20 { v.add("languages", .tooMany(max: 20, .languages)) }
        v.checkLanguages(draft.languages, field: "languages")
        v.checkURL(draft.documentURL, field: "documentUrl")
        v.checkText(draft.notes, field: "notes", maxLength: 10_000)
        draft.translations = translations.validated(fields: Self.translatedFields, into: &v)
        try v.check()
        return draft
    }
}
