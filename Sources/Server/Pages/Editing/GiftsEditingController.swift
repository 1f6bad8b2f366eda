import Domain
import Foundation
import Hummingbird

/// The staff's forms for gifts and their images: create, change, upload, delete after confirming.
struct GiftsEditingController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .newGift(UUID()), use: newGift)
        routes.on(.post, .newGift(UUID()), use: createGift)
        routes.on(.get, .editGift(UUID()), use: editGift)
        routes.on(.post, .editGift(UUID()), use: updateGift)
        routes.on(.get, .deleteGift(UUID()), use: confirmDeleteGift)
        routes.on(.post, .deleteGift(UUID()), use: deleteGift)
        routes.on(.post, .uploadGiftImage(UUID()), use: uploadImage)
        routes.on(.get, .deleteGiftImage(UUID()), use: confirmDeleteImage)
        routes.on(.post, .deleteGiftImage(UUID()), use: deleteImage)
    }

    private var programmeID: UUID { services.programmeID }

    /// The signed-in editor of the partnership, with their session.
    private func editor(
        _ request: Request, _ context: AppRequestContext, partnership: UUID
    ) throws -> (
        Session, Actor
    ) {
        let (session, _) = try context.signedIn(request, to: programmeID)
        return (session, try context.authorize(.editPartnership(partnership), in: programmeID))
    }

    private func formPage(
        _ session: Session, _ actor: Actor, partnership: Partnership, title: String, action: String, cancel: String,
        values: [String: String], errors: [FieldIssue]
    ) async throws -> Response {
        let programme = try await services.programmes.find(programmeID)
        let cities = [partnership.homeCity, partnership.partnerCity].map { (value: $0.id.uuidString, label: $0.name) }
        var response = HTMLResponse.private(
            GiftFormPage.view(
                GiftFormPage.Model(
                    programmeName: programme.name, email: actor.user.email, csrfToken: session.csrfToken, title: title,
                    action: action, cancelURL: cancel, cities: cities, values: values, errors: errors)))
        if !errors.isEmpty { response.status = .unprocessableContent }
        return response
    }

    @Sendable func newGift(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.pathID()
        let (session, actor) = try editor(request, context, partnership: id)
        let partnership = try await services.partnerships.find(id, in: programmeID)
        return try await formPage(
            session, actor, partnership: partnership, title: "New gift", action: SiteURL.newGift(id).path,
            cancel: SiteURL.partnership(id).path, values: GiftForm.defaults(partnership), errors: [])
    }

    @Sendable func createGift(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.pathID()
        let (session, actor) = try editor(request, context, partnership: id)
        let partnership = try await services.partnerships.find(id, in: programmeID)
        let form = try await FormBody.read(request, context)
        do {
            let gift = try await services.gifts.create(
                try GiftForm.input(form).draft(for: partnership), partnership: id, in: programmeID,
                by: ChangeAuthor(actor))
            return Redirect.to(SiteURL.gift(gift.id).path)
        } catch let error as DomainError {
            return try await formPage(
                session, actor, partnership: partnership, title: "New gift", action: SiteURL.newGift(id).path,
                cancel: SiteURL.partnership(id).path, values: GiftForm.values(form),
                errors: FormControls.issues(error, besides: "title"))
        }
    }

    @Sendable func editGift(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let gift = try await services.gifts.find(try context.pathID(), in: programmeID)
        let (session, actor) = try editor(request, context, partnership: gift.partnershipID)
        let partnership = try await services.partnerships.find(gift.partnershipID, in: programmeID)
        return try await formPage(
            session, actor, partnership: partnership, title: "Edit \(gift.title)",
            action: SiteURL.editGift(gift.id).path, cancel: SiteURL.gift(gift.id).path, values: GiftForm.values(gift),
            errors: [])
    }

    @Sendable func updateGift(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let gift = try await services.gifts.find(try context.pathID(), in: programmeID)
        let (session, actor) = try editor(request, context, partnership: gift.partnershipID)
        let partnership = try await services.partnerships.find(gift.partnershipID, in: programmeID)
        let form = try await FormBody.read(request, context)
        do {
            _ = try await services.gifts.update(
                gift.id, with: try GiftForm.input(form).draft(for: partnership), in: programmeID,
                by: ChangeAuthor(actor))
            return Redirect.to(SiteURL.gift(gift.id).path)
        } catch let error as DomainError {
            return try await formPage(
                session, actor, partnership: partnership, title: "Edit \(gift.title)",
                action: SiteURL.editGift(gift.id).path, cancel: SiteURL.gift(gift.id).path,
                values: GiftForm.values(form), errors: FormControls.issues(error, besides: "title"))
        }
    }

    @Sendable func confirmDeleteGift(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let gift = try await services.gifts.find(try context.pathID(), in: programmeID)
        let (session, actor) = try editor(request, context, partnership: gift.partnershipID)
        return try await confirm(
            session, actor, title: "Delete “\(gift.title)”?",
            message:
                "The gift leaves the register with its \(gift.images.count) image\(gift.images.count == 1 ? "" : "s"). "
                + "Its history is kept and the gift can be restored from it, but the images must be uploaded again.",
            action: SiteURL.deleteGift(gift.id).path, label: "Delete gift", cancel: SiteURL.gift(gift.id).path)
    }

    @Sendable func deleteGift(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let gift = try await services.gifts.find(try context.pathID(), in: programmeID)
        let (_, actor) = try editor(request, context, partnership: gift.partnershipID)
        try await services.gifts.delete(gift.id, in: programmeID, by: ChangeAuthor(actor))
        return Redirect.to(SiteURL.partnership(gift.partnershipID).path)
    }

    @Sendable func uploadImage(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let gift = try await services.gifts.find(try context.pathID(), in: programmeID)
        let (session, actor) = try editor(request, context, partnership: gift.partnershipID)
        guard let contentType = request.headers[.contentType], MultipartForm.isMultipart(contentType) else {
            throw RequestError.unsupportedMediaType("send the image from the form, as multipart/form-data")
        }
        var request = request
        let form = try MultipartForm(
            try await request.collectBody(upTo: MultipartForm.maxBodySize), contentType: contentType)
        do {
            guard let file = form.file("image") else {
                throw DomainError.invalid([FieldIssue(field: "image", message: "is missing: choose an image file")])
            }
            let upload = try ImageUpload(
                bytes: Data(file.body.readableBytesView), declaredType: file.contentType,
                caption: form.value("caption"))
            _ = try await services.gifts.addImage(upload, to: gift.id, in: programmeID, by: ChangeAuthor(actor))
            return Redirect.to(SiteURL.gift(gift.id).path)
        } catch let error as DomainError {
            let programme = try await services.programmes.find(programmeID)
            let partnership = try await services.partnerships.find(gift.partnershipID, in: programmeID)
            let messages = FormControls.issues(error, besides: "image").map {
                "\($0.field.capitalized): \($0.message)."
            }
            var response = HTMLResponse.private(
                GiftPage.view(
                    GiftPage.Model(
                        programme: programme, partnership: partnership, gift: gift, signedInAs: actor.user.email,
                        editCSRFToken: session.csrfToken, uploadErrors: messages)))
            response.status = .unprocessableContent
            return response
        }
    }

    @Sendable func confirmDeleteImage(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let (image, _) = try await services.gifts.image(try context.pathID(), in: programmeID)
        let gift = try await services.gifts.find(image.giftID, in: programmeID)
        let (session, actor) = try editor(request, context, partnership: gift.partnershipID)
        return try await confirm(
            session, actor, title: "Delete this image of “\(gift.title)”?",
            message: "The image is removed for good: to show it again, upload it again.",
            action: SiteURL.deleteGiftImage(image.id).path, label: "Delete image", cancel: SiteURL.gift(gift.id).path)
    }

    @Sendable func deleteImage(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let (image, _) = try await services.gifts.image(try context.pathID(), in: programmeID)
        let gift = try await services.gifts.find(image.giftID, in: programmeID)
        let (_, actor) = try editor(request, context, partnership: gift.partnershipID)
        try await services.gifts.deleteImage(image.id, in: programmeID, by: ChangeAuthor(actor))
        return Redirect.to(SiteURL.gift(gift.id).path)
    }

    private func confirm(
        _ session: Session, _ actor: Actor, title: String, message: String, action: String, label: String,
        cancel: String
    ) async throws -> Response {
        let programme = try await services.programmes.find(programmeID)
        return HTMLResponse.private(
            ConfirmPage.view(
                ConfirmPage.Model(
                    programmeName: programme.name, email: actor.user.email, title: title, message: message,
                    action: action, confirmLabel: label, cancelURL: cancel, csrfToken: session.csrfToken)))
    }
}
