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
        var pageNumber: Int
        var pageCount: Int
        var previousPageURL: String?
        var nextPageURL: String?
    }

    static func view(_ model: Model) -> HTML {
        Layout.view(
            Layout.Model(
                title: "Gifts", siteName: model.programmeName,
                description: "Gifts exchanged between \(model.programmeName) and its partner cities.",
                signedInAs: model.signedInAs)
        ) {
            div(.class("page-intro")) {
                h1 { "Gifts between the cities" }
                p(.class("lede")) {
                    "Gifts given and received by the partner cities, their people and organisations, and where "
                    "each is now."
                }
            }
            form(.attr("method", "get"), .attr("action", SiteURL.gifts.path), .class("search"), .attr("role", "search"))
            {
                label(.attr("for", "q")) { "Search gifts" }
                input(
                    .attr("type", "search"), .id("q"), .attr("name", "q"), .attr("value", model.text),
                    .attr("maxlength", "200"))
                button(.attr("type", "submit")) { "Search" }
            }
            if model.gifts.isEmpty {
                div(.class("empty-state")) {
                    if !model.text.isEmpty {
                        p { "No gift matches “\(model.text)”." }
                        p { a(.href(SiteURL.gifts.path)) { "Show every gift" } }
                    } else if model.pageNumber > 1 {
                        p { "There is no page \(model.pageNumber)." }
                        p { a(.href(SiteURL.gifts.path)) { "Back to the first page" } }
                    } else {
                        p { "No gifts are recorded yet. Staff add them from a partnership’s page." }
                    }
                }
            } else {
                p(.class("muted")) {
                    "\(model.total) gift\(model.total == 1 ? "" : "s")"
                    if !model.text.isEmpty { " matching “\(model.text)”" }
                    ", oldest first."
                }
                GiftSummary.list(model.gifts)
                if model.pageCount > 1 {
                    nav(.class("pager"), .attr("aria-label", "Pages")) {
                        if let previous = model.previousPageURL {
                            a(.href(previous), .attr("rel", "prev")) { "← Previous" }
                        }
                        span { "Page \(model.pageNumber) of \(model.pageCount)" }
                        if let next = model.nextPageURL { a(.href(next), .attr("rel", "next")) { "Next →" } }
                    }
                }
            }
        }
    }
}

extension GiftRegisterPage.Model {
    init(programme: Programme, page: Page<Gift>, query: GiftQuery, partnerships: [Partnership], signedInAs: String?) {
        programmeName = programme.name
        self.signedInAs = signedInAs
        text = query.text ?? ""
        let byID = Dictionary(uniqueKeysWithValues: partnerships.map { ($0.id, $0) })
        gifts = page.items.map { gift in
            let partnership = byID[gift.partnershipID]
            var names: [UUID: String] = [:]
            if let partnership {
                names = [
                    partnership.homeCity.id: partnership.homeCity.name,
                    partnership.partnerCity.id: partnership.partnerCity.name,
                ]
            }
            return GiftSummary(
                gift, cityNames: names,
                partnership: partnership.map {
                    ($0.pairName, SiteURL.partnership($0.id).path)
                })
        }
        total = page.total
        pageNumber = page.request.page
        pageCount = page.pageCount
        func url(_ number: Int) -> String {
            SiteURL.gifts.path(query: [
                ("q", query.text), ("page", number == 1 ? nil : String(number)),
            ])
        }
        previousPageURL = page.request.page > 1 ? url(page.request.page - 1) : nil
        nextPageURL = page.hasNext ? url(page.request.page + 1) : nil
    }
}
