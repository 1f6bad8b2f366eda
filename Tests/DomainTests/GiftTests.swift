import Domain
import Foundation
import Testing

@Suite struct GiftTests {
    let boston = City(id: UUID(), CityDraft(name: "Boston", countryCode: "US"))
    let kyoto = City(id: UUID(), CityDraft(name: "Kyoto", countryCode: "JP"))

    var partnership: Partnership {
        Partnership(
            id: UUID(), programmeID: UUID(), homeCity: boston, partnerCity: kyoto, kind: .sister, status: .active,
            established: nil, ended: nil, focusAreas: [], summary: nil, sources: [])
    }

    @Test func aCityPartyTakesTheCitysNameWhenLeftOut() throws {
        let draft = try GiftDraft(
            title: "  Japanese House ", giver: GiftParty(kind: .city, name: "", cityID: kyoto.id),
            recipient: GiftParty(kind: .organisation, name: "Boston Children's Museum", cityID: boston.id)
        ).validated(for: partnership)
        #expect(draft.title == "Japanese House")
        #expect(draft.giver.name == "Kyoto")
    }

    @Test func aGiftPassesBetweenThePartnershipsTwoCities() {
        let paris = UUID()
        let draft = GiftDraft(
            title: "", giver: GiftParty(kind: .person, name: " ", cityID: paris),
            recipient: GiftParty(kind: .city, name: "", cityID: paris))
        #expect(throws: DomainError.self) { try draft.validated(for: partnership) }
        do {
            _ = try draft.validated(for: partnership)
        } catch {
            let fields = Set(issues(error).map(\.field))
            #expect(fields == ["title", "giver.cityId", "giver.name", "recipient.cityId", "recipient.name"])
        }
        let sameSide = GiftDraft(
            title: "Lantern", giver: GiftParty(kind: .city, name: "", cityID: kyoto.id),
            recipient: GiftParty(kind: .city, name: "", cityID: kyoto.id))
        do {
            _ = try sameSide.validated(for: partnership)
            Issue.record("a gift within one city was accepted")
        } catch {
            #expect(issues(error).map(\.field) == ["recipient.cityId"])
        }
    }

    // Signatures from the formats' specifications: JPEG SOI + marker, the PNG signature, GIF87a/89a, RIFF…WEBP.
    @Test func imagesAreToldByTheirFirstBytes() {
        #expect(ImageType(sniffing: [0xFF, 0xD8, 0xFF, 0xE0, 0, 0]) == .jpeg)
        #expect(ImageType(sniffing: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]) == .png)
        #expect(ImageType(sniffing: Array("GIF89a....".utf8)) == .gif)
        #expect(ImageType(sniffing: Array("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8)) == .webp)
        #expect(ImageType(sniffing: Array("<svg xmlns=".utf8)) == nil)
        #expect(ImageType(sniffing: Array("RIFF....WAVE".utf8)) == nil)
        #expect(ImageType(sniffing: [UInt8]()) == nil)
    }

    @Test func uploadsAreCheckedForSizeAndType() throws {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 100))
        let upload = try ImageUpload(bytes: png, declaredType: "image/png", caption: "  Front  ")
        #expect(upload.type == .png)
        #expect(upload.caption == "Front")
        func issue(_ bytes: Data, _ declared: String?) -> String? {
            do {
                _ = try ImageUpload(bytes: bytes, declaredType: declared, caption: nil)
                return nil
            } catch { return issues(error).first?.message }
        }
        #expect(issue(Data(), nil)?.contains("empty") == true)
        #expect(issue(Data("<svg onload=alert(1)>".utf8), "image/png") == "must be a JPEG, PNG, GIF or WebP image")
        #expect(issue(png, "image/jpeg") == "is a image/png file sent as image/jpeg")
        let big = png + Data(count: ImageUpload.maxBytes)
        #expect(issue(big, nil)?.hasPrefix("must be at most 5 MB") == true)
    }

    @Test func searchTextFoldsCaseAccentsAndWidth() {
        #expect(SearchText.fold("Kyōto  SOUTH") == "kyoto south")
        #expect(SearchText.fold(["Straße", nil, "Île"]) == SearchText.fold("straße île"))
        #expect(GiftQuery(text: "  Kyōto   Rotary ").words == ["kyoto", "rotary"])
    }
}

/// The field issues of a ``DomainError/invalid(_:)``, or none.
private func issues(_ error: any Error) -> [FieldIssue] {
    if case .invalid(let issues) = error as? DomainError { return issues }
    return []
}
