/// The frame of every page: landmarks, a skip link, the site header and footer.
enum Layout {
    struct Model {
        var title: String
        var siteName: String
        var description: String?
        /// The signed-in user's email, for the header.
        var signedInAs: String? = nil
        /// An Atom feed the page belongs to, announced to feed readers.
        var feedURL: String? = nil
        /// Scripts the page enhances itself with; it works without them.
        var scripts: [String] = []
    }

    static func view(_ model: Model, @HTMLBuilder content: () -> HTML) -> HTML {
        element("html", [.lang("en")]) {
            element("head") {
                element("meta", [.attr("charset", "utf-8")])
                element("meta", [.attr("name", "viewport"), .attr("content", "width=device-width, initial-scale=1")])
                element("title") { model.title == model.siteName ? model.title : "\(model.title) · \(model.siteName)" }
                if let description = model.description {
                    element("meta", [.attr("name", "description"), .attr("content", description)])
                }
                element("link", [.attr("rel", "stylesheet"), .href(SiteURL.stylesheet.path)])
                if let feed = model.feedURL {
                    element(
                        "link",
                        [
                            .attr("rel", "alternate"), .attr("type", "application/atom+xml"), .attr("title", "News"),
                            .href(feed),
                        ])
                }
                element("link", [.attr("rel", "icon"), .attr("type", "image/svg+xml"), .href(SiteURL.favicon.path)])
                for script in model.scripts { element("script", [.attr("src", script), .attr("defer", "defer")]) }
            }
            element("body") {
                a(.class("skip-link"), .href("#main")) { "Skip to content" }
                element("header", [.class("site-header")]) {
                    div(.class("wrap")) {
                        a(.class("site-name"), .href(SiteURL.directory.path)) { model.siteName }
                        nav(.attr("aria-label", "Site")) {
                            ul {
                                li { a(.href(SiteURL.directory.path)) { "Partner cities" } }
                                li { a(.href(SiteURL.events.path)) { "Events" } }
                                li { a(.href(SiteURL.news.path)) { "News" } }
                                li { a(.href(SiteURL.gifts.path)) { "Gifts" } }
                                li { a(.href(SiteURL.organisations.path)) { "Organisations" } }
                                li { a(.href(SiteURL.world.path)) { "World" } }
                                li { a(.href(SiteURL.openAPI.path)) { "API" } }
                                if model.signedInAs != nil {
                                    li { a(.href(SiteURL.staff.path)) { "Staff" } }
                                } else {
                                    li { a(.href(SiteURL.login.path)) { "Sign in" } }
                                }
                            }
                        }
                    }
                }
                element("main", [.id("main"), .class("wrap"), .attr("tabindex", "-1")]) { content() }
                element("footer", [.class("site-footer")]) {
                    div(.class("wrap")) {
                        p {
                            "Place data: "
                            a(.href("https://www.geonames.org/")) { "GeoNames" }
                            " (CC BY 4.0). Open data: "
                            a(.href(SiteURL.openAPI.path)) { "JSON API" }
                            "."
                        }
                    }
                }
            }
        }
    }
}
