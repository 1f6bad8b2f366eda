import Domain
import Foundation

/// `/events`: upcoming events soonest first, or past ones newest first.
enum EventsPage {
    struct Model {
        struct Item {
            /// In the reader's language where the event has it, else the original.
            var title: InLanguage
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
        var pager: Pager
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        let title = model.past ? t("events.pastTitle") : t("events.title")
        return Layout.view(
            Layout.Model(
                title: title, siteName: model.programmeName,
                description: t("events.description", ["programme": model.programmeName]),
                signedInAs: model.signedInAs, page: model.page)
        ) {
            div(.class("page-intro")) {
                h1 { title }
                p(.class("lede")) {
                    let (before, after) = t.around("events.calendar", "feed")
                    before
                    a(.href(SiteURL.calendar.path)) { t("events.calendarFeed") }
                    after
                    " · "
                    if model.past {
                        a(.href(SiteURL.events.path)) { t("events.upcoming") }
                    } else {
                        a(.href(SiteURL.events.path(query: [("when", "past")]))) { t("events.pastTitle") }
                    }
                }
            }
            if model.canWrite { p { a(.href(SiteURL.newEvent.path)) { t("events.add") } } }
            if model.items.isEmpty {
                div(.class("empty-state")) {
                    p { model.past ? t("events.noPast") : t("events.noUpcoming") }
                }
            } else {
                ol(.class("articles")) {
                    for item in model.items {
                        li(.class("article-item")) {
                            h2 {
                                written("a", item.title, .href(item.url), page: model.page)
                                if item.isInternal { span(.class("badge")) { t("events.internal") } }
                            }
                            p(.class("muted")) {
                                item.when
                                " · \(item.kind)"
                                if let venue = item.venue { " · \(venue)" }
                            }
                        }
                    }
                }
                model.pager.view(t)
            }
        }
    }
}
