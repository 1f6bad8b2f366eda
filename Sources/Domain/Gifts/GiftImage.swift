import Foundation

/// A photograph or scan of a gift. The bytes are kept apart and served on their own.
public struct GiftImage: Sendable, Hashable, Identifiable {
    public var id: UUID
    public var giftID: UUID
    public var type: ImageType
    public var byteCount: Int
    /// Alternative text and caption: what the image shows.
    public var caption: String?

    public init(id: UUID, giftID: UUID, type: ImageType, byteCount: Int, caption: String?) {
        self.id = id
        self.giftID = giftID
        self.type = type
        self.byteCount = byteCount
        self.caption = caption
    }
}

/// The image formats a browser shows everywhere, told by their first bytes rather than by a declared type.
public enum ImageType: String, Sendable, CaseIterable {
    case jpeg = "image/jpeg"
    case png = "image/png"
    case gif = "image/gif"
    case webp = "image/webp"

    /// The format the bytes begin with, if any of these.
    public init?(sniffing bytes: some Collection<UInt8>) {
        let head = Array(bytes.prefix(12))
        func starts(_ signature: [UInt8]) -> Bool { head.starts(with: signature) }
        if starts([0xFF, 0xD8, 0xFF]) {
            self = .jpeg
        } else if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            self = .png
        } else if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) {
            self = .gif
        } else if head.count == 12, starts(Array("RIFF".utf8)), Array(head[8..<12]) == Array("WEBP".utf8) {
            self = .webp
        } else {
            return nil
        }
    }
}

/// An image as it arrives, before it is kept.
public struct ImageUpload: Sendable {
    /// 5 MiB: a good photograph, well under what a phone's camera writes at full size.
    public static let maxBytes = 5 * 1024 * 1024
    /// Enough for a gift seen from every side; more belongs in an album elsewhere.
    public static let maxPerGift = 12

    public var bytes: Data
    public var type: ImageType
    public var caption: String?

    /// Checks the upload: not empty, not over ``maxBytes``, a JPEG, PNG, GIF or WebP by its content (a
    /// declared type that disagrees with the content is refused rather than trusted).
    public init(bytes: Data, declaredType: String?, caption: String?) throws(DomainError) {
        var v = Validator()
        let caption = caption?.trimmingWhitespace.nilIfEmpty
        v.checkText(caption, field: "caption", maxLength: 300)
        let sniffed = ImageType(sniffing: bytes)
        if bytes.isEmpty {
            v.add("image", .imageEmpty)
        } else if bytes.count > Self.maxBytes {
            v.add("image", .imageTooLarge(size: Self.megabytes(bytes.count)))
        } else if sniffed == nil {
            v.add("image", .imageType)
        } else if let declaredType, let declared = ImageType(rawValue: declaredType.lowercased()),
            declared != sniffed
        {
            v.add("image", .imageMismatch(sniffed: sniffed!.rawValue, declared: declared.rawValue))
        }
        try v.check()
        self.bytes = bytes
        self.type = sniffed!
        self.caption = caption
    }

    private static func megabytes(_ count: Int) -> String {
        let tenths = (count * 10 + 512 * 1024) / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
