import Domain
import Foundation

/// A giver or recipient as the API shows it.
struct GiftPartyDTO: Codable, Sendable {
    var kind: String
    var name: String
    var cityId: String

    init(_ party: GiftParty) {
        kind = party.kind.rawValue
        name = party.name
        cityId = party.cityID.lowercasedString
    }
}

/// An amount of money: a decimal string, never a JSON number, so no client reads it as a float.
struct MoneyDTO: Codable, Sendable {
    var amount: String
    var currency: String

    init(_ money: Money) {
        amount = money.decimal
        currency = money.currency.code
    }
}

/// An image's description; its bytes are at `url`.
struct GiftImageDTO: Codable, Sendable {
    var id: String
    var url: String
    var contentType: String
    var byteCount: Int
    var caption: String?

    init(_ image: GiftImage) {
        id = image.id.lowercasedString
        url = SiteURL.giftImage(image.id).path
        contentType = image.type.rawValue
        byteCount = image.byteCount
        caption = image.caption
    }
}

/// A gift as the API shows it.
struct GiftDTO: Codable, Sendable {
    var id: String
    var partnershipId: String
    var title: String
    var giver: GiftPartyDTO
    var recipient: GiftPartyDTO
    var given: String?
    var occasion: String?
    var description: String?
    var location: String?
    var keeper: String?
    var estimatedValue: MoneyDTO?
    var images: [GiftImageDTO]
    /// The title and description in other languages.
    var translations: TranslationsDTO

    init(_ gift: Gift) {
        id = gift.id.lowercasedString
        partnershipId = gift.partnershipID.lowercasedString
        title = gift.title
        giver = GiftPartyDTO(gift.giver)
        recipient = GiftPartyDTO(gift.recipient)
        given = gift.given?.description
        occasion = gift.occasion
        description = gift.description
        location = gift.location
        keeper = gift.keeper
        estimatedValue = gift.estimatedValue.map(MoneyDTO.init)
        images = gift.images.map(GiftImageDTO.init)
        translations = gift.translations.byLanguage
    }
}
