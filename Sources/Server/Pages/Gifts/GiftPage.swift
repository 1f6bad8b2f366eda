import Domain
import Foundation

/// One gift: who gave it to whom, when and why, where it is now, and its images.
enum GiftPage {
    struct Model {
        struct Image {
            var url: String
            var caption: String?
            var deleteURL: String
        }

        var programmeName: String
        var signedInAs: String?
        var id: UUID
        var title: InLanguage
        var partnershipTitle: String
        var partnershipURL: String
        var passage: String
        var facts: [(term: String, value: String)]
        var description: InLanguage?
        var images: [Image]
        /// For people who may change the gift: the token of their upload form.
        var editCSRFToken: String?
        var uploadErrors: [String] = []
        var canAddImages: Bool
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        return Layout.view(
            Layout.Model(
                title: model.title.text, siteName: model.programmeName,
                description: t(
                    "gifts.giftDescription", ["title": model.title.text, "partnership": model.partnershipTitle]),
                signedInAs: model.signedInAs, page: model.page)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", t("gifts.breadcrumb"))) {
                a(.href(model.partnershipURL)) { model.partnershipTitle }
                " · "
                a(.href(SiteURL.gifts.path)) { t("gifts.all") }
                if model.editCSRFToken != nil {
                    " · "
                    a(.href(SiteURL.editGift(model.id).path)) { t("gifts.edit") }
                    " · "
                    a(.href(SiteURL.deleteGift(model.id).path), .class("danger-link")) { t("gifts.delete") }
                }
            }
            div(.class("page-intro")) {
                written("h1", model.title, page: model.page)
                p(.class("lede")) { model.passage }
            }
            dl(.class("facts gift-facts")) {
                for fact in model.facts {
                    dt { fact.term }
                    dd { fact.value }
                }
            }
            if let description = model.description {
                written("p", description, .class("summary"), page: model.page)
            }
            section(.attr("aria-labelledby", "images")) {
                h2(.id("images")) { t("gifts.images") }
                if model.images.isEmpty {
                    p(.class("muted")) { t("gifts.noImages") }
                } else {
                    div(.class("gallery")) {
                        for image in model.images {
                            element("figure") {
                                element(
                                    "img", [.attr("src", image.url), .attr("alt", image.caption ?? model.title.text)])
                                if let caption = image.caption { element("figcaption") { caption } }
                                if model.editCSRFToken != nil {
                                    p(.class("item-actions")) {
                                        a(.href(image.deleteURL), .class("danger-link")) { t("gifts.deleteImage") }
                                    }
                                }
                            }
                        }
                    }
                }
                if let token = model.editCSRFToken {
                    uploadForm(model, token: token)
                }
            }
        }
    }

    private static func uploadForm(_ model: Model, token: String) -> HTML {
        let t = model.page.t
        return form(
            .attr("method", "post"), .attr("action", SiteURL.uploadGiftImage(model.id).path),
            .attr("enctype", "multipart/form-data"), .class("stack upload")
        ) {
            csrfField(token)
            h3 { t("gifts.upload.title") }
            if !model.canAddImages {
                p(.class("muted")) { t("gifts.upload.full", count: ImageUpload.maxPerGift) }
            } else {
                div(.class(model.uploadErrors.isEmpty ? "field" : "field has-error")) {
                    label(.attr("for", "image")) { t("gifts.upload.image") }
                    p(.class("hint"), .id("image-hint")) { t("gifts.upload.imageHint") }
                    for message in model.uploadErrors {
                        p(.class("field-error"), .id("image-error")) { message }
                    }
                    input(
                        .attr("type", "file"), .id("image"), .attr("name", "image"),
                        .attr("accept", "image/jpeg,image/png,image/gif,image/webp"), .flag("required"),
                        .attr("aria-describedby", model.uploadErrors.isEmpty ? "image-hint" : "image-hint image-error"))
                }
                div(.class("field")) {
                    label(.attr("for", "caption")) { t("gifts.upload.caption") }
                    p(.class("hint"), .id("caption-hint")) { t("gifts.upload.captionHint") }
                    input(
                        .attr("type", "text"), .id("caption"), .attr("name", "caption"),
                        .attr("aria-describedby", "caption-hint"))
                }
                button(.attr("type", "submit"), .class("primary")) { t("gifts.upload.submit") }
            }
        }
    }
}

extension GiftPage.Model {
    init(
        programme: Programme, partnership: Partnership, gift: Gift, signedInAs: String?, editCSRFToken: String?,
        uploadErrors: [String] = [], context: PageContext
    ) {
        let t = context.t
        page = context
        programmeName = programme.name
        self.signedInAs = signedInAs
        id = gift.id
        title = context.title(of: gift)
        partnershipTitle =
            "\(partnership.homeCity.name(in: t.language)) – \(partnership.partnerCity.name(in: t.language))"
        partnershipURL = SiteURL.partnership(partnership.id).path
        let cities = [partnership.homeCity, partnership.partnerCity]
        passage = t(
            "gifts.passage",
            [
                "giver": GiftSummary.party(gift.giver, cities: cities, t: t),
                "recipient": GiftSummary.party(gift.recipient, cities: cities, t: t),
            ])
        var facts: [(String, String)] = []
        if let given = gift.given { facts.append((t("gifts.fact.given"), t.date(given))) }
        if let occasion = gift.occasion { facts.append((t("gifts.fact.occasion"), occasion)) }
        if let location = gift.location { facts.append((t("gifts.fact.location"), location)) }
        if let keeper = gift.keeper { facts.append((t("gifts.fact.keeper"), keeper)) }
        if let value = gift.estimatedValue { facts.append((t("gifts.fact.value"), t.money(value))) }
        self.facts = facts
        description = context.description(of: gift)
        images = gift.images.map {
            Image(
                url: SiteURL.giftImage($0.id).path, caption: $0.caption, deleteURL: SiteURL.deleteGiftImage($0.id).path)
        }
        self.editCSRFToken = editCSRFToken
        self.uploadErrors = uploadErrors
        canAddImages = gift.images.count < ImageUpload.maxPerGift
    }
}
