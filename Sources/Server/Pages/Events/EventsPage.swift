import Domain
import Foundation

/// `/events`: upcoming events soonest first, or past ones newest first.
enum EventsPage {
    struct Model {
        struct Item {
            var title: String
            var url: String
            var when: String
            var kind: String
            var venue: String?
            var isInternal: Bool
        }

        var programmeName: String
        var signedInAs: String?
        var canWrite: Bool
        var past: Bool
        var items: [Item]
        var pageNumber: Int
        var pageCount: Int
        var previousPageURL: String?
        var nextPageURL: String?
    }

    static func view(_ model: Model) -> HTML {
        Layout.view(
            Layout.Model(
                title: model.past ? "Past events" : "Events", siteName: model.programmeName,
                description: "Events of \(model.programmeName) and its partner cities.", signedInAs: model.signedInAs)
        ) {
            div(.class("page-intro")) {
                h1 { model.past ? "Past events" : "Events" }
                p(.class("lede")) {
                    "Add them to your calendar: "
                    a(.href(SiteURL.calendar.path)) { "calendar feed (iCalendar)" }
                    " · "
                    if model.past {
                        a(.href(SiteURL.events.path)) { "Upcoming events" }
                    } else {
                        a(.href(SiteURL.events.path(query: [("when", "past")]))) { "Past events" }
                    }
                }
            }
            if model.canWrite { p { a(.href(SiteURL.newEvent.path)) { "Add an event" } } }
            if model.items.isEmpty {
                div(.class("empty-state")) {
                    p { model.past ? "No past events are recorded." : "No upcoming events yet." }
                }
            } else {
                ol(.class("articles")) {
                    for item in model.items {
                        li(.class("article-item")) {
                            h2 {
                                a(.href(item.url)) { item.title }
                                if item.isInternal { span(.class("badge")) { "Internal" } }
                            }
                            p(.class("muted")) {
                                item.when
                                " · \(item.kind)"
                                if let venue = item.venue { " · \(venue)" }
                            }
                        }
                    }
                }
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
