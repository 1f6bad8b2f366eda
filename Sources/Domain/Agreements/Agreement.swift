import Foundation

/// A signed document of a partnership: its founding, a renewal, a memorandum.
public struct Agreement: Sendable, Hashable, Identifiable {
    public var id: UUID
    public var partnershipID: UUID
    public var kind: AgreementKind
    public var signed: PartialDate?
    /// Where it was signed: "Boston City Hall".
    public var place: String?
    public var signatories: [Signatory]
    /// Languages of the signed text, BCP 47 tags.
    public var languages: [String]
    public var documentURL: String?
    public var notes: String?
    /// The notes in other languages.
    public var translations: Translations

    public init(id: UUID, partnershipID: UUID, _ draft: AgreementDraft) {
        self.id = id
        self.partnershipID = partnershipID
        self.kind = draft.kind
        self.signed = draft.signed
        self.place = draft.place
        self.signatories = draft.signatories
        self.languages = draft.languages
        self.documentURL = draft.documentURL
        self.notes = draft.notes
        self.translations = draft.translations
    }
}
