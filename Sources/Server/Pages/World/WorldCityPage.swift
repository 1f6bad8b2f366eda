import Domain
import Foundation

/// `/world/cities/{geonameId}`: a city of the world directory and the cities it is twinned with, from every
/// list that names the tie. Public.
enum WorldCityPage {
    struct Model {
        var programmeName: String
        var signedInAs: String?
        var city: City
        var partners: [WorldPartner]
        var partnersOfPartners: [(city: City, shared: [City])] = []
        /// Partners staff may adopt into the programme, on its home city's page, and the form's token.
        var adoptable: Set<UUID> = []
        var csrfToken: String? = nil
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        let city = model.city
        let name = city.name(in: t.language)
        let country = WorldPage.country(city, t)
        let foreign = model.partners.filter { !$0.domestic }
        return Layout.view(
            Layout.Model(
                title: t("world.city.title", ["city": name, "country": country]), siteName: model.programmeName,
                description: t("world.city.description", ["city": name]), signedInAs: model.signedInAs,
                page: model.page)
        ) {
            div(.class("page-intro")) {
                h1 { name }
                p(.class("lede")) {
                    country
                    if let population = city.population {
                        " · "
                        t("world.city.population", count: population)
                    }
                    " · "
                    verbatim("GeoNames")
                    " \(city.geonameID.map(String.init) ?? "")"
                }
            }
            h2 { t("world.city.twins") }
            if model.partners.isEmpty {
                div(.class("empty-state")) {
                    p { t("world.city.none", ["city": name]) }
                }
            } else {
                p {
                    let countries = t(
                        "world.city.countries", count: Set(model.partners.map(\.city.countryCode)).count)
                    if foreign.count < model.partners.count {
                        t(
                            "world.city.countWithDomestic", count: model.partners.count,
                            [
                                "countries": countries, "country": country,
                                "domestic": t.number(model.partners.count - foreign.count),
                            ])
                    } else {
                        t("world.city.count", count: model.partners.count, ["countries": countries])
                    }
                }
                ul(.class("plain-list")) {
                    for partner in model.partners {
                        li {
                            if let id = partner.city.geonameID {
                                a(.href(SiteURL.worldCity(id).path)) { partner.city.name(in: t.language) }
                            } else {
                                partner.city.name(in: t.language)
                            }
                            " · \(WorldPage.country(partner.city, t))"
                            if let year = partner.year {
                                " · "
                                t("world.city.since", ["year": String(year)])
                            }
                            if partner.kind != .sister {
                                " · "
                                t.label("world.tieKind", partner.kind)
                            }
                            if partner.domestic { span(.class("badge")) { t("world.city.domestic") } }
                            span(.class("region")) {
                                t(
                                    "world.city.source",
                                    [
                                        "sources": partner.sources.map { WorldSources.label($0, t) }.joined(
                                            separator: t("world.separator"))
                                    ])
                            }
                            if model.adoptable.contains(partner.city.id), let token = model.csrfToken,
                                let id = partner.city.geonameID
                            {
                                form(
                                    .attr("method", "post"), .attr("action", SiteURL.worldAdopt.path),
                                    .class("inline-form")
                                ) {
                                    csrfField(token)
                                    input(
                                        .attr("type", "hidden"), .attr("name", "geonameId"), .attr("value", String(id)))
                                    button(.attr("type", "submit")) { t("world.city.adopt") }
                                }
                            }
                        }
                    }
                }
            }
            if !model.partnersOfPartners.isEmpty {
                h2 { t("world.city.shared.title") }
                p { t("world.city.shared.lede", ["city": name]) }
                ul(.class("plain-list")) {
                    for entry in model.partnersOfPartners {
                        li {
                            WorldPage.cityLink(entry.city, t)
                            span(.class("region")) {
                                t(
                                    "world.city.shared.shares", count: entry.shared.count,
                                    [
                                        "cities": entry.shared.map { $0.name(in: t.language) }.joined(
                                            separator: t("world.separator"))
                                    ])
                            }
                        }
                    }
                }
            }
            p { a(.href(SiteURL.world.path)) { t("world.city.back") } }
            p(.class("muted")) { t("world.city.sourcesNote") }
        }
    }
}

enum WorldSources {
    static func label(_ source: String, _ t: Localizer) -> String {
        guard let format = TwinFormat(rawValue: source) else { return source }
        return t.label("world.source", format)
    }
}
