import Domain
import Foundation

/// The programme's gift register, searchable: `/gifts?q=camellia`.
enum GiftRegisterPage {
    struct Model {
        var programmeName: String
        var signedInAs: String?
        var text: String
        var gifts: [GiftSummary]
        var total: Int
        var pager: Pager
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        return Layout.view(
            Layout.Model(
                title: t("gifts.title"), siteName: model.programmeName,
                description: t("gifts.description", ["programme": model.programmeName]),
                signedInAs: model.signedInAs, page: model.page)
        ) {
            div(.class("page-intro")) {
                h1 { t("gifts.heading") }
                p(.class("lede")) { t("gifts.lede") }
            }
            form(.attr("method", "get"), .attr("action", SiteURL.gifts.path), .class("search"), .attr("role", "search"))
            {
                label(.attr("for", "q")) { t("gifts.search.label") }
                input(
                    .attr("type", "search"), .id("q"), .attr("name", "q"), .attr("value", model.text),
                    .attr("maxlength", "200"))
                button(.attr("type", "submit")) { t("gifts.search.submit") }
            }
            if model.gifts.isEmpty {
                div(.class("empty-state")) {
                    if !model.text.isEmpty {
                        p { t("gifts.search.none", ["text": model.text]) }
                        p { a(.href(SiteURL.gifts.path)) { t("gifts.search.all") } }
                    } else if model.pager.isPastTheEnd {
                        model.pager.pastTheEnd(t, first: SiteURL.gifts.path)
                    } else {
                        p { t("gifts.empty") }
                    }
                }
            } else {
                p(.class("muted")) {
                    if model.text.isEmpty {
                        t("gifts.count", count: model.total)
                    } else {
                        t("gifts.countMatching", count: model.total, ["text": model.text])
                    }
                }
                GiftSummary.list(model.gifts, page: model.page)
                model.pager.view(t)
            }
        }
    }
}

extension GiftRegisterPage.Model {
    init(
        programme: Programme, page: Page<Gift>, query: GiftQuery, partnerships: [Partnership], signedInAs: String?,
        context: PageContext
    ) {
        let t = context.t
        self.page = context
        programmeName = programme.name
        self.signedInAs = signedInAs
        text = query.text ?? ""
        let byID = Dictionary(uniqueKeysWithValues: partnerships.map { ($0.id, $0) })
        gifts = page.items.map { gift in
            let partnership = byID[gift.partnershipID]
            return GiftSummary(
                gift, cities: partnership.map { [$0.homeCity, $0.partnerCity] } ?? [],
                partnership: partnership.map {
                    (
                        "\($0.homeCity.name(in: t.language)) – \($0.partnerCity.name(in: t.language))",
                        SiteURL.partnership($0.id).path
                    )
                }, page: context)
        }
        total = page.total
        pager = Pager(page) { number in
            SiteURL.gifts.path(query: [("q", query.text), ("page", number == 1 ? nil : String(number))])
        }
    }
}
