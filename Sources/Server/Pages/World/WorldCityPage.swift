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
    }

    static func view(_ model: Model) -> HTML {
        let city = model.city
        let country = city.country?.name ?? city.countryCode
        let foreign = model.partners.filter { !$0.domestic }
        return Layout.view(
            Layout.Model(
                title: "\(city.name), \(country): twin towns", siteName: model.programmeName,
                description: "The cities \(city.name) is twinned with, from public lists reconciled to GeoNames.",
                signedInAs: model.signedInAs)
        ) {
            div(.class("page-intro")) {
                h1 { "\(city.name)" }
                p(.class("lede")) {
                    country
                    if let population = city.population { " · \(Format.count(population)) people" }
                    " · GeoNames \(city.geonameID.map(String.init) ?? "")"
                }
            }
            h2 { "Twinned with" }
            if model.partners.isEmpty {
                div(.class("empty-state")) {
                    p { "The world directory knows no twin of \(city.name) yet." }
                }
            } else {
                p {
                    "\(model.partners.count) \(model.partners.count == 1 ? "city" : "cities") in "
                    "\(Set(model.partners.map(\.city.countryCode)).count) countries"
                    if foreign.count < model.partners.count {
                        ", \(model.partners.count - foreign.count) of them in \(country) itself"
                    }
                    "."
                }
                ul(.class("plain-list")) {
                    for partner in model.partners {
                        li {
                            if let id = partner.city.geonameID {
                                a(.href(SiteURL.worldCity(id).path)) { partner.city.name }
                            } else {
                                partner.city.name
                            }
                            " · \(partner.city.country?.name ?? partner.city.countryCode)"
                            if let year = partner.year { " · since \(year)" }
                            if partner.kind != .sister { " · \(partner.kind.rawValue)" }
                            if partner.domestic { span(.class("badge")) { "Domestic" } }
                            span(.class("region")) {
                                "Source: " + partner.sources.map(WorldSources.label).joined(separator: ", ")
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
                                    button(.attr("type", "submit")) { "Adopt into our programme" }
                                }
                            }
                        }
                    }
                }
            }
            if !model.partnersOfPartners.isEmpty {
                h2 { "Twinned with several of its partners" }
                p { "Cities that share two or more twins with \(city.name): natural partners for a joint project." }
                ul(.class("plain-list")) {
                    for entry in model.partnersOfPartners {
                        li {
                            WorldPage.cityLink(entry.city)
                            span(.class("region")) {
                                "Shares \(entry.shared.count): " + entry.shared.map(\.name).joined(separator: ", ")
                            }
                        }
                    }
                }
            }
            p { a(.href(SiteURL.world.path)) { "The world directory by country, and how two cities connect" } }
            p(.class("muted")) {
                "Ties come from Wikipedia's list of twin towns and sister cities (CC BY-SA) and the list of German "
                "municipal partnerships, matched to GeoNames (CC BY 4.0). A tie missing here may still exist."
            }
        }
    }
}

enum WorldSources {
    static func label(_ source: String) -> String {
        switch source {
        case TwinFormat.wikipediaList.rawValue: "Wikipedia's list"
        case TwinFormat.germanPartnerships.rawValue: "German municipal partnerships"
        default: source
        }
    }
}
