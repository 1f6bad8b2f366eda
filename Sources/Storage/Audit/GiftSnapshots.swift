import Domain
import FluentKit
import Foundation

/// A gift as the audit trail keeps it. Its images are recorded on their own (``GiftImageSnapshot``).
struct GiftSnapshot: Codable {
    var partnershipID: UUID
    var title: String
    var giverKind: String
    var giverName: String
    var giverCityID: UUID
    var recipientKind: String
    var recipientName: String
    var recipientCityID: UUID
    var given: String?
    var occasion: String?
    var description: String?
    var location: String?
    var keeper: String?
    var valueMinor: Int64?
    var valueCurrency: String?
    /// Absent in versions recorded before texts had translations.
    var translations: [String: [String: String]]?

    init(_ model: GiftModel) {
        partnershipID = model.$partnership.id
        title = model.title
        giverKind = model.giverKind
        giverName = model.giverName
        giverCityID = model.giverCityID
        recipientKind = model.recipientKind
        recipientName = model.recipientName
        recipientCityID = model.recipientCityID
        given = model.given
        occasion = model.occasion
        description = model.description
        location = model.location
        keeper = model.keeper
        valueMinor = model.valueMinor
        valueCurrency = model.valueCurrency
        translations = model.translations
    }

    func draft() throws -> GiftDraft {
        let model = GiftModel()
        model.title = title
        model.giverKind = giverKind
        model.giverName = giverName
        model.giverCityID = giverCityID
        model.recipientKind = recipientKind
        model.recipientName = recipientName
        model.recipientCityID = recipientCityID
        model.given = given
        model.occasion = occasion
        model.description = description
        model.location = location
        model.keeper = keeper
        model.valueMinor = valueMinor
        model.valueCurrency = valueCurrency
        model.translations = translations
        return try model.draft()
    }
}

/// An image's description in the audit trail. Its bytes are not copied into the trail: a deleted image
/// is uploaded again rather than restored.
struct GiftImageSnapshot: Codable {
    var giftID: UUID
    var contentType: String
    var byteCount: Int
    var caption: String?

    init(_ model: GiftImageModel) {
        giftID = model.$gift.id
        contentType = model.contentType
        byteCount = model.byteCount
        caption = model.caption
    }
}
