import Domain

/// The public directory: the programme's partner cities.
enum DirectoryPage {
    struct Model {
        struct Entry {
            var partnerName: String
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
        var previousPageURL: String?
        var nextPageURL: String?
        var pageNumber: Int
        var pageCount: Int
        var signedInAs: String?
    }
}

extension DirectoryPage.Model {
    init(programme: Programme, homeCity: City?, page: Page<Partnership>, query: PartnershipQuery, signedInAs: String?) {
        self.signedInAs = signedInAs
        programmeName = programme.name
        organisation = programme.organisation
        homeCityName = homeCity?.name
        entries = page.items.map { partnership in
            let city = partnership.partnerCity
            return Entry(
                partnerName: city.name, url: SiteURL.partnership(partnership.id).path,
                nativeName: city.nativeName, nativeLanguage: city.nativeNameLanguage,
                country: city.country?.name ?? city.countryCode, region: city.adminRegion,
                since: partnership.established.map { String($0.year) }, kind: partnership.kind.label,
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
            (.established, "Oldest tie first"), (.establishedDescending, "Newest first"),
            (.partnerName, "City A–Z"), (.country, "Country"),
        ]
        sortLinks = labels.map { SortLink(label: $1, url: url(sort: $0, page: nil), isCurrent: $0 == query.sort) }
        pageNumber = page.request.page
        pageCount = page.pageCount
        previousPageURL = pageNumber > 1 ? url(sort: query.sort, page: pageNumber - 1) : nil
        nextPageURL = page.hasNext ? url(sort: query.sort, page: pageNumber + 1) : nil
    }
}
