import Domain
import FluentKit
import Foundation

/// An image of a gift. The bytes live in the database so that several app servers share them with nothing
/// else to run; lists select every column but `data`.
final class GiftImageModel: Model, @unchecked Sendable {
    static let schema = "gift_images"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: ProgrammeModel
    @Parent(key: "gift_id") var gift: GiftModel
    @Field(key: "content_type") var contentType: String
    @Field(key: "byte_count") var byteCount: Int
    @OptionalField(key: "caption") var caption: String?
    @Field(key: "data") var data: Data
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(_ upload: ImageUpload, giftID: UUID, programmeID: UUID) {
        $programme.id = programmeID
        $gift.id = giftID
        contentType = upload.type.rawValue
        byteCount = upload.bytes.count
        caption = upload.caption
        data = upload.bytes
    }

    func toDomain() throws -> GiftImage {
        GiftImage(
            id: try requireID(), giftID: $gift.id, type: try StoredValue.decode(ImageType.self, contentType),
            byteCount: byteCount, caption: caption)
    }
}
