import Domain
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// `/api/v1/gifts`, `/api/v1/partnerships/{id}/gifts`, a gift's images, and `/gift-images/{id}` (the bytes).
struct GiftsController {
    let gifts: any GiftRepository
    let partnerships: any PartnershipRepository
    let programmeID: UUID

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .apiGifts, use: list)
        routes.on(.post, SiteURL.apiPartnershipGifts, use: create)
        routes.on(.get, SiteURL.apiGift, use: show)
        routes.on(.put, SiteURL.apiGift, use: update)
        routes.on(.delete, SiteURL.apiGift, use: delete)
        routes.on(.post, SiteURL.apiGiftImages, use: upload)
        routes.on(.delete, SiteURL.apiGiftImage, use: deleteImage)
        routes.on(.get, SiteURL.giftImage, use: image)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let page = try await gifts.list(in: programmeID, try GiftListQuery.read(request))
        return try JSONResponse.make(ListDTO(page, GiftDTO.init))
    }

    @Sendable func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let partnership = try context.pathID()
        let actor = try context.authorize(.editPartnership(partnership), in: programmeID)
        let input = try await JSONRequest.decode(GiftInput.self, from: request, context: context)
        let owner = try await partnerships.find(partnership, in: programmeID)
        let gift = try await gifts.create(
            try input.draft(for: owner), partnership: partnership, in: programmeID, by: ChangeAuthor(actor))
        return try JSONResponse.created(GiftDTO(gift), at: .apiGift(gift.id))
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        try JSONResponse.make(GiftDTO(try await gifts.find(try context.pathID(), in: programmeID)))
    }

    @Sendable func update(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let existing = try await gifts.find(try context.pathID(), in: programmeID)
        let actor = try context.authorize(.editPartnership(existing.partnershipID), in: programmeID)
        let input = try await JSONRequest.decode(GiftInput.self, from: request, context: context)
        let owner = try await partnerships.find(existing.partnershipID, in: programmeID)
        let gift = try await gifts.update(
            existing.id, with: try input.draft(for: owner), in: programmeID, by: ChangeAuthor(actor))
        return try JSONResponse.make(GiftDTO(gift))
    }

    @Sendable func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let existing = try await gifts.find(try context.pathID(), in: programmeID)
        let actor = try context.authorize(.editPartnership(existing.partnershipID), in: programmeID)
        try await gifts.delete(existing.id, in: programmeID, by: ChangeAuthor(actor))
        return Response(status: .noContent)
    }

    /// The body is the image itself, sent with its own `Content-Type`; `?caption=` describes it.
    @Sendable func upload(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let gift = try await gifts.find(try context.pathID(), in: programmeID)
        let actor = try context.authorize(.editPartnership(gift.partnershipID), in: programmeID)
        let contentType = request.headers[.contentType]?.lowercased()
        guard let contentType, contentType.hasPrefix("image/") else {
            throw RequestError.unsupportedMediaType(
                "send the image itself as the body, with its type: image/jpeg, image/png, image/gif or image/webp")
        }
        if let caption = request.uri.queryParameters.get("caption"), caption.unicodeScalars.count > 300 {
            throw DomainError.invalid([FieldIssue(field: "caption", message: "must be at most 300 characters")])
        }
        let body = try await request.body.collect(upTo: ImageUpload.maxBytes)
        let upload = try ImageUpload(
            bytes: Data(body.readableBytesView), declaredType: contentType.split(separator: ";").first.map(String.init),
            caption: QueryReader(request).string("caption"))
        let image = try await gifts.addImage(upload, to: gift.id, in: programmeID, by: ChangeAuthor(actor))
        return try JSONResponse.created(GiftImageDTO(image), at: .giftImage(image.id))
    }

    @Sendable func deleteImage(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let (image, _) = try await gifts.image(try context.pathID(), in: programmeID)
        let gift = try await gifts.find(image.giftID, in: programmeID)
        let actor = try context.authorize(.editPartnership(gift.partnershipID), in: programmeID)
        try await gifts.deleteImage(image.id, in: programmeID, by: ChangeAuthor(actor))
        return Response(status: .noContent)
    }

    /// The image's bytes with their own type. An image never changes (a new one gets a new id), so it is
    /// cached for a year and revalidated by its id.
    @Sendable func image(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.pathID()
        let etag = "\"\(id.lowercasedString)\""
        var headers = HTTPFields()
        headers[.cacheControl] = "public, max-age=31536000, immutable"
        headers[.eTag] = etag
        if let match = request.headers[.ifNoneMatch], ETag.matches(match, etag) {
            _ = try await gifts.image(id, in: programmeID)
            return Response(status: .notModified, headers: headers)
        }
        let (image, data) = try await gifts.image(id, in: programmeID)
        headers[.contentType] = image.type.rawValue
        headers[.contentDisposition] = "inline"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// The list query shared by the API and the public gift register.
enum GiftListQuery {
    static func read(_ request: Request) throws -> GiftQuery {
        let query = QueryReader(request)
        var partnership: UUID?
        if let text = query.string("partnership") {
            guard let id = UUID(uuidString: text) else {
                throw RequestError.invalidQuery(parameter: "partnership", message: "must be a partnership id")
            }
            partnership = id
        }
        if let text = request.uri.queryParameters.get("q"), text.unicodeScalars.count > 200 {
            throw RequestError.invalidQuery(parameter: "q", message: "must be at most 200 characters")
        }
        return GiftQuery(
            page: try query.page(), text: query.string("q"), partnershipID: partnership,
            sort: try query.choice("sort", as: GiftQuery.Sort.self) ?? .given)
    }
}
