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
                publishedAt: Date(timeIntervalSince1970: 1_555_070_400),  // 2019-04-12T12:00:00Z
                translations: Translations(["ja": japanese])),
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

    /// The article in Japanese: a translation of the English, nothing added.
    static let japanese = [
        "title": "ボストン市と京都市、60年を経て再び調印",
        "summary":
            "提携60年目、暦がひと巡りして始まりに還る「還暦」の年に、ボストン市と京都市は1959年に初めて調印した"
            + "姉妹都市提携を更新しました。",
        "body": japaneseBody,
    ]

    static let japaneseBody = """
        1959年6月24日、ボストン市と京都市は姉妹都市となりました。それから60年、両市は再び提携に署名しました。\
        ボストン市のマーティン・J・ウォルシュ市長、京都市の門川大作市長、寺田一博京都市会議長が、ボストンで更新の\
        調印を行いました。

        ## なぜ60年目なのか

        東アジアの古い暦では、*十干*の一つと十二支の動物の一つを組み合わせて年を表し、その組み合わせは60年で\
        ひと巡りします。1959年は己亥（*つちのとい*）の年で、2019年も同じ己亥の年です。日本では60歳の誕生日を\
        **還暦**（「暦が還る」）と呼びます。生まれ変わりを意味し、終わりではなく新たな出発として祝われます。\
        両市の提携も、同じようにその還暦を迎えました。

        ## 60年にわたる交流

        両市のつながりの中心には、いつも人がいました。学校や大学、文化、経済、そして両市の地域の暮らしです。\
        その一部は、誰もが目にできる形で残っています。

        - 1979年に京都市が贈った、ボストン子ども博物館の**日本家屋**
        - 今春、京都南ロータリークラブから贈られ、ボストン・パブリック・ガーデンに植えられた**ナツツバキ**（夏椿）

        ボストン市の発表をご覧ください：\
        [Mayor Walsh reaffirms sister city partnership with Kyoto, Japan]\
        (https://www.boston.gov/news/mayor-walsh-reaffirms-sister-city-partnership-kyoto-japan)
        """
}
