import Domain
import Foundation
import Logging
import Storage

/// Boston's sister-city programme as the City of Boston publishes it: the public record only, nothing invented.
///
/// The city's release says "eleven" sister cities but names ten; the ten named are loaded.
enum DemoProgramme {
    static let name = "Boston Sister Cities"
    static let organisation = "City of Boston"
    static let author = ChangeAuthor.system("demo data")

    struct Tie {
        let city: CityDraft
        let established: PartialDate
        var focusAreas: [FocusArea] = []
        var summary: String?
        var sources: [WebLink] = []
        /// The summary in other languages: translations of it, nothing added.
        var translations: Translations = .none
    }

    static let kyotoRelease = WebLink(
        title: "Mayor Walsh reaffirms sister city partnership with Kyoto, Japan (City of Boston, 2019)",
        url: "https://www.boston.gov/news/mayor-walsh-reaffirms-sister-city-partnership-kyoto-japan")

    static let ties: [Tie] = [
        Tie(
            city: kyoto, established: PartialDate(year: 1959, month: 6, day: 24)!,
            focusAreas: [.education, .culture, .commerce, .community],
            summary: """
                Boston's first sister city. Signed in 1959, the tie joins two cities of history, universities and \
                strong neighbourhoods. In 2019, its 60th year, the mayors renewed it in Boston: in Japan sixty years \
                complete the cycle of the zodiac, kanreki (還暦), a rebirth.
                """,
            sources: [kyotoRelease],
            translations: Translations([
                "ja": [
                    "summary": """
                    ボストン市にとって最初の姉妹都市です。1959年に結ばれたこの提携は、歴史と大学、そして活気ある地域社会を\
                    もつ二つの都市を結んでいます。60年目の2019年、両市長はボストンで提携を更新しました。日本では60年で\
                    干支がひと巡りし、還暦、すなわち再生を迎えます。
                    """
                ]
            ])),
        Tie(city: strasbourg, established: PartialDate(year: 1960)!),
        Tie(city: barcelona, established: PartialDate(year: 1980)!),
        Tie(city: hangzhou, established: PartialDate(year: 1982)!),
        Tie(city: padua, established: PartialDate(year: 1983)!),
        Tie(city: melbourne, established: PartialDate(year: 1985)!),
        Tie(city: taipei, established: PartialDate(year: 1996)!),
        Tie(city: sekondiTakoradi, established: PartialDate(year: 2001)!),
        Tie(city: belfast, established: PartialDate(year: 2014)!),
        Tie(city: praia, established: PartialDate(year: 2015)!),
    ]

    /// Loads the programme unless a programme of that name exists; answers its id either way.
    static func load(into store: Store, logger: Logger) async throws -> UUID {
        let cities = FluentCityRepository(store: store)
        let programmes = FluentProgrammeRepository(store: store)
        let partnerships = FluentPartnershipRepository(store: store)
        if let existing = try await programmes.all().first(where: { $0.name == name }) {
            logger.info("demo programme already loaded")
            return existing.id
        }
        logger.notice("loading the demo programme: \(name)")
        let home = try await city(boston, in: cities)
        let programme = try await programmes.create(
            ProgrammeDraft(name: name, organisation: organisation, homeCityID: home.id), by: author)
        for tie in ties {
            let partner = try await city(tie.city, in: cities)
            let partnership = try await partnerships.create(
                PartnershipDraft(
                    homeCityID: home.id, partnerCityID: partner.id, kind: .sister, status: .active,
                    established: tie.established, focusAreas: tie.focusAreas, summary: tie.summary,
                    sources: tie.sources, translations: tie.translations),
                in: programme.id, by: author)
            if tie.city == kyoto {
                try await loadKyotoAgreements(
                    partnership: partnership, agreements: FluentAgreementRepository(store: store))
                try await DemoGifts.load(kyoto: partnership, gifts: FluentGiftRepository(store: store))
                try await DemoNews.load(kyoto: partnership, articles: FluentArticleRepository(store: store))
                try await DemoPeople.load(
                    kyoto: partnership, organisations: FluentOrganisationRepository(store: store),
                    people: FluentPersonRepository(store: store))
                try await DemoEvents.load(
                    kyoto: partnership, organisations: FluentOrganisationRepository(store: store),
                    events: FluentEventRepository(store: store))
                try await DemoExchanges.load(
                    kyoto: partnership, people: FluentPersonRepository(store: store),
                    events: FluentEventRepository(store: store), exchanges: FluentExchangeRepository(store: store))
            }
        }
        return programme.id
    }

    private static func loadKyotoAgreements(partnership: Partnership, agreements: any AgreementRepository) async throws
    {
        let boston = partnership.homeCity.id
        let kyoto = partnership.partnerCity.id
        _ = try await agreements.create(
            AgreementDraft(kind: .founding, signed: PartialDate(year: 1959, month: 6, day: 24)!),
            partnership: partnership.id, in: partnership.programmeID, by: author)
        _ = try await agreements.create(
            AgreementDraft(
                kind: .renewal, signed: PartialDate(year: 2019)!, place: "Boston",
                signatories: [
                    Signatory(name: "Martin J. Walsh", title: "Mayor of Boston", cityID: boston),
                    Signatory(name: "Daisaku Kadokawa", title: "Mayor of Kyoto", cityID: kyoto),
                    Signatory(name: "Kazuhiro Terada", title: "Chair of the Kyoto City Assembly", cityID: kyoto),
                ],
                notes: "Renewed at a signing ceremony in Boston for the partnership's 60th year (kanreki).",
                translations: Translations(["ja": ["notes": "提携60周年（還暦）を記念し、ボストンでの調印式で更新されました。"]])),
            partnership: partnership.id, in: partnership.programmeID, by: author)
    }

    /// The gazetteer's city with the draft's GeoNames id, or a new one.
    private static func city(_ draft: CityDraft, in cities: any CityRepository) async throws -> City {
        if let geonameID = draft.geonameID, let existing = try await cities.find(geonameID: geonameID) {
            return existing
        }
        return try await cities.create(draft, by: author)
    }
}
