import Domain
import Foundation

/// A partnership's public page: both cities, dates, agreements with signatories, focus areas, sources.
enum PartnershipPage {
    struct Model {
        struct CityCard {
            var role: String
            var name: String
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
            var title: String
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
            var notes: String?
        }

        var programmeName: String
        var title: String
        var kind: String
        var status: String
        var established: String?
        var establishedISO: String?
        var ended: String?
        var cities: [CityCard]
        var focusAreas: [String]
        var summary: String?
        var agreements: [AgreementItem]
        var gifts: [GiftSummary]
        var news: [(title: String, url: String, date: String, isoDate: String)]
        var timeline: [TimelineItem]
        var sources: [WebLink]
        /// For signed-in members of the programme.
        var signedInAs: String?
        var historyURL: String?
        /// For people who may change this partnership.
        var canEdit = false
        var id: UUID
    }
}

extension PartnershipPage.Model {
    init(
        programme: Programme, partnership: Partnership, agreements: [Agreement], gifts: [Gift], articles: [Article],
        timeline: [TimelineEntry], member: Actor?
    ) {
        signedInAs = member?.user.email
        historyURL = member.map { _ in SiteURL.partnershipHistory(partnership.id).path }
        canEdit = member?.may(.editPartnership(partnership.id), in: programme.id) ?? false
        id = partnership.id
        programmeName = programme.name
        let home = partnership.homeCity
        let partner = partnership.partnerCity
        title = "\(home.name) – \(partner.name)"
        kind = partnership.kind.label
        status = partnership.status.label
        established = partnership.established.map(Format.date)
        establishedISO = partnership.established?.description
        ended = partnership.ended.map(Format.date)
        cities = [CityCard(home, role: "Home city"), CityCard(partner, role: "Partner city")]
        focusAreas = partnership.focusAreas.map(\.label)
        summary = partnership.summary
        let names = [home.id: home.name, partner.id: partner.name]
        self.agreements = agreements.map { agreement in
            AgreementItem(
                id: agreement.id, title: agreement.kind.label, signed: agreement.signed.map(Format.date),
                signedISO: agreement.signed?.description, place: agreement.place,
                signers: agreement.signatories.map {
                    Signer(name: $0.name, title: $0.title, city: $0.cityID.flatMap { names[$0] })
                },
                languages: agreement.languages, documentURL: agreement.documentURL, notes: agreement.notes)
        }
        self.gifts = gifts.map { GiftSummary($0, cityNames: names) }
        news = articles.compactMap { article in
            article.publishedAt.map {
                (article.title, SiteURL.article(article.id).path, Format.day($0), Format.isoDay($0))
            }
        }
        self.timeline = timeline.map { entry in
            let url: String? =
                switch entry.subject {
                case .agreement(let id): "#agreement-\(id.lowercasedString)"
                case .gift(let id): SiteURL.gift(id).path
                case .article(let id): SiteURL.article(id).path
                case .event(let id): SiteURL.event(id).path
                case nil: nil
                }
            return TimelineItem(
                date: Format.date(entry.date), isoDate: entry.date.description, kind: entry.kind, title: entry.title,
                detail: entry.detail, url: url, isUpcoming: entry.isUpcoming)
        }
        sources = partnership.sources
    }
}

extension PartnershipPage.Model.CityCard {
    init(_ city: City, role: String) {
        self.role = role
        name = city.name
        nativeName = city.nativeName
        nativeLanguage = city.nativeNameLanguage
        country = city.country?.name ?? city.countryCode
        region = city.adminRegion
        timeZone = city.timeZone
        population = city.population.map(Format.count)
        coordinate = city.coordinate.map(Format.coordinate)
    }
}
