import Domain
import Foundation

/// A tie's health on its staff page: last and next visit each way, five years of activity by purpose, and a
/// flag when it has gone quiet.
enum HealthSection {
    static func view(_ health: PartnershipHealth, partnershipID: UUID, exchanges: [Exchange], canEdit: Bool) -> HTML {
        section(.attr("aria-labelledby", "health"), .class("health")) {
            h2(.id("health")) { "Health of the tie" }
            p(.class("muted")) { "Seen by the programme's members only." }
            if health.isGoingDormant {
                div(.class("notice"), .attr("role", "status")) {
                    p {
                        strong { "Going dormant. " }
                        if let last = health.lastActivity {
                            "No exchange or event since \(Format.date(last)): "
                        } else {
                            "No exchange or event is recorded: "
                        }
                        "ties are flagged after \(health.dormantAfterYears) years without activity."
                    }
                }
            }
            element("table", [.class("directory health-visits")]) {
                element("thead") {
                    element("tr") {
                        for column in ["Direction", "Last visit", "Next visit"] {
                            element("th", [.attr("scope", "col")]) { column }
                        }
                    }
                }
                element("tbody") {
                    for direction in Exchange.Direction.allCases {
                        element("tr") {
                            element("th", [.attr("scope", "row"), .attr("data-label", "Direction")]) {
                                direction == .inbound ? "To us" : "From us"
                            }
                            element("td", [.attr("data-label", "Last visit")]) { visit(health.lastVisit[direction]) }
                            element("td", [.attr("data-label", "Next visit")]) { visit(health.nextVisit[direction]) }
                        }
                    }
                }
            }
            h3 { "Exchanges by purpose, \(health.years.first ?? 0)–\(health.years.last ?? 0)" }
            div(.class("table-scroll")) {
                element("table", [.class("directory activity")]) {
                    element("thead") {
                        element("tr") {
                            element("th", [.attr("scope", "col")]) { "Purpose" }
                            for year in health.years { element("th", [.attr("scope", "col")]) { String(year) } }
                        }
                    }
                    element("tbody") {
                        for purpose in ExchangePurpose.allCases {
                            element("tr") {
                                element("th", [.attr("scope", "row")]) { purpose.label }
                                for count in health.activity[purpose] ?? [] {
                                    element("td", [.class(count > 0 ? "active" : "quiet")]) {
                                        count > 0 ? String(count) : "·"
                                    }
                                }
                            }
                        }
                    }
                }
            }
            h3 { "Delegations and exchanges" }
            if canEdit { p { a(.href(SiteURL.newExchange(partnershipID).path)) { "Record an exchange" } } }
            if exchanges.isEmpty {
                p(.class("muted")) { "None recorded yet." }
            } else {
                ul {
                    for exchange in exchanges {
                        li {
                            a(.href(SiteURL.exchange(exchange.id).path)) { exchange.draft.title }
                            span(.class("muted")) {
                                " · \(exchange.draft.direction == .inbound ? "to us" : "from us"), \(Format.date(exchange.draft.starts))"
                            }
                        }
                    }
                }
            }
        }
    }

    private static func visit(_ exchange: Exchange?) -> HTML {
        guard let exchange else { return HTML.text("—") }
        return element("span") {
            a(.href(SiteURL.exchange(exchange.id).path)) { exchange.draft.title }
            ", \(Format.date(exchange.draft.starts))"
        }
    }
}
