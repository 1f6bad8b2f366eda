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
    }

    static func cityLink(_ city: City) -> HTML {
        let label = "\(city.name) (\(city.country?.name ?? city.countryCode))"
        if let id = city.geonameID { return a(.href(SiteURL.worldCity(id).path)) { label } }
        return span { label }
    }

    static func view(_ model: Model) -> HTML {
        Layout.view(
            Layout.Model(
                title: "World twinning directory", siteName: model.programmeName,
                description: "Twin towns and sister cities of the world, reconciled to GeoNames.",
                signedInAs: model.signedInAs)
        ) {
            div(.class("page-intro")) {
                h1 { "World twinning directory" }
                p(.class("lede")) {
                    "Twin towns and sister cities from public lists, each city matched to GeoNames."
                }
            }
            h2 { "How are two cities connected?" }
            form(.attr("method", "get"), .attr("action", SiteURL.world.path), .class("stack wide")) {
                div(.class("inline-fields")) {
                    FormControls.text("from", "From", value: model.path?.from ?? "", errors: [])
                    FormControls.text("to", "To", value: model.path?.to ?? "", errors: [])
                }
                button(.attr("type", "submit")) { "Find the shortest path" }
            }
            if let path = model.path { pathResult(path) }
            h2 { "By country" }
            if model.countries.isEmpty {
                div(.class("empty-state")) {
                    p { "The directory is empty: an operator imports the lists with sistercities import twins." }
                }
            } else {
                div(.class("table-scroll")) {
                    element("table", [.class("directory")]) {
                        element("thead") {
                            element("tr") {
                                for column in ["Country", "Ties", "Cities"] {
                                    element("th", [.attr("scope", "col")]) { column }
                                }
                            }
                        }
                        element("tbody") {
                            for count in model.countries {
                                element("tr") {
                                    element("td", [.attr("data-label", "Country")]) {
                                        Country.withCode(count.countryCode)?.name ?? count.countryCode
                                    }
                                    element("td", [.attr("data-label", "Ties")]) { Format.count(count.ties) }
                                    element("td", [.attr("data-label", "Cities")]) { Format.count(count.cities) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func pathResult(_ path: PathResult) -> HTML {
        div(.class("notice"), .attr("role", "status")) {
            if path.a == nil {
                p { "No city is called “\(path.from)”." }
            } else if path.b == nil {
                p { "No city is called “\(path.to)”." }
            } else if let cities = path.cities {
                if cities.count == 1 {
                    p { "That is the same city." }
                } else {
                    p { "\(cities.count - 1) \(cities.count == 2 ? "tie" : "ties") apart:" }
                    element("ol") { for city in cities { li { cityLink(city) } } }
                }
            } else {
                p { "No path of at most 8 ties joins \(path.a!.name) and \(path.b!.name)." }
            }
        }
    }
}
