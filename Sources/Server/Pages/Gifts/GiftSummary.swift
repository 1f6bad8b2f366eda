import Domain
import Foundation

/// A gift as a list shows it: on the partnership page and in the gift register.
struct GiftSummary {
    var url: String
    var title: String
    /// "City of Kyoto (Kyoto) to City of Boston (Boston)".
    var passage: String
    var given: String?
    var givenISO: String?
    var location: String?
    var thumbnailURL: String?
    var thumbnailAlt: String
    /// "Boston – Kyoto", in the register, where gifts of several partnerships are listed.
    var partnership: (title: String, url: String)?

    init(_ gift: Gift, cityNames: [UUID: String], partnership: (title: String, url: String)? = nil) {
        url = SiteURL.gift(gift.id).path
        title = gift.title
        passage = "From \(Self.party(gift.giver, cityNames)) to \(Self.party(gift.recipient, cityNames))"
        given = gift.given.map(Format.date)
        givenISO = gift.given?.description
        location = gift.location
        thumbnailURL = gift.images.first.map { SiteURL.giftImage($0.id).path }
        thumbnailAlt = gift.images.first?.caption ?? gift.title
        self.partnership = partnership
    }

    /// "Rotary Club of Kyoto South (Kyoto)"; a city alone is just its name.
    static func party(_ party: GiftParty, _ cityNames: [UUID: String]) -> String {
        guard let city = cityNames[party.cityID], party.kind != .city || party.name != city else { return party.name }
        return party.kind == .city && party.name.contains(city) ? party.name : "\(party.name) (\(city))"
    }

    static func list(_ gifts: [GiftSummary]) -> HTML {
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
                        h3 { a(.href(gift.url)) { gift.title } }
                        p {
                            gift.passage
                            if let given = gift.given, let iso = gift.givenISO {
                                ", "
                                time(.attr("datetime", iso)) { given }
                            }
                            "."
                        }
                        if let location = gift.location { p(.class("muted")) { "Now at \(location)." } }
                        if let partnership = gift.partnership {
                            p(.class("muted")) { a(.href(partnership.url)) { partnership.title } }
                        }
                    }
                }
            }
        }
    }
}
