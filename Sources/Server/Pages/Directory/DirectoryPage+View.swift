import Domain

extension DirectoryPage {
    static func view(_ model: Model, map: PartnerMap.Model? = nil) -> HTML {
        let t = model.page.t
        return Layout.view(
            Layout.Model(
                title: model.programmeName, siteName: model.programmeName,
                description: t("directory.description", ["city": model.homeCityName ?? model.programmeName]),
                signedInAs: model.signedInAs, page: model.page)
        ) {
            div(.class("page-intro")) {
                h1 {
                    if let home = model.homeCityName {
                        t("directory.titleOf", ["city": home])
                    } else {
                        t("directory.title")
                    }
                }
                p(.class("lede")) {
                    if model.total == 0 {
                        t("directory.none")
                    } else if let organisation = model.organisation {
                        t("directory.countKeptBy", count: model.total, ["organisation": organisation])
                    } else {
                        t("directory.count", count: model.total)
                    }
                }
            }
            if let map, !map.partners.isEmpty { PartnerMap.view(map) }
            if model.entries.isEmpty {
                emptyState(model)
            } else {
                nav(.class("sort"), .attr("aria-label", t("directory.sort.label"))) {
                    span(.class("sort-label")) { t("directory.sort.title") }
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
                model.pager.view(model.page.t)
            }
        }
    }

    private static func table(_ model: Model) -> HTML {
        let t = model.page.t
        return element("table", [.class("directory")]) {
            element("caption", [.class("visually-hidden")]) { t("directory.title") }
            element("thead") {
                element("tr") {
                    element("th", [.attr("scope", "col")]) { t("directory.column.city") }
                    element("th", [.attr("scope", "col")]) { t("directory.column.country") }
                    element("th", [.attr("scope", "col")]) { t("directory.column.since") }
                    element("th", [.attr("scope", "col")]) { t("directory.column.kind") }
                }
            }
            element("tbody") {
                for entry in model.entries {
                    element("tr") {
                        element("th", [.attr("scope", "row"), .attr("data-label", t("directory.column.city"))]) {
                            if let language = entry.partnerNameLanguage {
                                a(.class("city-link"), .href(entry.url), .lang(language)) { entry.partnerName }
                            } else {
                                a(.class("city-link"), .href(entry.url)) { entry.partnerName }
                            }
                            if let native = entry.nativeName {
                                " "
                                span(.class("native-name"), .lang(entry.nativeLanguage ?? "und")) { native }
                            }
                        }
                        element("td", [.attr("data-label", t("directory.column.country"))]) {
                            entry.country
                            if let region = entry.region {
                                span(.class("visually-hidden")) { ", " }
                                span(.class("region")) { region }
                            }
                        }
                        element("td", [.attr("data-label", t("directory.column.since"))]) { entry.since ?? "—" }
                        element("td", [.attr("data-label", t("directory.column.kind"))]) {
                            entry.kind
                            if entry.status != .active {
                                span(.class("badge badge-\(entry.status.rawValue)")) {
                                    t.label("partnership.status", entry.status)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func emptyState(_ model: Model) -> HTML {
        let t = model.page.t
        return div(.class("empty-state")) {
            if model.pager.isPastTheEnd {
                model.pager.pastTheEnd(t, first: SiteURL.directory.path)
            } else {
                p { t("directory.empty") }
                p {
                    let (before, after) = t.around("directory.emptyHow", "api")
                    before
                    a(.href(SiteURL.openAPI.path)) { t("layout.jsonAPI") }
                    after
                }
            }
        }
    }
}
