import Domain

/// Where a list stands among its pages: the page shown, how many there are, and the links either side.
struct Pager: Sendable {
    var number: Int
    var count: Int
    var previousURL: String?
    var nextURL: String?

    /// The pager of `page`, linking to other pages with `url(number)`.
    init(_ page: Page<some Sendable>, url: (Int) -> String) {
        number = page.request.page
        count = page.pageCount
        previousURL = number > 1 ? url(number - 1) : nil
        nextURL = page.hasNext ? url(number + 1) : nil
    }

    /// An empty page after the first is one past the end (an old link), not an empty list.
    var isPastTheEnd: Bool { number > 1 }

    /// Previous, "page n of m", next (or the list's own words for them, as news's "Newer" and "Older"); nothing
    /// when the list fits on one page.
    @HTMLBuilder func view(_ t: Localizer, previous: String? = nil, next: String? = nil) -> HTML {
        if count > 1 {
            nav(.class("pager"), .attr("aria-label", t("pager.label"))) {
                if let previousURL {
                    a(.href(previousURL), .attr("rel", "prev")) { previous ?? t("pager.previous") }
                }
                span { t("pager.position", ["page": t.number(number), "pages": t.number(count)]) }
                if let nextURL { a(.href(nextURL), .attr("rel", "next")) { next ?? t("pager.next") } }
            }
        }
    }

    /// What a page past the end says, with a link to the first page at `first`.
    @HTMLBuilder func pastTheEnd(_ t: Localizer, first: String) -> HTML {
        p { t("pager.noSuchPage", ["page": t.number(number)]) }
        p { a(.href(first)) { t("pager.firstPage") } }
    }
}
