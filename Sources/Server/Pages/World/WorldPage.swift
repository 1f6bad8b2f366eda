import Domain
import Foundation

/// `/world`: the world directory's ties by country, and the shortest twinning path between two cities.
enum WorldPage {
    struct PathResult {
        var from: String
        var to: String
        var a: City?
        var b: City?
        var cities: [City]?
    }

    struct Model {
        var programmeName: String
        var signedInAs: String?
        var countries: [WorldCountryCount]
        var path: PathResult?
        var page: PageContext
    }

    /// The name of a city's country in the language of `t`.
    static func country(_ city: City, _ t: Localizer) -> String {
        t.countryName(city.countryCode) ?? city.country?.name ?? city.countryCode
    }

    static func cityLink(_ city: City, _ t: Localizer) -> HTML {
        let label = t("world.cityIn", ["city": city.name(in: t.language), "country": country(city, t)])
        if let id = city.geonameID { return a(.href(SiteURL.worldCity(id).path)) { label } }
        return span { label }
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        return Layout.view(
            Layout.Model(
                title: t("world.title"), siteName: model.programmeName, description: t("world.description"),
                signedInAs: model.signedInAs, page: model.page)
        ) {
            div(.class("page-intro")) {
                h1 { t("world.title") }
                p(.class("lede")) { t("world.lede") }
            }
            h2 { t("world.path.title") }
            form(.attr("method", "get"), .attr("action", SiteURL.world.path), .class("stack wide")) {
                div(.class("inline-fields")) {
                    FormControls.text("from", t("world.path.from"), value: model.path?.from ?? "", errors: [])
                    FormControls.text("to", t("world.path.to"), value: model.path?.to ?? "", errors: [])
                }
                button(.attr("type", "submit")) { t("world.path.submit") }
            }
            if let path = model.path { pathResult(path, t) }
            h2 { t("world.byCountry") }
            if model.countries.isEmpty {
                div(.class("empty-state")) {
                    p {
                        let (before, after) = t.around("world.empty", "command")
                        before
                        element("code") { verbatim("sistercities import twins") }
                        after
                    }
                }
            } else {
                div(.class("table-scroll")) {
                    element("table", [.class("directory")]) {
                        element("thead") {
                            element("tr") {
                                for column in [
                                    t("world.column.country"), t("world.column.ties"), t("world.column.cities"),
                                ] {
                                    element("th", [.attr("scope", "col")]) { column }
                                }
                            }
                        }
                        element("tbody") {
                            for count in model.countries {
                                element("tr") {
                                    element("td", [.attr("data-label", t("world.column.country"))]) {
                                        t.countryName(count.countryCode) ?? Country.withCode(count.countryCode)?.name
                                            ?? count.countryCode
                                    }
                                    element("td", [.attr("data-label", t("world.column.ties"))]) {
                                        t.number(count.ties)
                                    }
                                    element("td", [.attr("data-label", t("world.column.cities"))]) {
                                        t.number(count.cities)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func pathResult(_ path: PathResult, _ t: Localizer) -> HTML {
        div(.class("notice"), .attr("role", "status")) {
            if path.a == nil {
                p { t("world.path.unknown", ["name": path.from]) }
            } else if path.b == nil {
                p { t("world.path.unknown", ["name": path.to]) }
            } else if let cities = path.cities {
                if cities.count == 1 {
                    p { t("world.path.same") }
                } else {
                    p { t("world.path.apart", count: cities.count - 1) }
                    element("ol") { for city in cities { li { cityLink(city, t) } } }
                }
            } else {
                p {
                    t(
                        "world.path.none",
                        ["a": path.a!.name(in: t.language), "b": path.b!.name(in: t.language)])
                }
            }
        }
    }
}
