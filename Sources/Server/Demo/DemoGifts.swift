import Domain
import Foundation

/// Two gifts of the Boston–Kyoto tie, one from each end of its sixty years, their titles and descriptions also
/// in Japanese: translations, nothing added.
enum DemoGifts {
    static func load(kyoto partnership: Partnership, gifts: any GiftRepository) async throws {
        let boston = partnership.homeCity.id
        let kyoto = partnership.partnerCity.id
        let author = DemoProgramme.author
        _ = try await gifts.create(
            GiftDraft(
                title: "Japanese House",
                giver: GiftParty(kind: .city, name: "City of Kyoto", cityID: kyoto),
                recipient: GiftParty(kind: .city, name: "City of Boston", cityID: boston),
                given: PartialDate(year: 1979)!,
                description:
                    "A traditional Kyoto townhouse, given by Boston's sister city and raised again inside the "
                    + "museum, where visitors step into a Japanese family's home.",
                location: "Boston Children's Museum, 308 Congress Street, Boston",
                keeper: "Boston Children's Museum",
                translations: Translations([
                    "ja": [
                        "title": "日本の家",
                        "description":
                            "ボストン市の姉妹都市から贈られ、博物館の中に建て直された京都の伝統的な町家です。"
                            + "来館者は日本のある家族の住まいに足を踏み入れることができます。",
                    ]
                ])),
            partnership: partnership.id, in: partnership.programmeID, by: author)
        _ = try await gifts.create(
            GiftDraft(
                title: "Japanese Stewartia (summer camellia)",
                giver: GiftParty(kind: .organisation, name: "Rotary Club of Kyoto South", cityID: kyoto),
                recipient: GiftParty(kind: .city, name: "City of Boston", cityID: boston),
                given: PartialDate(year: 2019, month: 4)!,
                occasion: "The 60th year of the partnership (kanreki) and its renewal",
                description:
                    "A Stewartia pseudocamellia, the summer camellia, planted in the Public Garden in the spring of "
                    + "the partnership's 60th year.",
                location: "Boston Public Garden",
                keeper: "Boston Parks and Recreation Department",
                translations: Translations([
                    "ja": [
                        "title": "ナツツバキ（夏椿）",
                        "description":
                            "ナツツバキ（夏椿、学名 Stewartia pseudocamellia）です。提携60年目の春、"
                            + "パブリック・ガーデンに植えられました。",
                    ]
                ])),
            partnership: partnership.id, in: partnership.programmeID, by: author)
    }
}
