import Domain
import Foundation

/// A signatory as the API shows it.
struct SignatoryDTO: Codable, Sendable {
    var name: String
    var title: String?
    var cityId: String?

    init(_ signatory: Signatory) {
        name = signatory.name
        title = signatory.title
        cityId = signatory.cityID?.lowercasedString
    }
}

/// A signatory as a client writes it.
struct SignatoryInput: Decodable, Sendable {
    var name: String
    var title: String?
    var cityId: UUID?

    var domain: Signatory { Signatory(name: name, title: title, cityID: cityId) }
}

/// An agreement as the API shows it.
struct AgreementDTO: Codable, Sendable {
    var id: String
    var partnershipId: String
    var kind: String
    var signed: String?
    var place: String?
    var signatories: [SignatoryDTO]
    var languages: [String]
    var documentUrl: String?
    var notes: String?
    var translations: TranslationsDTO

    init(_ agreement: Agreement) {
        id = agreement.id.lowercasedString
        partnershipId = agreement.partnershipID.lowercasedString
        kind = agreement.kind.rawValue
        signed = agreement.signed?.description
        place = agreement.place
        signatories = agreement.signatories.map(SignatoryDTO.init)
        languages = agreement.languages
        documentUrl = agreement.documentURL
        notes = agreement.notes
        translations = agreement.translations.byLanguage
    }
}

/// An agreement as a client writes it.
struct AgreementInput: Decodable, Sendable {
    var kind: String?
    var signed: String?
    var place: String?
    var signatories: [SignatoryInput]?
    var languages: [String]?
    var documentUrl: String?
    var notes: String?
    var translations: TranslationsDTO?

    /// The draft, checked against the partnership it belongs to.
    func draft() throws -> AgreementDraft {
        var issues: [FieldIssue] = []
        let kind = InputIssues.choice(kind, "kind", default: AgreementKind?.none, into: &issues)
        let signed = InputIssues.date(signed, "signed", into: &issues)
        guard let kind else { throw DomainError.invalid(issues) }
        let draft = AgreementDraft(
            kind: kind, signed: signed, place: place, signatories: (signatories ?? []).map(\.domain),
            languages: languages ?? [], documentURL: documentUrl, notes: notes,
            translations: Translations(translations ?? [:]))
        return try InputIssues.merge(issues) { draft }
    }
}
