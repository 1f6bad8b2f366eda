import Domain
import FluentKit
import Foundation

final class GiftModel: Model, @unchecked Sendable {
    static let schema = "gifts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: ProgrammeModel
    @Parent(key: "partnership_id") var partnership: PartnershipModel
    @Field(key: "title") var title: String
    @Field(key: "giver_kind") var giverKind: String
    @Field(key: "giver_name") var giverName: String
    @Field(key: "giver_city_id") var giverCityID: UUID
    @Field(key: "recipient_kind") var recipientKind: String
    @Field(key: "recipient_name") var recipientName: String
    @Field(key: "recipient_city_id") var recipientCityID: UUID
    @OptionalField(key: "given") var given: String?
    @OptionalField(key: "occasion") var occasion: String?
    @OptionalField(key: "description") var description: String?
    @OptionalField(key: "location") var location: String?
    @OptionalField(key: "keeper") var keeper: String?
    /// The estimate in the currency's minor unit; a 64-bit integer, never a float.
    @OptionalField(key: "value_minor") var valueMinor: Int64?
    @OptionalField(key: "value_currency") var valueCurrency: String?
    /// The title and description in other languages; nil for gifts written before there were any.
    @OptionalField(key: "translations") var translations: [String: [String: String]]?
    /// Every text field folded for accent- and case-insensitive search.
    @Field(key: "search_text") var searchText: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(_ draft: GiftDraft, partnershipID: UUID, programmeID: UUID) {
        $programme.id = programmeID
        $partnership.id = partnershipID
        apply(draft)
    }

    func apply(_ draft: GiftDraft) {
        title = draft.title
        giverKind = draft.giver.kind.rawValue
        giverName = draft.giver.name
        giverCityID = draft.giver.cityID
        recipientKind = draft.recipient.kind.rawValue
        recipientName = draft.recipient.name
        recipientCityID = draft.recipient.cityID
        given = draft.given?.description
        occasion = draft.occasion
        description = draft.description
        location = draft.location
        keeper = draft.keeper
        valueMinor = draft.estimatedValue?.minorUnits
        valueCurrency = draft.estimatedValue?.currency.code
        translations = draft.translations.isEmpty ? nil : draft.translations.byLanguage
        // The translations too, so that a reader finds a gift by the words of their language.
        let translated = draft.translations.languages.flatMap { language in
            (draft.translations[language] ?? [:]).sorted { $0.key < $1.key }.map(\.value)
        }
        searchText = SearchText.fold(
            [
                draft.title, draft.giver.name, draft.recipient.name, draft.occasion, draft.description,
                draft.location, draft.keeper,
            ] + translated)
    }

    func draft() throws -> GiftDraft {
        var value: Money?
        if let valueMinor, let valueCurrency {
            guard let currency = Currency(code: valueCurrency) else {
                throw StoredValue.Corrupt(description: "unknown currency \"\(valueCurrency)\" in database")
            }
            value = Money(minorUnits: valueMinor, currency: currency)
        }
        return GiftDraft(
            title: title,
            giver: GiftParty(
                kind: try StoredValue.decode(GiftParty.Kind.self, giverKind), name: giverName, cityID: giverCityID),
            recipient: GiftParty(
                kind: try StoredValue.decode(GiftParty.Kind.self, recipientKind), name: recipientName,
                cityID: recipientCityID),
            given: try given.map { try StoredValue.date($0) }, occasion: occasion, description: description,
            location: location, keeper: keeper, estimatedValue: value,
            translations: Translations(translations ?? [:]))
    }

    func toDomain(images: [GiftImage]) throws -> Gift {
        Gift(id: try requireID(), partnershipID: $partnership.id, try draft(), images: images)
    }
}
