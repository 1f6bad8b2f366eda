import Domain
import Foundation

/// The demo's first article: the 2019 renewal, told for the programme's readers.
enum DemoNews {
    static func load(kyoto partnership: Partnership, articles: any ArticleRepository) async throws {
        _ = try await articles.create(
            ArticleDraft(
                title: "Boston and Kyoto sign again, sixty years on",
                body: body,
                summary:
                    "For the 60th year of their partnership, the kanreki that returns the old calendar to its start, "
                    + "Boston and Kyoto renewed the agreement first signed in 1959.",
                partnershipIDs: [partnership.id],
                publishedAt: Date(timeIntervalSince1970: 1_555_070_400)),  // 2019-04-12T12:00:00Z
            in: partnership.programmeID, by: DemoProgramme.author)
    }

    static let body = """
        On 24 June 1959 Boston and Kyoto became sister cities. Sixty years later the two cities have put their \
        names to the agreement once more: Mayor Martin J. Walsh of Boston, Mayor Daisaku Kadokawa of Kyoto and \
        Kazuhiro Terada, chair of the Kyoto City Assembly, signed the renewal in Boston.

        ## Why the sixtieth year

        The old East Asian calendar names each year by pairing one of ten *heavenly stems* with one of the twelve \
        animals of the zodiac, and the pairs come round again after sixty years. 1959 was a year of the Earth Pig, \
        己亥 (*tsuchinoto-i*), and so is 2019. In Japan the sixtieth birthday is **kanreki** (還暦), "the return of \
        the calendar": a rebirth, celebrated as a fresh start rather than an ending. The partnership has marked \
        its own kanreki the same way.

        ## Sixty years of exchange

        The tie has always been about people: schools and universities, culture, commerce and community life in \
        both cities. Some of it stands where anyone can see it:

        - the **Japanese House** that Kyoto gave in 1979, at the Boston Children's Museum;
        - a **Japanese Stewartia**, the summer camellia, given this spring by the Rotary Club of Kyoto South and \
        planted in the Boston Public Garden.

        Read the City of Boston's announcement: \
        [Mayor Walsh reaffirms sister city partnership with Kyoto, Japan]\
        (https://www.boston.gov/news/mayor-walsh-reaffirms-sister-city-partnership-kyoto-japan).
        """
}
