import Domain
import FluentKit
import Foundation

final class AgreementModel: Model, @unchecked Sendable {
    static let schema = "agreements"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: ProgrammeModel
    @Parent(key: "partnership_id") var partnership: PartnershipModel
    @Field(key: "kind") var kind: String
    @OptionalField(key: "signed") var signed: String?
    @OptionalField(key: "place") var place: String?
    @Field(key: "signatories") var signatories: [StoredSignatory]
    @Field(key: "languages") var languages: [String]
    @OptionalField(key: "document_url") var documentURL: String?
    @OptionalField(key: "notes") var notes: String?
    /// The notes in other languages; nil for agreements written before there were any.
    @OptionalField(key: "translations") var translations: [String: [String: String]]?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(_ draft: AgreementDraft, partnershipID: UUID, programmeID: UUID) {
        $programme.id = programmeID
        $partnership.id = partnershipID
        apply(draft)
    }

    func apply(_ draft: AgreementDraft) {
        kind = draft.kind.rawValue
        signed = draft.signed?.description
        place = draft.place
        signatories = draft.signatories.map(StoredSignatory.init)
        languages = draft.languages
        documentURL = draft.documentURL
        notes = draft.notes
        translations = draft.translations.isEmpty ? nil : draft.translations.byLanguage
    }

    func toDomain() throws -> Agreement {
        Agreement(
            id: try requireID(),
            partnershipID: $partnership.id,
            AgreementDraft(
                kind: try StoredValue.decode(AgreementKind.self, kind),
                signed: try signed.map { try StoredValue.date($0) },
                place: place,
                signatories: signatories.map(\.domain),
                languages: languages,
                documentURL: documentURL,
                notes: notes,
                translations: Translations(translations ?? [:])
            )
        )
    }
}
