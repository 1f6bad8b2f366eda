import Domain

extension DirectoryPage {
    static func view(_ model: Model, map: PartnerMap.Model? = nil) -> HTML {
        Layout.view(
            Layout.Model(
                title: model.programmeName, siteName: model.programmeName,
                description: "The partner cities of \(model.homeCityName ?? model.programmeName).",
                signedInAs: model.signedInAs)
        ) {
            div(.class("page-intro")) {
                h1 {
                    if let home = model.homeCityName { "\(home)’s partner cities" } else { "Partner cities" }
                }
                p(.class("lede")) {
                    if model.total == 0 {
                        "No partnerships are recorded yet."
                    } else {
                        "\(Format.count(model.total)) partnership\(model.total == 1 ? "" : "s")"
                        if let organisation = model.organisation { " kept by \(organisation)" }
                        "."
                    }
                }
            }
            if let map, !map.partners.isEmpty { PartnerMap.view(map) }
            if model.entries.isEmpty {
                emptyState(model)
            } else {
                nav(.class("sort"), .attr("aria-label", "Sort partner cities")) {
                    span(.class("sort-label")) { "Sort:" }
                    ul {
                        for link in model.sortLinks {
                            li {
                                if link.isCurrent {
                                    a(.href(link.url), .attr("aria-current", "true")) { link.label }
                                } else {
                                    a(.href(link.url)) { link.label }
                                }
                            }
                        }
                    }
                }
                table(model)
                pager(model)
            }
        }
    }

    private static func table(_ model: Model) -> HTML {
        element("table", [.class("directory")]) {
            element("caption", [.class("visually-hidden")]) { "Partner cities" }
            element("thead") {
                element("tr") {
                    element("th", [.attr("scope", "col")]) { "City" }
                    element("th", [.attr("scope", "col")]) { "Country" }
                    element("th", [.attr("scope", "col")]) { "Since" }
                    element("th", [.attr("scope", "col")]) { "Kind" }
                }
            }
            element("tbody") {
                for entry in model.entries {
                    element("tr") {
                        element("th", [.attr("scope", "row"), .attr("data-label", "City")]) {
                            a(.class("city-link"), .href(entry.url)) { entry.partnerName }
                            if let native = entry.nativeName {
                                " "
                                span(.class("native-name"), .lang(entry.nativeLanguage ?? "und")) { native }
                            }
                        }
                        element("td", [.attr("data-label", "Country")]) {
                            entry.country
                            if let region = entry.region {
                                span(.class("visually-hidden")) { ", " }
                                span(.class("region")) { region }
                            }
                        }
                        element("td", [.attr("data-label", "Since")]) { entry.since ?? "—" }
                        element("td", [.attr("data-label", "Kind")]) {
                            entry.kind
                            if entry.status != .active {
                                span(.class("badge badge-\(entry.status.rawValue)")) { entry.status.label }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func pager(_ model: Model) -> HTML {
        if model.pageCount > 1 {
            nav(.class("pager"), .attr("aria-label", "Pages")) {
                if let previous = model.previousPageURL { a(.href(previous), .attr("rel", "prev")) { "← Previous" } }
                span { "Page \(model.pageNumber) of \(model.pageCount)" }
                if let next = model.nextPageURL { a(.href(next), .attr("rel", "next")) { "Next →" } }
            }
        } else {
            HTML.empty
        }
    }

    private static func emptyState(_ model: Model) -> HTML {
        div(.class("empty-state")) {
            if model.pageNumber > 1 {
                p { "There is no page \(model.pageNumber)." }
                p { a(.href(SiteURL.directory.path)) { "Back to the first page" } }
            } else {
                p { "When the programme records its first partnership, the partner city appears here." }
                p {
                    "Programme staff add partnerships through the "
                    a(.href(SiteURL.openAPI.path)) { "JSON API" }
                    " (POST /api/v1/partnerships)."
                }
            }
        }
    }
}
