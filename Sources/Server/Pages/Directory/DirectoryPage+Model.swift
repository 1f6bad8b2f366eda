import Domain

/// The public directory: the programme's partner cities.
enum DirectoryPage {
    struct Model {
        struct Entry {
            var partnerName: String
            /// The language of ``partnerName`` when it is not the page's.
            var partnerNameLanguage: String?
            var url: String
            var nativeName: String?
            var nativeLanguage: String?
            var country: String
            var region: String?
            var since: String?
            var kind: String
            var status: PartnershipStatus
        }

        struct SortLink {
            var label: String
            var url: String
            var isCurrent: Bool
        }

        var programmeName: String
        var organisation: String?
        var homeCityName: String?
        var entries: [Entry]
        var total: Int
        var sortLinks: [SortLink]
        var pager: Pager
        var signedInAs: String?
        var page: PageContext
    }
}

extension DirectoryPage.Model {
    init(
        programme: Programme, homeCity: City?, page: Page<Partnership>, query: PartnershipQuery,
        signedInAs: String?, context: PageContext
    ) {
        let t = context.t
        self.page = context
        self.signedInAs = signedInAs
        programmeName = programme.name
        organisation = programme.organisation
        homeCityName = homeCity?.name(in: t.language)
        entries = page.items.map { partnership in
            let city = partnership.partnerCity
            let name = city.name(in: t.language)
            let native = city.nativeName.flatMap { $0 == name ? nil : $0 }
            return Entry(
                partnerName: name, partnerNameLanguage: name == city.name && t.language != "en" ? "en" : nil,
                url: SiteURL.partnership(partnership.id).path,
                nativeName: native, nativeLanguage: native == nil ? nil : city.nativeNameLanguage,
                country: t.countryName(city.countryCode) ?? city.country?.name ?? city.countryCode,
                region: city.adminRegion,
                since: partnership.established.flatMap { PartialDate(year: $0.year) }.map(t.date),
                kind: t.label("partnership.kind", partnership.kind),
                status: partnership.status)
        }
        total = page.total
        func url(sort: PartnershipQuery.Sort, page: Int?) -> String {
            SiteURL.directory.path(query: [
                ("sort", sort == .established ? nil : sort.rawValue),
                ("country", query.countryCode), ("kind", query.kind?.rawValue), ("status", query.status?.rawValue),
                ("page", page.map(String.init)),
            ])
        }
        let labels: [(PartnershipQuery.Sort, String)] = [
            (.established, t("directory.sort.oldest")), (.establishedDescending, t("directory.sort.newest")),
            (.partnerName, t("directory.sort.name")), (.country, t("directory.sort.country")),
        ]
        sortLinks = labels.map { SortLink(label: $1, url: url(sort: $0, page: nil), isCurrent: $0 == query.sort) }
        pager = Pager(page) { url(sort: query.sort, page: $0) }
    }
}
