import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import TestSupport
import Testing

@Suite struct GiftPagesTests {
    func house(_ app: TestApp) async throws -> (id: String, partnership: String) {
        let gift = try #require(try JSONBody.items(try await app.send(.get, "/api/v1/gifts?q=house")).first)
        return (try #require(gift["id"] as? String), try #require(gift["partnershipId"] as? String))
    }

    @Test func thePublicSeesGiftsOnThePartnershipPageAndInTheRegister() async throws {
        try await withApp { app async throws in
            let (id, partnership) = try await house(app)
            let page = try await app.send(.get, "/partnerships/\(partnership)", as: .anonymous)
            #expect(page.text.contains(#"<a href="/gifts/\#(id)">Japanese House</a>"#))
            #expect(page.text.contains("From City of Kyoto to City of Boston, <time datetime=\"1979\">1979</time>."))
            #expect(page.text.contains("From Rotary Club of Kyoto South (Kyoto) to City of Boston"))
            #expect(!page.text.contains("Add a gift"))

            let gift = try await app.send(.get, "/gifts/\(id)", as: .anonymous)
            #expect(gift.status == .ok)
            #expect(gift.text.contains("<dt>Kept by</dt><dd>Boston Children&#39;s Museum</dd>"))
            #expect(gift.text.contains("No images of this gift yet."))
            #expect(!gift.text.contains("Upload image"))

            let search = try await app.send(.get, "/gifts?q=ROTARY%20ky%C5%8Dto", as: .anonymous)
            #expect(search.text.contains("1 gift matching “ROTARY kyōto”"))
            #expect(search.text.contains("Japanese Stewartia"))
            #expect(!search.text.contains(">Japanese House<"))
            let none = try await app.send(.get, "/gifts?q=%3Cscript%3E", as: .anonymous)
            #expect(none.text.contains("No gift matches “&lt;script&gt;”."))
            #expect(try await app.send(.get, "/gifts?page=0", as: .anonymous).status == .badRequest)
        }
    }

    @Test func staffRecordAGiftAndSeeEachErrorBesideItsField() async throws {
        try await withApp { app async throws in
            let (_, partnership) = try await house(app)
            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            try await browser.signIn("staff@example.org")
            let form = try await browser.send(.get, "/partnerships/\(partnership)/gifts/new")
            #expect(form.status == .ok)
            let csrf = try #require(Browser.csrfToken(in: form.text))
            let tie = try await app.getJSON("/api/v1/partnerships/\(partnership)")
            let boston = try #require((tie["homeCity"] as? [String: Any])?["id"] as? String)
            let kyoto = try #require((tie["partnerCity"] as? [String: Any])?["id"] as? String)
            var fields = [
                "csrf_token": csrf, "title": "Stone lantern", "giver.cityId": kyoto, "giver.kind": "city",
                "recipient.cityId": kyoto, "recipient.kind": "city", "given": "1989-02-30",
                "estimatedValue.amount": "12.345", "estimatedValue.currency": "USD",
            ]
            let bad = try await browser.send(.post, "/partnerships/\(partnership)/gifts/new", form: fields)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("Given: must be a real date written YYYY, YYYY-MM or YYYY-MM-DD."))
            #expect(bad.text.contains("City: must be the other city of the partnership"))
            #expect(bad.text.contains("Amount: must be a decimal amount with at most 2 decimal places"))
            #expect(bad.text.contains(#"value="Stone lantern""#))
            fields["recipient.cityId"] = boston
            fields["given"] = "1989"
            fields["estimatedValue.amount"] = "12000"
            let good = try await browser.send(.post, "/partnerships/\(partnership)/gifts/new", form: fields)
            #expect(good.status == .seeOther)
            let location = try #require(good.headers[.location])
            let page = try await browser.send(.get, location)
            #expect(page.text.contains("<dt>Estimated value</dt><dd>US$12,000.00</dd>"))
            #expect(page.text.contains("Upload image"))
        }
    }

    @Test func staffUploadImagesFromTheFormWithTheirToken() async throws {
        try await withApp { app async throws in
            let (id, _) = try await house(app)
            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            try await browser.signIn("staff@example.org")
            let page = try await browser.send(.get, "/gifts/\(id)")
            let csrf = try #require(Browser.csrfToken(in: page.text))
            var body = MultipartBody(
                fields: [("csrf_token", csrf), ("caption", "The house in the museum")],
                file: ("image", "house.png", "image/png", GiftsAPITests.png))
            var headers = HTTPFields()
            headers[.contentType] = body.contentType

            var forged = body
            forged.fields = [("caption", "no token")]
            var forgedHeaders = HTTPFields()
            forgedHeaders[.contentType] = forged.contentType
            let refused = try await browser.send(
                .post, "/gifts/\(id)/images", headers: forgedHeaders, body: forged.buffer)
            #expect(refused.status == .forbidden)

            let uploaded = try await browser.send(.post, "/gifts/\(id)/images", headers: headers, body: body.buffer)
            #expect(uploaded.status == .seeOther)
            let gift = try await app.getJSON("/api/v1/gifts/\(id)")
            let image = try #require((gift["images"] as? [[String: Any]])?.first)
            #expect(image["caption"] as? String == "The house in the museum")
            let shown = try await browser.send(.get, "/gifts/\(id)")
            #expect(shown.text.contains(#"alt="The house in the museum""#))

            body.file = ("image", "notes.txt", "text/plain", Array("just text".utf8))
            let wrong = try await browser.send(.post, "/gifts/\(id)/images", headers: headers, body: body.buffer)
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.text.contains("Image: must be a JPEG, PNG, GIF or WebP image."))

            // Deleting asks first.
            let imageID = try #require(image["id"] as? String)
            let confirm = try await browser.send(.get, "/gift-images/\(imageID)/delete")
            #expect(confirm.text.contains("Delete this image of “Japanese House”?"))
            let token = try #require(Browser.csrfToken(in: confirm.text))
            let deleted = try await browser.send(.post, "/gift-images/\(imageID)/delete", form: ["csrf_token": token])
            #expect(deleted.status == .seeOther)
            #expect(try await app.send(.get, "/gift-images/\(imageID)", as: .anonymous).status == .notFound)
        }
    }
}
