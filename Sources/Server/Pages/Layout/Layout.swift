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
        /// The request's language and place.
        var page: PageContext
    }

    static func view(_ model: Model, @HTMLBuilder content: () -> HTML) -> HTML {
        let t = model.page.t
        return element("html", [.lang(t.language)]) {
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
                            .attr("rel", "alternate"), .attr("type", "application/atom+xml"),
                            .attr("title", t("nav.news")),
                            .href(feed),
                        ])
                }
                element("link", [.attr("rel", "icon"), .attr("type", "image/svg+xml"), .href(SiteURL.favicon.path)])
                for script in model.scripts { element("script", [.attr("src", script), .attr("defer", "defer")]) }
            }
            element("body") {
                a(.class("skip-link"), .href("#main")) { t("layout.skip") }
                element("header", [.class("site-header")]) {
                    div(.class("wrap")) {
                        a(.class("site-name"), .href(SiteURL.directory.path)) { model.siteName }
                        nav(.attr("aria-label", t("layout.site"))) {
                            ul {
                                li { a(.href(SiteURL.directory.path)) { t("nav.partners") } }
                                li { a(.href(SiteURL.events.path)) { t("nav.events") } }
                                li { a(.href(SiteURL.news.path)) { t("nav.news") } }
                                li { a(.href(SiteURL.gifts.path)) { t("nav.gifts") } }
                                li { a(.href(SiteURL.organisations.path)) { t("nav.organisations") } }
                                li { a(.href(SiteURL.world.path)) { t("nav.world") } }
                                li { a(.href(SiteURL.openAPI.path)) { t("nav.api") } }
                                if model.signedInAs != nil {
                                    li { a(.href(SiteURL.staff.path)) { t("nav.staff") } }
                                } else {
                                    li { a(.href(SiteURL.login.path)) { t("nav.signIn") } }
                                }
                            }
                        }
                    }
                }
                element("main", [.id("main"), .class("wrap"), .attr("tabindex", "-1")]) {
                    if let flash = model.page.flash { p(.class("flash"), .attr("role", "status")) { flash.message(t) } }
                    content()
                }
                element("footer", [.class("site-footer")]) {
                    div(.class("wrap")) {
                        languages(model.page)
                        p {
                            let (before, after) = t.around("layout.placeData", "source")
                            before
                            a(.href("https://www.geonames.org/")) { verbatim("GeoNames") }
                            after
                            " "
                            let (beforeAPI, afterAPI) = t.around("layout.openData", "api")
                            beforeAPI
                            a(.href(SiteURL.openAPI.path)) { t("layout.jsonAPI") }
                            afterAPI
                        }
                    }
                }
            }
        }
    }
}

extension Layout {
    /// The language switcher: a link per language the site speaks, each named in itself, that keeps the
    /// choice in a cookie and comes back to this page. Plain links: it works without JavaScript.
    static func languages(_ page: PageContext) -> HTML {
        nav(.class("languages"), .attr("aria-label", page.t("layout.languages"))) {
            ul {
                for language in Catalogs.shipped.languages {
                    li {
                        if language == page.t.language {
                            span(.lang(language), .attr("aria-current", "true")) { Localizer.autonym(language) }
                        } else {
                            a(
                                .lang(language), .attr("hreflang", language),
                                .href(SiteURL.language.path(query: [("to", language), ("next", page.path)]))
                            ) { Localizer.autonym(language) }
                        }
                    }
                }
            }
        }
    }
}
