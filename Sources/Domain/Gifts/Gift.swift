import Foundation

/// A gift from one city of a partnership (or one of its people or organisations) to the other.
public struct Gift: Sendable, Hashable, Identifiable {
    public var id: UUID
    public var partnershipID: UUID
    public var title: String
    public var giver: GiftParty
    public var recipient: GiftParty
    public var given: PartialDate?
    public var occasion: String?
    public var description: String?
    public var location: String?
    public var keeper: String?
    public var estimatedValue: Money?
    /// The images, oldest first.
    public var images: [GiftImage]
    /// The title and description in other languages.
    public var translations: Translations

    public init(id: UUID, partnershipID: UUID, _ draft: GiftDraft, images: [GiftImage] = []) {
        self.id = id
        self.partnershipID = partnershipID
        self.title = draft.title
        self.giver = draft.giver
        self.recipient = draft.recipient
        self.given = draft.given
        self.occasion = draft.occasion
        self.description = draft.description
        self.location = draft.location
        self.keeper = draft.keeper
        self.estimatedValue = draft.estimatedValue
        self.images = images
        self.translations = draft.translations
    }

    public var draft: GiftDraft {
        GiftDraft(
            title: title, giver: giver, recipient: recipient, given: given, occasion: occasion,
            description: description, location: location, keeper: keeper, estimatedValue: estimatedValue,
            translations: translations)
    }
}
