import Domain
import Foundation
import Storage
import TestSupport
import Testing

@Suite struct GiftRepositoryTests {
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 64))

    func gift(
        _ title: String, from giver: City, to recipient: City, given: String? = nil, keeper: String? = nil,
        value: Money? = nil
    ) -> GiftDraft {
        GiftDraft(
            title: title, giver: GiftParty(kind: .city, name: "", cityID: giver.id),
            recipient: GiftParty(kind: .city, name: "", cityID: recipient.id), given: given.flatMap(PartialDate.init),
            keeper: keeper, estimatedValue: value)
    }

    @Test(arguments: TestDatabase.all)
    func keepsGiftsInBothDirectionsWithExactValues(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let kyoto = try await fixture.city("Kyoto", "JP")
            let tie = try await fixture.partner(kyoto)
            let id = fixture.programme.id
            let yen = Money("150000", currency: Currency(code: "JPY")!)!
            let house = try await fixture.gifts.create(
                gift(
                    "Japanese House", from: kyoto, to: fixture.boston, given: "1979", keeper: "Boston Children's Museum"
                ),
                partnership: tie.id, in: id, by: .system("test"))
            _ = try await fixture.gifts.create(
                gift("Swan Boat model", from: fixture.boston, to: kyoto, given: "2019-10-07", value: yen),
                partnership: tie.id, in: id, by: .system("test"))
            _ = try await fixture.gifts.create(
                gift("Lantern", from: kyoto, to: fixture.boston), partnership: tie.id, in: id, by: .system("test"))

            let all = try await fixture.gifts.list(in: id, GiftQuery())
            #expect(all.items.map(\.title) == ["Japanese House", "Swan Boat model", "Lantern"])
            let newest = try await fixture.gifts.list(in: id, GiftQuery(sort: .givenDescending))
            #expect(newest.items.map(\.title) == ["Swan Boat model", "Japanese House", "Lantern"])
            let read = try await fixture.gifts.find(house.id, in: id)
            #expect(read.giver.name == "Kyoto")
            #expect(read.given?.precision == .year)
            let boat = try #require(all.items.first { $0.title == "Swan Boat model" })
            #expect(boat.estimatedValue == yen)
            #expect(boat.estimatedValue?.decimal == "150000")
            #expect(boat.giver.cityID == fixture.boston.id)

            // Another programme sees none of them.
            let other = try await fixture.programmes.create(ProgrammeDraft(name: "Other"), by: .system("test"))
            #expect(try await fixture.gifts.list(in: other.id, GiftQuery()).total == 0)
            let hidden = await caught { _ = try await fixture.gifts.find(house.id, in: other.id) }
            #expect(hidden as? DomainError == .notFound(entity: "gift", id: house.id))
        }
    }

    @Test(arguments: TestDatabase.all)
    func searchIgnoresCaseAndAccentsAndNeedsEveryWord(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let kyoto = try await fixture.city("Kyoto", "JP")
            let strasbourg = try await fixture.city("Strasbourg", "FR")
            let kyotoTie = try await fixture.partner(kyoto)
            let strasbourgTie = try await fixture.partner(strasbourg)
            let id = fixture.programme.id
            var stewartia = gift("Japanese Stewartia", from: kyoto, to: fixture.boston, given: "2019-04")
            stewartia.giver = GiftParty(kind: .organisation, name: "Rotary Club of Kyōto South", cityID: kyoto.id)
            stewartia.location = "Boston Public Garden"
            _ = try await fixture.gifts.create(stewartia, partnership: kyotoTie.id, in: id, by: .system("test"))
            _ = try await fixture.gifts.create(
                gift("Cathédrale engraving", from: strasbourg, to: fixture.boston), partnership: strasbourgTie.id,
                in: id, by: .system("test"))

            func titles(_ text: String?, partnership: UUID? = nil) async throws -> [String] {
                try await fixture.gifts.list(in: id, GiftQuery(text: text, partnershipID: partnership)).items.map(
                    \.title)
            }
            #expect(try await titles("kyoto") == ["Japanese Stewartia"])
            #expect(try await titles("KYŌTO south garden") == ["Japanese Stewartia"])
            #expect(try await titles("cathedrale") == ["Cathédrale engraving"])
            #expect(try await titles("kyoto cathedrale") == [])
            #expect(try await titles("100%") == [])
            #expect(try await titles("_") == ["Japanese Stewartia", "Cathédrale engraving"])
            #expect(try await titles(nil, partnership: strasbourgTie.id) == ["Cathédrale engraving"])
        }
    }

    @Test(arguments: TestDatabase.all)
    func imagesKeepTheirBytesAndAreLimitedPerGift(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let kyoto = try await fixture.city("Kyoto", "JP")
            let tie = try await fixture.partner(kyoto)
            let id = fixture.programme.id
            let house = try await fixture.gifts.create(
                gift("Japanese House", from: kyoto, to: fixture.boston), partnership: tie.id, in: id,
                by: .system("test"))
            let upload = try ImageUpload(bytes: Self.png, declaredType: "image/png", caption: "The front")
            let first = try await fixture.gifts.addImage(upload, to: house.id, in: id, by: .system("test"))
            let (stored, bytes) = try await fixture.gifts.image(first.id, in: id)
            #expect(bytes == Self.png)
            #expect(stored.type == .png)
            #expect(stored.caption == "The front")
            #expect(stored.byteCount == Self.png.count)
            #expect(try await fixture.gifts.find(house.id, in: id).images.map(\.id) == [first.id])

            for _ in 1..<ImageUpload.maxPerGift {
                _ = try await fixture.gifts.addImage(upload, to: house.id, in: id, by: .system("test"))
            }
            let full = await caught {
                _ = try await fixture.gifts.addImage(upload, to: house.id, in: id, by: .system("test"))
            }
            guard case .conflict(let message) = full as? DomainError else {
                Issue.record("a thirteenth image was accepted")
                return
            }
            #expect(message.contains("at most 12 images"))

            try await fixture.gifts.deleteImage(first.id, in: id, by: .system("test"))
            #expect(try await fixture.gifts.find(house.id, in: id).images.count == ImageUpload.maxPerGift - 1)
            let gone = await caught { _ = try await fixture.gifts.image(first.id, in: id) }
            #expect(gone as? DomainError == .notFound(entity: "image", id: first.id))

            // The gift's history records the images coming and going.
            let history = try await fixture.audit.history(of: .gift, id: house.id, in: id)
            #expect(history.filter { $0.entity == .giftImage }.count == ImageUpload.maxPerGift + 1)
            #expect(history.first?.action == .delete)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aDeletedGiftIsRestoredFromItsHistoryWithoutItsImages(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let kyoto = try await fixture.city("Kyoto", "JP")
            let tie = try await fixture.partner(kyoto)
            let id = fixture.programme.id
            let house = try await fixture.gifts.create(
                gift("Japanese House", from: kyoto, to: fixture.boston, given: "1979"), partnership: tie.id, in: id,
                by: .system("test"))
            let image = try await fixture.gifts.addImage(
                try ImageUpload(bytes: Self.png, declaredType: nil, caption: nil), to: house.id, in: id,
                by: .system("test"))
            try await fixture.gifts.delete(house.id, in: id, by: .system("test"))
            #expect(try await fixture.gifts.list(in: id, GiftQuery()).total == 0)
            let gone = await caught { _ = try await fixture.gifts.image(image.id, in: id) }
            #expect(gone as? DomainError == .notFound(entity: "image", id: image.id))

            // The partnership's history shows the gift too.
            let trail = try await fixture.audit.partnershipHistory(tie.id, in: id)
            #expect(trail.contains { $0.entity == .gift && $0.action == .delete })

            let deletion = try #require(
                try await fixture.audit.history(of: .gift, id: house.id, in: id).first { $0.entity == .gift })
            try await fixture.audit.restore(deletion, in: id, by: .system("test"))
            let back = try await fixture.gifts.find(house.id, in: id)
            #expect(back.title == "Japanese House")
            #expect(back.given?.description == "1979")
            #expect(back.images.isEmpty)

            let imageEntry = try #require(
                try await fixture.audit.history(of: .gift, id: house.id, in: id).first { $0.entity == .giftImage })
            let refused = await caught { try await fixture.audit.restore(imageEntry, in: id, by: .system("test")) }
            guard case .conflict = refused as? DomainError else {
                Issue.record("an image was restored without its bytes")
                return
            }
        }
    }
}
