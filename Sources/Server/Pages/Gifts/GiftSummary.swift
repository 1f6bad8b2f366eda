import Domain
import Foundation

/// A gift as a list shows it: on the partnership page and in the gift register.
struct GiftSummary {
    var url: String
    var title: String
    /// The title as the reader gets it, in their language where the programme gave one, where the list was
    /// made for a page (``init(_:cities:partnership:page:)``).
    var writtenTitle: InLanguage?
    /// The giver as the list names it, with its city where that is not plain from its name.
    var giver: String
    /// The recipient, named the same way.
    var recipient: String
    var given: String?
    var givenISO: String?
    var location: String?
    var thumbnailURL: String?
    var thumbnailAlt: String
    /// The pair of cities, in the register, where gifts of several partnerships are listed.
    var partnership: (title: String, url: String)?

    /// A gift of a partnership whose cities are `cities`, their names in the language of `t`.
    init(_ gift: Gift, cities: [City], partnership: (title: String, url: String)? = nil, t: Localizer) {
        let byID = Dictionary(cities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.init(gift, partnership: partnership, t: t) { id in
            byID[id].map { (english: $0.name, local: $0.name(in: t.language)) }
        }
    }

    /// A gift of a partnership whose cities are `cities`, for `page`: its title in the reader's language where
    /// the programme gave one.
    init(_ gift: Gift, cities: [City], partnership: (title: String, url: String)? = nil, page: PageContext) {
        self.init(gift, cities: cities, partnership: partnership, t: page.t)
        let title = page.title(of: gift)
        writtenTitle = title
        thumbnailAlt = gift.images.first?.caption ?? title.text
    }

    /// A gift of a partnership whose cities are named `cityNames`.
    init(
        _ gift: Gift, cityNames: [UUID: String], partnership: (title: String, url: String)? = nil,
        t: Localizer = .base
    ) {
        self.init(gift, partnership: partnership, t: t) { id in cityNames[id].map { (english: $0, local: $0) } }
    }

    private init(
        _ gift: Gift, partnership: (title: String, url: String)?, t: Localizer,
        city: (UUID) -> (english: String, local: String)?
    ) {
        url = SiteURL.gift(gift.id).path
        title = gift.title
        giver = Self.party(gift.giver, t: t, city: city)
        recipient = Self.party(gift.recipient, t: t, city: city)
        given = gift.given.map(t.date)
        givenISO = gift.given?.description
        location = gift.location
        thumbnailURL = gift.images.first.map { SiteURL.giftImage($0.id).path }
        thumbnailAlt = gift.images.first?.caption ?? gift.title
        self.partnership = partnership
    }

    /// A party with its city in brackets (a Rotary Club and the city it is in); a city alone is just its name.
    static func party(
        _ party: GiftParty, t: Localizer, city: (UUID) -> (english: String, local: String)?
    ) -> String {
        guard let city = city(party.cityID) else { return party.name }
        if party.kind == .city, party.name.contains(city.english) || party.name.contains(city.local) {
            return party.name
        }
        return t("gifts.party", ["name": party.name, "city": city.local])
    }

    /// A party as ``party(_:t:city:)`` names it, the cities of the partnership named in the language of `t`.
    static func party(_ party: GiftParty, cities: [City], t: Localizer) -> String {
        self.party(party, t: t) { id in
            cities.first { $0.id == id }.map { (english: $0.name, local: $0.name(in: t.language)) }
        }
    }

    /// The list on `page`, each title in its own language.
    static func list(_ gifts: [GiftSummary], page: PageContext) -> HTML {
        list(gifts, t: page.t, page: page)
    }

    static func list(_ gifts: [GiftSummary], t: Localizer = .base) -> HTML {
        list(gifts, t: t, page: nil)
    }

    private static func list(_ gifts: [GiftSummary], t: Localizer, page: PageContext?) -> HTML {
        ul(.class("gifts")) {
            for gift in gifts {
                li(.class("gift")) {
                    if let thumbnail = gift.thumbnailURL {
                        element(
                            "img",
                            [
                                .attr("src", thumbnail), .attr("alt", gift.thumbnailAlt), .attr("loading", "lazy"),
                                .class("gift-thumb"),
                            ])
                    }
                    div {
                        h3 {
                            if let title = gift.writtenTitle, let page {
                                written("a", title, .href(gift.url), page: page)
                            } else {
                                a(.href(gift.url)) { gift.title }
                            }
                        }
                        p {
                            let names = ["giver": gift.giver, "recipient": gift.recipient]
                            if let given = gift.given, let iso = gift.givenISO {
                                let (before, after) = t.around("gifts.passageOn", "date", names)
                                before
                                time(.attr("datetime", iso)) { given }
                                after
                            } else {
                                t("gifts.passage", names)
                            }
                        }
                        if let location = gift.location {
                            p(.class("muted")) { t("gifts.nowAt", ["location": location]) }
                        }
                        if let partnership = gift.partnership {
                            p(.class("muted")) { a(.href(partnership.url)) { partnership.title } }
                        }
                    }
                }
            }
        }
    }
}
