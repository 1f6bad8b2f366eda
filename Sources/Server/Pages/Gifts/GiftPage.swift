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
        var title: String
        var partnershipTitle: String
        var partnershipURL: String
        var passage: String
        var facts: [(term: String, value: String)]
        var description: String?
        var images: [Image]
        /// For people who may change the gift: the token of their upload form.
        var editCSRFToken: String?
        var uploadErrors: [String] = []
        var canAddImages: Bool
    }

    static func view(_ model: Model) -> HTML {
        Layout.view(
            Layout.Model(
                title: model.title, siteName: model.programmeName,
                description: "\(model.title): a gift of the \(model.partnershipTitle) partnership.",
                signedInAs: model.signedInAs)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", "Breadcrumb")) {
                a(.href(model.partnershipURL)) { model.partnershipTitle }
                " · "
                a(.href(SiteURL.gifts.path)) { "All gifts" }
                if model.editCSRFToken != nil {
                    " · "
                    a(.href(SiteURL.editGift(model.id).path)) { "Edit" }
                    " · "
                    a(.href(SiteURL.deleteGift(model.id).path), .class("danger-link")) { "Delete…" }
                }
            }
            div(.class("page-intro")) {
                h1 { model.title }
                p(.class("lede")) { model.passage + "." }
            }
            dl(.class("facts gift-facts")) {
                for fact in model.facts {
                    dt { fact.term }
                    dd { fact.value }
                }
            }
            if let description = model.description { p(.class("summary")) { description } }
            section(.attr("aria-labelledby", "images")) {
                h2(.id("images")) { "Images" }
                if model.images.isEmpty {
                    p(.class("muted")) { "No images of this gift yet." }
                } else {
                    div(.class("gallery")) {
                        for image in model.images {
                            element("figure") {
                                element("img", [.attr("src", image.url), .attr("alt", image.caption ?? model.title)])
                                if let caption = image.caption { element("figcaption") { caption } }
                                if model.editCSRFToken != nil {
                                    p(.class("item-actions")) {
                                        a(.href(image.deleteURL), .class("danger-link")) { "Delete image…" }
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
        form(
            .attr("method", "post"), .attr("action", SiteURL.uploadGiftImage(model.id).path),
            .attr("enctype", "multipart/form-data"), .class("stack upload")
        ) {
            csrfField(token)
            h3 { "Add an image" }
            if !model.canAddImages {
                p(.class("muted")) { "This gift has \(ImageUpload.maxPerGift) images, the most it keeps." }
            } else {
                div(.class(model.uploadErrors.isEmpty ? "field" : "field has-error")) {
                    label(.attr("for", "image")) { "Image" }
                    p(.class("hint"), .id("image-hint")) { "A JPEG, PNG, GIF or WebP file of at most 5 MB." }
                    for message in model.uploadErrors {
                        p(.class("field-error"), .id("image-error")) { message }
                    }
                    input(
                        .attr("type", "file"), .id("image"), .attr("name", "image"),
                        .attr("accept", "image/jpeg,image/png,image/gif,image/webp"), .flag("required"),
                        .attr("aria-describedby", model.uploadErrors.isEmpty ? "image-hint" : "image-hint image-error"))
                }
                div(.class("field")) {
                    label(.attr("for", "caption")) { "Caption" }
                    p(.class("hint"), .id("caption-hint")) { "What the image shows, for people who cannot see it." }
                    input(
                        .attr("type", "text"), .id("caption"), .attr("name", "caption"),
                        .attr("aria-describedby", "caption-hint"))
                }
                button(.attr("type", "submit"), .class("primary")) { "Upload image" }
            }
        }
    }
}

extension GiftPage.Model {
    init(
        programme: Programme, partnership: Partnership, gift: Gift, signedInAs: String?, editCSRFToken: String?,
        uploadErrors: [String] = []
    ) {
        programmeName = programme.name
        self.signedInAs = signedInAs
        id = gift.id
        title = gift.title
        partnershipTitle = partnership.pairName
        partnershipURL = SiteURL.partnership(partnership.id).path
        let names = [
            partnership.homeCity.id: partnership.homeCity.name,
            partnership.partnerCity.id: partnership.partnerCity.name,
        ]
        passage = "From \(GiftSummary.party(gift.giver, names)) to \(GiftSummary.party(gift.recipient, names))"
        var facts: [(String, String)] = []
        if let given = gift.given { facts.append(("Given", Format.date(given))) }
        if let occasion = gift.occasion { facts.append(("Occasion", occasion)) }
        if let location = gift.location { facts.append(("Where it is now", location)) }
        if let keeper = gift.keeper { facts.append(("Kept by", keeper)) }
        if let value = gift.estimatedValue { facts.append(("Estimated value", value.formatted)) }
        self.facts = facts
        description = gift.description
        images = gift.images.map {
            Image(
                url: SiteURL.giftImage($0.id).path, caption: $0.caption, deleteURL: SiteURL.deleteGiftImage($0.id).path)
        }
        self.editCSRFToken = editCSRFToken
        self.uploadErrors = uploadErrors
        canAddImages = gift.images.count < ImageUpload.maxPerGift
    }
}
