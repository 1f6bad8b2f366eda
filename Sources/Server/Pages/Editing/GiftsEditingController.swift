import Domain
import Foundation
import Hummingbird

/// The staff's forms for gifts and their images: create, change, upload, delete after confirming.
struct GiftsEditingController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, SiteURL.newGift, use: newGift)
        routes.on(.post, SiteURL.newGift, use: createGift)
        routes.on(.get, SiteURL.editGift, use: editGift)
        routes.on(.post, SiteURL.editGift, use: updateGift)
        routes.on(.get, SiteURL.deleteGift, use: confirmDeleteGift)
        routes.on(.post, SiteURL.deleteGift, use: deleteGift)
        routes.on(.post, SiteURL.uploadGiftImage, use: uploadImage)
        routes.on(.get, SiteURL.deleteGiftImage, use: confirmDeleteImage)
        routes.on(.post, SiteURL.deleteGiftImage, use: deleteImage)
    }

    private var programmeID: UUID { services.programmeID }

    private func formPage(
        _ editor: Editor, _ form: FormState, partnership: Partnership, context: AppRequestContext
    ) throws -> Response {
        let cities = [partnership.homeCity, partnership.partnerCity].map {
            (value: $0.id.uuidString, label: $0.name(in: editor.t.language))
        }
        let model = GiftFormPage.Model(
            editor: editor, form: form, cities: cities,
            translationLanguages: TranslationFields.languages(
                original: try context.programme.language, values: form.values,
                partnerCountry: partnership.partnerCity.countryCode))
        return editor.respond(GiftFormPage.view(model), form: form)
    }

    private func form(
        _ editor: Editor, _ partnership: Partnership, _ gift: Gift?, values: [String: String],
        errors: [FieldIssue] = []
    ) -> FormState {
        FormState(
            title: gift.map { editor.t("edit.gift.edit", ["title": $0.title]) } ?? editor.t("edit.gift.new"),
            action: gift.map { SiteURL.editGift($0.id).path } ?? SiteURL.newGift(partnership.id).path,
            cancelURL: gift.map { SiteURL.gift($0.id).path } ?? SiteURL.partnership(partnership.id).path,
            values: values, errors: errors)
    }

    /// The gift at the request's path, and its partnership's editor.
    private func editedGift(_ request: Request, _ context: AppRequestContext) async throws -> (Gift, Editor) {
        try context.requireActor()
        let gift = try await services.gifts.find(try context.pathID(), in: programmeID)
        return (gift, try context.editor(request, may: .editPartnership(gift.partnershipID)))
    }

    @Sendable func newGift(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.pathID()
        let editor = try context.editor(request, may: .editPartnership(id))
        let partnership = try await services.partnerships.find(id, in: programmeID)
        return try formPage(
            editor, form(editor, partnership, nil, values: GiftForm.defaults(partnership)), partnership: partnership,
            context: context)
    }

    @Sendable func createGift(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.pathID()
        let editor = try context.editor(request, may: .editPartnership(id))
        let partnership = try await services.partnerships.find(id, in: programmeID)
        return try await editor.submit(request, context: context, besides: "title") { form in
            let gift = try await services.gifts.create(
                try GiftForm.input(form).draft(for: partnership), partnership: id, in: programmeID, by: editor.author)
            return SiteURL.gift(gift.id).path
        } invalid: { form, errors in
            try formPage(
                editor, self.form(editor, partnership, nil, values: GiftForm.values(form), errors: errors),
                partnership: partnership, context: context)
        }
    }

    @Sendable func editGift(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (gift, editor) = try await editedGift(request, context)
        let partnership = try await services.partnerships.find(gift.partnershipID, in: programmeID)
        return try formPage(
            editor, form(editor, partnership, gift, values: GiftForm.values(gift)), partnership: partnership,
            context: context)
    }

    @Sendable func updateGift(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (gift, editor) = try await editedGift(request, context)
        let partnership = try await services.partnerships.find(gift.partnershipID, in: programmeID)
        return try await editor.submit(request, context: context, besides: "title") { form in
            _ = try await services.gifts.update(
                gift.id, with: try GiftForm.input(form).draft(for: partnership), in: programmeID, by: editor.author)
            return SiteURL.gift(gift.id).path
        } invalid: { form, errors in
            try formPage(
                editor, self.form(editor, partnership, gift, values: GiftForm.values(form), errors: errors),
                partnership: partnership, context: context)
        }
    }

    @Sendable func confirmDeleteGift(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (gift, editor) = try await editedGift(request, context)
        let t = editor.t
        return editor.confirm(
            title: t("edit.gift.delete.title", ["title": gift.title]),
            message: t("edit.gift.delete.message", count: gift.images.count), action: SiteURL.deleteGift(gift.id).path,
            confirmLabel: t("edit.gift.delete.confirm"), cancelURL: SiteURL.gift(gift.id).path)
    }

    @Sendable func deleteGift(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (gift, editor) = try await editedGift(request, context)
        try await services.gifts.delete(gift.id, in: programmeID, by: editor.author)
        return context.redirect(to: SiteURL.partnership(gift.partnershipID).path, saying: .deleted)
    }

    @Sendable func uploadImage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (gift, editor) = try await editedGift(request, context)
        guard let contentType = request.headers[.contentType], MultipartForm.isMultipart(contentType) else {
            throw RequestError.unsupportedMediaType("send the image from the form, as multipart/form-data")
        }
        var request = request
        let form = try MultipartForm(
            try await request.collectBody(upTo: MultipartForm.maxBodySize), contentType: contentType)
        let t = editor.t
        do {
            guard let file = form.file("image") else {
                throw DomainError.invalid([FieldIssue(field: "image", message: t("edit.gift.imageMissing"))])
            }
            let upload = try ImageUpload(
                bytes: Data(file.body.readableBytesView), declaredType: file.contentType,
                caption: form.value("caption"))
            _ = try await services.gifts.addImage(upload, to: gift.id, in: programmeID, by: editor.author)
            return context.redirect(to: SiteURL.gift(gift.id).path, saying: .saved)
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
                        programme: programme, partnership: partnership, gift: gift, signedInAs: editor.email,
                        editCSRFToken: editor.csrfToken, uploadErrors: messages, context: editor.page)))
            response.status = .unprocessableContent
            return response
        }
    }

    @Sendable func confirmDeleteImage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (image, gift, editor) = try await editedImage(request, context)
        let t = editor.t
        return editor.confirm(
            title: t("edit.gift.deleteImage.title", ["title": gift.title]),
            message: t("edit.gift.deleteImage.message"), action: SiteURL.deleteGiftImage(image.id).path,
            confirmLabel: t("edit.gift.deleteImage.confirm"), cancelURL: SiteURL.gift(gift.id).path)
    }

    @Sendable func deleteImage(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (image, gift, editor) = try await editedImage(request, context)
        try await services.gifts.deleteImage(image.id, in: programmeID, by: editor.author)
        return context.redirect(to: SiteURL.gift(gift.id).path, saying: .deleted)
    }

    /// The image at the request's path, its gift, and the gift's partnership's editor.
    private func editedImage(
        _ request: Request, _ context: AppRequestContext
    ) async throws -> (GiftImage, Gift, Editor) {
        try context.requireActor()
        let (image, _) = try await services.gifts.image(try context.pathID(), in: programmeID)
        let gift = try await services.gifts.find(image.giftID, in: programmeID)
        return (image, gift, try context.editor(request, may: .editPartnership(gift.partnershipID)))
    }
}
