import Domain
import Foundation

/// A tie's health on its staff page: last and next visit each way, five years of activity by purpose, and a
/// flag when it has gone quiet.
enum HealthSection {
    static func view(
        _ health: PartnershipHealth, partnershipID: UUID, exchanges: [Exchange], canEdit: Bool, t: Localizer
    ) -> HTML {
        let directionLabel = t("partnership.health.direction")
        let lastVisit = t("partnership.health.lastVisit")
        let nextVisit = t("partnership.health.nextVisit")
        return section(.attr("aria-labelledby", "health"), .class("health")) {
            h2(.id("health")) { t("partnership.health.title") }
            p(.class("muted")) { t("partnership.health.membersOnly") }
            if health.isGoingDormant {
                div(.class("notice"), .attr("role", "status")) {
                    p {
                        strong { t("partnership.health.dormant") }
                        " "
                        if let last = health.lastActivity {
                            t("partnership.health.quietSince", ["date": t.date(last)])
                        } else {
                            t("partnership.health.neverActive")
                        }
                        t("partnership.health.threshold", count: health.dormantAfterYears)
                    }
                }
            }
            element("table", [.class("directory health-visits")]) {
                element("thead") {
                    element("tr") {
                        for column in [directionLabel, lastVisit, nextVisit] {
                            element("th", [.attr("scope", "col")]) { column }
                        }
                    }
                }
                element("tbody") {
                    for direction in Exchange.Direction.allCases {
                        element("tr") {
                            element("th", [.attr("scope", "row"), .attr("data-label", directionLabel)]) {
                                direction == .inbound
                                    ? t("partnership.health.inbound") : t("partnership.health.outbound")
                            }
                            element("td", [.attr("data-label", lastVisit)]) { visit(health.lastVisit[direction], t) }
                            element("td", [.attr("data-label", nextVisit)]) { visit(health.nextVisit[direction], t) }
                        }
                    }
                }
            }
            h3 {
                t(
                    "partnership.health.byPurpose",
                    ["from": String(health.years.first ?? 0), "to": String(health.years.last ?? 0)])
            }
            div(.class("table-scroll")) {
                element("table", [.class("directory activity")]) {
                    element("thead") {
                        element("tr") {
                            element("th", [.attr("scope", "col")]) { t("partnership.health.purposeColumn") }
                            for year in health.years { element("th", [.attr("scope", "col")]) { String(year) } }
                        }
                    }
                    element("tbody") {
                        for purpose in ExchangePurpose.allCases {
                            element("tr") {
                                element("th", [.attr("scope", "row")]) {
                                    t.label("partnership.health.purposes", purpose)
                                }
                                for count in health.activity[purpose] ?? [] {
                                    element("td", [.class(count > 0 ? "active" : "quiet")]) {
                                        count > 0 ? t.number(count) : "·"
                                    }
                                }
                            }
                        }
                    }
                }
            }
            h3 { t("partnership.health.exchanges") }
            if canEdit { p { a(.href(SiteURL.newExchange(partnershipID).path)) { t("partnership.health.record") } } }
            if exchanges.isEmpty {
                p(.class("muted")) { t("partnership.health.none") }
            } else {
                ul {
                    for exchange in exchanges {
                        li {
                            a(.href(SiteURL.exchange(exchange.id).path)) { exchange.draft.title }
                            span(.class("muted")) {
                                " · "
                                t(
                                    "partnership.health.exchange",
                                    [
                                        "direction": exchange.draft.direction == .inbound
                                            ? t("partnership.health.toUs") : t("partnership.health.fromUs"),
                                        "date": t.date(exchange.draft.starts),
                                    ])
                            }
                        }
                    }
                }
            }
        }
    }

    private static func visit(_ exchange: Exchange?, _ t: Localizer) -> HTML {
        guard let exchange else { return HTML.text("—") }
        return element("span") {
            a(.href(SiteURL.exchange(exchange.id).path)) { exchange.draft.title }
            t("partnership.health.visitDate", ["date": t.date(exchange.draft.starts)])
        }
    }
}
