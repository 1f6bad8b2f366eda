import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import TestSupport
import Testing

@Suite struct GiftsAPITests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 1, count: 32)

    /// The demo's Boston–Kyoto partnership and its two city ids.
    func kyoto(_ app: TestApp) async throws -> (id: String, boston: String, kyoto: String) {
        let tie = try #require(try JSONBody.items(try await app.send(.get, "/api/v1/partnerships?country=JP")).first)
        let home = try #require(tie["homeCity"] as? [String: Any])
        let partner = try #require(tie["partnerCity"] as? [String: Any])
        return (
            try #require(tie["id"] as? String), try #require(home["id"] as? String),
            try #require(partner["id"] as? String)
        )
    }

    @Test func theDemoKeepsTheJapaneseHouseAndTheStewartia() async throws {
        try await withApp { app async throws in
            let gifts = try JSONBody.items(try await app.send(.get, "/api/v1/gifts", as: .anonymous))
            let house = try #require(gifts.first { $0["title"] as? String == "Japanese House" })
            #expect(house["given"] as? String == "1979")
            #expect(house["keeper"] as? String == "Boston Children's Museum")
            #expect((house["giver"] as? [String: Any])?["name"] as? String == "City of Kyoto")
            let tree = try #require(gifts.first { ($0["title"] as? String)?.hasPrefix("Japanese Stewartia") == true })
            #expect(tree["given"] as? String == "2019-04")
            #expect(tree["location"] as? String == "Boston Public Garden")
            #expect((tree["giver"] as? [String: Any])?["name"] as? String == "Rotary Club of Kyoto South")
            #expect(tree["estimatedValue"] == nil)
            let found = try JSONBody.items(try await app.send(.get, "/api/v1/gifts?q=camellia", as: .anonymous))
            #expect(found.map { $0["title"] as? String } == ["Japanese Stewartia (summer camellia)"])
        }
    }

    @Test(arguments: TestDatabase.all)
    func recordsAGiftWithAnExactValue(database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let tie = try await kyoto(app)
            let created = try await app.send(
                .post, "/api/v1/partnerships/\(tie.id)/gifts",
                json: """
                    {"title":"Swan Boat model","giver":{"cityId":"\(tie.boston)","kind":"city"},
                     "recipient":{"cityId":"\(tie.kyoto)","kind":"organisation","name":"Kyoto City Hall"},
                     "given":"2019-10","estimatedValue":{"amount":"1,250.5","currency":"usd"}}
                    """)
            #expect(created.status == .created)
            let body = try JSONBody.object(created)
            let id = try #require(body["id"] as? String)
            #expect(created.headers[.location] == "/api/v1/gifts/\(id)")
            #expect(body["estimatedValue"] as? [String: String] == ["amount": "1250.50", "currency": "USD"])
            #expect((body["giver"] as? [String: Any])?["name"] as? String == "Boston")

            let read = try await app.getJSON("/api/v1/gifts/\(id)")
            #expect(read["title"] as? String == "Swan Boat model")
            let replaced = try await app.send(
                .put, "/api/v1/gifts/\(id)",
                json: """
                    {"title":"Swan Boat model","giver":{"cityId":"\(tie.boston)"},"recipient":{"cityId":"\(tie.kyoto)"},
                     "estimatedValue":{"amount":"180000","currency":"JPY"}}
                    """)
            #expect(replaced.status == .ok)
            #expect(
                try JSONBody.object(replaced)["estimatedValue"] as? [String: String] == [
                    "amount": "180000", "currency": "JPY",
                ])
            let history = try JSONBody.items(try await app.send(.get, "/api/v1/gifts/\(id)/history"))
            #expect(history.map { $0["action"] as? String } == ["update", "create"])
            #expect(try await app.send(.delete, "/api/v1/gifts/\(id)").status == .noContent)
            #expect(try await app.send(.get, "/api/v1/gifts/\(id)").status == .notFound)
        }
    }

    @Test func namesEveryBadField() async throws {
        try await withApp { app async throws in
            let tie = try await kyoto(app)
            let response = try await app.send(
                .post, "/api/v1/partnerships/\(tie.id)/gifts",
                json: """
                    {"title":" ","giver":{"cityId":"\(tie.kyoto)","kind":"robot"},"recipient":{"cityId":"\(tie.kyoto)"},
                     "given":"1979-13","estimatedValue":{"amount":"12.345","currency":"USD"}}
                    """)
            #expect(response.status == .unprocessableContent)
            let fields = Set(
                try #require(try JSONBody.object(response)["errors"] as? [[String: Any]]).compactMap {
                    $0["field"] as? String
                })
            #expect(
                fields == ["title", "giver.kind", "recipient.cityId", "given", "estimatedValue.amount"])
            let number = try await app.send(
                .post, "/api/v1/partnerships/\(tie.id)/gifts",
                json: """
                    {"title":"Lantern","giver":{"cityId":"\(tie.kyoto)"},"recipient":{"cityId":"\(tie.boston)"},
                     "estimatedValue":{"amount":12.5,"currency":"USD"}}
                    """)
            #expect(number.status == .unprocessableContent)
            #expect(number.text.contains("estimatedValue.amount"))
            #expect(try await app.send(.get, "/api/v1/gifts?partnership=nope").status == .badRequest)
            #expect(try await app.send(.get, "/api/v1/gifts?sort=price").status == .badRequest)
        }
    }

    @Test func imagesAreUploadedCheckedAndServedWithTheirType() async throws {
        try await withApp { app async throws in
            let house = try #require(
                try JSONBody.items(try await app.send(.get, "/api/v1/gifts?q=house")).first?["id"] as? String)
            func upload(_ bytes: [UInt8], type: String, caption: String = "Front") async throws -> TestResponse {
                var headers = HTTPFields()
                headers[.contentType] = type
                headers[.authorization] = "Bearer \(app.adminToken)"
                return try await app.client.execute(
                    uri: "/api/v1/gifts/\(house)/images?caption=\(caption)", method: .post, headers: headers,
                    body: ByteBuffer(bytes: bytes))
            }
            let created = try await upload(Self.png, type: "image/png")
            #expect(created.status == .created)
            let image = try JSONBody.object(created)
            let url = try #require(image["url"] as? String)
            #expect(created.headers[.location] == url)
            #expect(image["caption"] as? String == "Front")

            let served = try await app.send(.get, url, as: .anonymous)
            #expect(served.status == .ok)
            #expect(served.headers[.contentType] == "image/png")
            #expect(Array(served.body.readableBytesView) == Self.png)
            let etag = try #require(served.headers[.eTag])
            var conditional = HTTPFields()
            conditional[.ifNoneMatch] = etag
            #expect(try await app.send(.get, url, headers: conditional, as: .anonymous).status == .notModified)
            #expect(
                try JSONBody.object(try await app.send(.get, "/api/v1/gifts/\(house)"))["images"] as? [[String: Any]]
                    != nil)

            // An SVG (which could carry script) or a lie about the type is refused; so is a non-image type.
            #expect(
                try await upload(Array("<svg onload=alert(1)>".utf8), type: "image/png").status == .unprocessableContent
            )
            #expect(try await upload([0xFF, 0xD8, 0xFF, 0xE0], type: "image/png").status == .unprocessableContent)
            #expect(try await upload(Self.png, type: "application/json").status == .unsupportedMediaType)
            #expect(
                try await upload(Self.png + [UInt8](repeating: 0, count: ImageUpload.maxBytes), type: "image/png")
                    .status == .contentTooLarge)

            let imageID = try #require(image["id"] as? String)
            #expect(
                try await app.send(.delete, "/api/v1/gift-images/\(imageID)", as: .anonymous).status == .unauthorized)
            #expect(try await app.send(.delete, "/api/v1/gift-images/\(imageID)").status == .noContent)
            #expect(try await app.send(.get, url, as: .anonymous).status == .notFound)
        }
    }

    @Test func onlyEditorsOfThePartnershipChangeItsGifts() async throws {
        try await withApp { app async throws in
            let tie = try await kyoto(app)
            let other = try #require(
                try JSONBody.items(try await app.send(.get, "/api/v1/partnerships?country=FR")).first?["id"] as? String)
            let body = """
                {"title":"Lantern","giver":{"cityId":"\(tie.kyoto)"},"recipient":{"cityId":"\(tie.boston)"}}
                """
            let path = "/api/v1/partnerships/\(tie.id)/gifts"
            #expect(try await app.send(.post, path, json: body, as: .anonymous).status == .unauthorized)
            let viewer = try await app.user(.viewer).token
            #expect(try await app.send(.post, path, json: body, as: .token(viewer)).status == .forbidden)
            let strasbourgEditor = try await app.user(.partnerEditor, scope: [UUID(uuidString: other)!]).token
            #expect(try await app.send(.post, path, json: body, as: .token(strasbourgEditor)).status == .forbidden)
            let kyotoEditor = try await app.user(.partnerEditor, scope: [UUID(uuidString: tie.id)!]).token
            #expect(try await app.send(.post, path, json: body, as: .token(kyotoEditor)).status == .created)
        }
    }
}
