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
        _ session: Session, _ actor: Actor, programme: Programme, page: PageContext, partnership: Partnership,
        title: String,
        action: String, cancel: String, values: [String: String], errors: [FieldIssue]
    ) async throws -> Response {
        let cities = [partnership.homeCity, partnership.partnerCity].map {
            (value: $0.id.uuidString, label: $0.name(in: page.t.language))
        }
        var response = HTMLResponse.private(
            GiftFormPage.view(
                GiftFormPage.Model(
                    programmeName: programme.name, email: actor.user.email, csrfToken: session.csrfToken, title: title,
                    action: action, cancelURL: cancel, cities: cities, values: values,
                    translationLanguages: TranslationFields.languages(
                        original: programme.language, values: values,
                        partnerCountry: partnership.partnerCity.countryCode),
                    errors: errors, page: page)))
        if !errors.isEmpty { response.status = .unprocessableContent }
        return response
    }

    @Sendable func newGift(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.pathID()
        let (session, actor) = try editor(request, context, partnership: id)
        let partnership = try await services.partnerships.find(id, in: programmeID)
        let page = context.page(request)
        return try await formPage(
            session, actor, programme: try context.programme, page: page, partnership: partnership,
            title: page.t("edit.gift.new"),
            action: SiteURL.newGift(id).path,
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
            let page = context.page(request)
            return try await formPage(
                session, actor, programme: try context.programme, page: page, partnership: partnership,
                title: page.t("edit.gift.new"),
                action: SiteURL.newGift(id).path, cancel: SiteURL.partnership(id).path, values: GiftForm.values(form),
                errors: FormControls.issues(error, besides: "title", t: page.t))
        }
    }

    @Sendable func editGift(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let gift = try await services.gifts.find(try context.pathID(), in: programmeID)
        let (session, actor) = try editor(request, context, partnership: gift.partnershipID)
        let partnership = try await services.partnerships.find(gift.partnershipID, in: programmeID)
        let page = context.page(request)
        return try await formPage(
            session, actor, programme: try context.programme, page: page, partnership: partnership,
            title: page.t("edit.gift.edit", ["title": gift.title]),
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
            let page = context.page(request)
            return try await formPage(
                session, actor, programme: try context.programme, page: page, partnership: partnership,
                title: page.t("edit.gift.edit", ["title": gift.title]), action: SiteURL.editGift(gift.id).path,
                cancel: SiteURL.gift(gift.id).path, values: GiftForm.values(form),
                errors: FormControls.issues(error, besides: "title", t: page.t))
        }
    }

    @Sendable func confirmDeleteGift(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let gift = try await services.gifts.find(try context.pathID(), in: programmeID)
        let (session, actor) = try editor(request, context, partnership: gift.partnershipID)
        let page = context.page(request)
        let t = page.t
        return try await confirm(
            session, actor, programme: try context.programme, page: page,
            title: t("edit.gift.delete.title", ["title": gift.title]),
            message: t("edit.gift.delete.message", count: gift.images.count), action: SiteURL.deleteGift(gift.id).path,
            label: t("edit.gift.delete.confirm"), cancel: SiteURL.gift(gift.id).path)
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
        let page = context.page(request)
        let t = page.t
        do {
            guard let file = form.file("image") else {
                throw DomainError.invalid([FieldIssue(field: "image", message: t("edit.gift.imageMissing"))])
            }
            let upload = try ImageUpload(
                bytes: Data(file.body.readableBytesView), declaredType: file.contentType,
                caption: form.value("caption"))
            _ = try await services.gifts.addImage(upload, to: gift.id, in: programmeID, by: ChangeAuthor(actor))
            return Redirect.to(SiteURL.gift(gift.id).path)
        } catch let error as DomainError {
            let programme = try context.programme
            let partnership = try await services.partnerships.find(gift.partnershipID, in: programmeID)
            let messages = FormControls.issues(error, besides: "image", t: t).map { issue in
                let field =
                    switch issue.field {
                    case "image": t("gifts.upload.image")
                    case "caption": t("gifts.upload.caption")
                    default: issue.field.capitalized
                    }
                return t("form.fieldError", ["field": field, "message": t.issue(issue)])
            }
            var response = HTMLResponse.private(
                GiftPage.view(
                    GiftPage.Model(
                        programme: programme, partnership: partnership, gift: gift, signedInAs: actor.user.email,
                        editCSRFToken: session.csrfToken, uploadErrors: messages, context: page)))
            response.status = .unprocessableContent
            return response
        }
    }

    @Sendable func confirmDeleteImage(_ request: Request, context: AppRequestContext) async throws -> Response {
        try context.requireActor()
        let (image, _) = try await services.gifts.image(try context.pathID(), in: programmeID)
        let gift = try await services.gifts.find(image.giftID, in: programmeID)
        let (session, actor) = try editor(request, context, partnership: gift.partnershipID)
        let page = context.page(request)
        let t = page.t
        return try await confirm(
            session, actor, programme: try context.programme, page: page,
            title: t("edit.gift.deleteImage.title", ["title": gift.title]),
            message: t("edit.gift.deleteImage.message"), action: SiteURL.deleteGiftImage(image.id).path,
            label: t("edit.gift.deleteImage.confirm"), cancel: SiteURL.gift(gift.id).path)
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
        _ session: Session, _ actor: Actor, programme: Programme, page: PageContext, title: String, message: String,
        action: String,
        label: String, cancel: String
    ) async throws -> Response {
        return HTMLResponse.private(
            ConfirmPage.view(
                ConfirmPage.Model(
                    programmeName: programme.name, email: actor.user.email, title: title, message: message,
                    action: action, confirmLabel: label, cancelURL: cancel, csrfToken: session.csrfToken,
                    page: page)))
    }
}
