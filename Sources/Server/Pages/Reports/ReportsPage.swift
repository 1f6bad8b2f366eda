import Domain
import Foundation

/// `/staff/reports`: money received by fiscal year, fund and currency; members by status; volunteer time by year
/// and activity. Charts where a person would rather look, and the figures beside them.
enum ReportsPage {
    struct Model {
        var programmeName: String
        var email: String
        var contributions: ContributionSummary
        /// Partnership names by id, for the funds.
        var funds: [UUID: String]
        var members: [Membership.Status: Int]
        var hours: HoursTotals
    }

    static func view(_ model: Model) -> HTML {
        Layout.view(
            Layout.Model(title: "Reports", siteName: model.programmeName, description: nil, signedInAs: model.email)
        ) {
            h1 { "Reports" }
            p(.class("lede")) {
                "Receipts that stand (voided ones left out), members as of today, and approved volunteer time."
            }
            h2 { "Contributions" }
            if model.contributions.rows.isEmpty {
                div(.class("empty-state")) { p { "No contributions are recorded yet." } }
            } else {
                div(.class("charts")) {
                    for currency in model.contributions.currencies {
                        ReportCharts.money(model.contributions, currency: currency)
                    }
                }
                contributionsTable(model)
                p {
                    "Download: "
                    a(.href(SiteURL.staffExport(.contributions).path)) { "every contribution as CSV" }
                }
            }
            h2 { "Members by status" }
            if model.members.values.reduce(0, +) == 0 {
                div(.class("empty-state")) { p { "No members yet." } }
            } else {
                div(.class("charts")) { ReportCharts.members(model.members) }
            }
            h2 { "Volunteer time" }
            if model.hours.totalMinutes == 0 {
                div(.class("empty-state")) { p { "No approved volunteer time yet." } }
            } else {
                div(.class("charts")) {
                    ReportCharts.hoursByYear(model.hours)
                    BarChart.view(
                        title: "Approved volunteer hours by activity, all years",
                        bars: model.hours.byActivity.map {
                            BarChart.Bar(
                                label: $0.label, value: Int64($0.minutes),
                                valueLabel: VolunteerHoursFormat.hours($0.minutes))
                        })
                }
            }
        }
    }

    private static func contributionsTable(_ model: Model) -> HTML {
        div(.class("table-scroll")) {
            element("table", [.class("directory")]) {
                element("thead") {
                    element("tr") {
                        for column in ["Fiscal year", "Fund", "Received", "Gifts"] {
                            element("th", [.attr("scope", "col")]) { column }
                        }
                    }
                }
                element("tbody") {
                    for row in model.contributions.rows {
                        element("tr") {
                            element("td", [.attr("data-label", "Fiscal year")]) { "FY\(row.fiscalYear)" }
                            element("td", [.attr("data-label", "Fund")]) {
                                row.partnershipID.map { model.funds[$0] ?? "A partnership" } ?? "General fund"
                            }
                            element("td", [.attr("data-label", "Received")]) {
                                row.currency.map { Money(minorUnits: row.minorUnits, currency: $0).formatted }
                                    ?? "In kind (not valued)"
                            }
                            element("td", [.attr("data-label", "Gifts")]) { String(row.count) }
                        }
                    }
                }
            }
        }
    }
}

/// The charts the reports page and the staff dashboard share.
enum ReportCharts {
    static func money(_ summary: ContributionSummary, currency: Currency) -> HTML {
        BarChart.view(
            title: "Money received in \(currency.code), by fiscal year",
            bars: summary.totals(in: currency).map {
                BarChart.Bar(label: "FY\($0.fiscalYear)", value: $0.money.minorUnits, valueLabel: $0.money.formatted)
            })
    }

    static func members(_ counts: [Membership.Status: Int]) -> HTML {
        BarChart.view(
            title: "Members by status, today",
            bars: Membership.Status.allCases.map {
                BarChart.Bar(
                    label: $0.rawValue.capitalized, value: Int64(counts[$0] ?? 0), valueLabel: String(counts[$0] ?? 0))
            })
    }

    static func hoursByYear(_ hours: HoursTotals) -> HTML {
        BarChart.view(
            title: "Approved volunteer hours by year",
            bars: hours.byYear.reversed().map {
                BarChart.Bar(
                    label: $0.label, value: Int64($0.minutes), valueLabel: VolunteerHoursFormat.hours($0.minutes))
            })
    }
}
