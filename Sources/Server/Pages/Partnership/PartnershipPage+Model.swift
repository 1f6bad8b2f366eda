import Domain
import Foundation

/// A partnership's public page: both cities, dates, agreements with signatories, focus areas, sources.
enum PartnershipPage {
    struct Model {
        /// A city's name as the page shows it, with its language when it is not the page's.
        struct CityName {
            var text: String
            var language: String?
        }

        struct CityCard {
            var role: String
            var name: CityName
            var nativeName: String?
            var nativeLanguage: String?
            var country: String
            var region: String?
            var timeZone: String?
            var population: String?
            var coordinate: String?
        }

        struct Signer {
            var name: String
            var title: String?
            var city: String?
        }

        struct TimelineItem {
            var date: String
            var isoDate: String
            var kind: TimelineEntry.Kind
            /// The timeline's own words, or a record's title in the reader's language where it has one.
            var title: InLanguage
            var detail: String?
            var url: String?
            var isUpcoming: Bool
        }

        struct AgreementItem {
            var id: UUID
            var title: String
            var signed: String?
            var signedISO: String?
            var place: String?
            var signers: [Signer]
            var languages: [String]
            var documentURL: String?
            var notes: InLanguage?
        }

        var programmeName: String
        /// Both cities' names, for the document's title.
        var title: String
        var homeName: CityName
        var partnerName: CityName
        var kind: String
        var status: String
        var established: String?
        var establishedISO: String?
        var ended: String?
        var cities: [CityCard]
        var focusAreas: [String]
        var summary: InLanguage?
        var agreements: [AgreementItem]
        var gifts: [GiftSummary]
        /// The partnership's published articles, their titles in the reader's language where given.
        var news: [(title: InLanguage, url: String, date: String, isoDate: String)]
        var timeline: [TimelineItem]
        var sources: [WebLink]
        /// For signed-in members of the programme.
        var signedInAs: String?
        var historyURL: String?
        /// For people who may change this partnership.
        var canEdit = false
        var id: UUID
        var page: PageContext
    }
}

extension PartnershipPage.Model {
    init(
        programme: Programme, partnership: Partnership, agreements: [Agreement], gifts: [Gift], articles: [Article],
        events: [Event] = [], timeline: [TimelineEntry], member: Actor?, context: PageContext
    ) {
        let t = context.t
        page = context
        signedInAs = member?.user.email
        historyURL = member.map { _ in SiteURL.partnershipHistory(partnership.id).path }
        canEdit = member?.may(.editPartnership(partnership.id), in: programme.id) ?? false
        id = partnership.id
        programmeName = programme.name
        let home = partnership.homeCity
        let partner = partnership.partnerCity
        let homeName = CityName(home, t)
        let partnerName = CityName(partner, t)
        self.homeName = homeName
        self.partnerName = partnerName
        title = "\(homeName.text) – \(partnerName.text)"
        kind = t.label("partnership.kind", partnership.kind)
        status = t.label("partnership.status", partnership.status)
        established = partnership.established.map(t.date)
        establishedISO = partnership.established?.description
        ended = partnership.ended.map(t.date)
        cities = [
            CityCard(home, role: t("partnership.city.home"), t),
            CityCard(partner, role: t("partnership.city.partner"), t),
        ]
        focusAreas = partnership.focusAreas.map { t.label("partnership.focus", $0) }
        summary = context.written("summary", partnership.summary, partnership.translations)
        let names = [home.id: homeName.text, partner.id: partnerName.text]
        let englishNames = [home.id: home.name, partner.id: partner.name]
        self.agreements = agreements.map { agreement in
            AgreementItem(
                id: agreement.id, title: t.label("partnership.agreement.kind", agreement.kind),
                signed: agreement.signed.map(t.date), signedISO: agreement.signed?.description,
                place: agreement.place,
                signers: agreement.signatories.map {
                    Signer(name: $0.name, title: $0.title, city: $0.cityID.flatMap { names[$0] })
                },
                languages: agreement.languages.map { t.locale.localizedString(forIdentifier: $0) ?? $0 },
                documentURL: agreement.documentURL,
                notes: context.written("notes", agreement.notes, agreement.translations))
        }
        let sides = [home, partner]
        self.gifts = gifts.map { GiftSummary($0, cities: sides, page: context) }
        news = articles.compactMap { article in
            article.publishedAt.map {
                (context.title(of: article), SiteURL.article(article.id).path, t.day($0), Format.isoDay($0))
            }
        }
        let agreementsByID = Dictionary(agreements.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let articlesByID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let giftsByID = Dictionary(gifts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let eventsByID = Dictionary(events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.timeline = timeline.map { entry in
            let url: String? =
                switch entry.subject {
                case .agreement(let id): "#agreement-\(id.lowercasedString)"
                case .gift(let id): SiteURL.gift(id).path
                case .article(let id): SiteURL.article(id).path
                case .event(let id): SiteURL.event(id).path
                case nil: nil
                }
            // The timeline's own words are written here, in the page's language; titles of events, gifts and
            // articles are the records' own.
            var title = entry.title
            var recordTitle: InLanguage?
            var detail = entry.detail
            switch (entry.kind, entry.subject) {
            case (.founding, _):
                title = t("partnership.timeline.founded", ["kind": t.label("partnership.kind", partnership.kind)])
                detail = t("partnership.timeline.cities", ["home": homeName.text, "partner": partnerName.text])
            case (.agreement, .agreement(let id)?):
                if let agreement = agreementsByID[id] {
                    title = t.label("partnership.agreement.kind", agreement.kind)
                    detail = agreement.place.map { t("partnership.timeline.signedIn", ["place": $0]) }
                }
            case (.milestone, _):
                if let established = partnership.established {
                    let number = entry.date.year - established.year
                    title = t(
                        "partnership.timeline.anniversary", count: number,
                        ["ordinal": Anniversaries.ordinal(number)])
                }
                detail = entry.names.map { Self.anniversaryName($0, t) }.joined(separator: " · ")
            case (.event, .event(let id)?):
                if let event = eventsByID[id] {
                    detail = t.label("events.kind", event.draft.kind)
                    recordTitle = context.title(of: event)
                }
            case (.news, .article(let id)?):
                if let article = articlesByID[id] { recordTitle = context.title(of: article) }
            case (.gift, .gift(let id)?):
                if let gift = giftsByID[id] {
                    recordTitle = context.title(of: gift)
                    detail = t(
                        "partnership.timeline.giftFrom", ["giver": GiftSummary.party(gift.giver, cities: sides, t: t)])
                }
            case (.ended, _):
                title = t("partnership.timeline.ended")
            default:
                break
            }
            return TimelineItem(
                date: t.date(entry.date), isoDate: entry.date.description, kind: entry.kind,
                title: recordTitle ?? InLanguage(text: title, language: t.language, isUntranslated: false),
                detail: detail, url: url, isUpcoming: entry.isUpcoming)
        }
        sources = partnership.sources
    }
}

extension PartnershipPage.Model.CityName {
    /// The city's name in the page's language; the English name, marked as such, when it has none.
    init(_ city: City, _ t: Localizer) {
        text = city.name(in: t.language)
        language = text == city.name && LanguageTag.primarySubtag(of: t.language) != "en" ? "en" : nil
    }
}

extension PartnershipPage.Model.CityCard {
    init(_ city: City, role: String, _ t: Localizer) {
        self.role = role
        let name = PartnershipPage.Model.CityName(city, t)
        self.name = name
        nativeName = city.nativeName.flatMap { $0 == name.text ? nil : $0 }
        nativeLanguage = nativeName == nil ? nil : city.nativeNameLanguage
        country = t.countryName(city.countryCode) ?? city.country?.name ?? city.countryCode
        region = city.adminRegion
        timeZone = city.timeZone
        population = city.population.map(t.number)
        coordinate = city.coordinate.map { Self.coordinate($0, t) }
    }

    /// The latitude and longitude to three places, each with its hemisphere, as the language writes them.
    static func coordinate(_ coordinate: Coordinate, _ t: Localizer) -> String {
        func degrees(_ value: Double) -> [String: String] {
            ["degrees": "\((abs(value) * 1000).rounded() / 1000)"]
        }
        let latitude =
            coordinate.latitude >= 0
            ? t("partnership.city.north", degrees(coordinate.latitude))
            : t("partnership.city.south", degrees(coordinate.latitude))
        let longitude =
            coordinate.longitude >= 0
            ? t("partnership.city.east", degrees(coordinate.longitude))
            : t("partnership.city.west", degrees(coordinate.longitude))
        return t("partnership.city.coordinate", ["latitude": latitude, "longitude": longitude])
    }
}

extension PartnershipPage.Model {
    /// A name a milestone year carries, as this page's reader knows it: a Western name in their language
    /// ("Diamond", "ダイヤモンド婚"); a name of another tradition in its own script for a reader of that
    /// language (還暦), and transliterated beside it for others ("kanreki 還暦").
    static func anniversaryName(_ name: AnniversaryName, _ t: Localizer) -> String {
        guard let language = name.language else { return t("partnership.timeline.names.\(name.name.lowercased())") }
        guard let native = name.native else { return name.name }
        return LanguageTag.primarySubtag(of: language) == LanguageTag.primarySubtag(of: t.language)
            ? native : "\(name.name) \(native)"
    }
}
