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
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        return Layout.view(
            Layout.Model(
                title: t("reports.title"), siteName: model.programmeName, description: nil, signedInAs: model.email,
                page: model.page)
        ) {
            h1 { t("reports.title") }
            p(.class("lede")) { t("reports.lede") }
            h2 { t("reports.contributions.title") }
            if model.contributions.rows.isEmpty {
                div(.class("empty-state")) { p { t("reports.contributions.empty") } }
            } else {
                div(.class("charts")) {
                    for currency in model.contributions.currencies {
                        ReportCharts.money(model.contributions, currency: currency, t)
                    }
                }
                contributionsTable(model, t)
                p {
                    let (before, after) = t.around("reports.contributions.download", "link")
                    before
                    a(.href(SiteURL.staffExport(.contributions).path)) { t("reports.contributions.csv") }
                    after
                }
            }
            h2 { t("reports.members.title") }
            if model.members.values.reduce(0, +) == 0 {
                div(.class("empty-state")) { p { t("reports.members.empty") } }
            } else {
                div(.class("charts")) { ReportCharts.members(model.members, t) }
            }
            h2 { t("reports.hours.title") }
            if model.hours.totalMinutes == 0 {
                div(.class("empty-state")) { p { t("reports.hours.empty") } }
            } else {
                div(.class("charts")) {
                    ReportCharts.hoursByYear(model.hours, t)
                    BarChart.view(
                        title: t("reports.hours.byActivity"),
                        bars: model.hours.byActivity.map {
                            BarChart.Bar(
                                label: ReportCharts.activity($0, t), value: Int64($0.minutes),
                                valueLabel: VolunteerHoursFormat.hours($0.minutes))
                        })
                }
            }
        }
    }

    private static func contributionsTable(_ model: Model, _ t: Localizer) -> HTML {
        div(.class("table-scroll")) {
            element("table", [.class("directory")]) {
                element("thead") {
                    element("tr") {
                        for column in [
                            t("reports.table.fiscalYear"), t("reports.table.fund"), t("reports.table.received"),
                            t("reports.table.gifts"),
                        ] {
                            element("th", [.attr("scope", "col")]) { column }
                        }
                    }
                }
                element("tbody") {
                    for row in model.contributions.rows {
                        element("tr") {
                            element("td", [.attr("data-label", t("reports.table.fiscalYear"))]) {
                                t("reports.fiscalYear", ["year": String(row.fiscalYear)])
                            }
                            element("td", [.attr("data-label", t("reports.table.fund"))]) {
                                row.partnershipID.map { model.funds[$0] ?? t("reports.table.aPartnership") }
                                    ?? t("reports.table.generalFund")
                            }
                            element("td", [.attr("data-label", t("reports.table.received"))]) {
                                row.currency.map { Money(minorUnits: row.minorUnits, currency: $0).formatted }
                                    ?? t("reports.table.inKind")
                            }
                            element("td", [.attr("data-label", t("reports.table.gifts"))]) { t.number(row.count) }
                        }
                    }
                }
            }
        }
    }
}

/// The charts the reports page and the staff dashboard share.
enum ReportCharts {
    static func money(_ summary: ContributionSummary, currency: Currency, _ t: Localizer = .base) -> HTML {
        BarChart.view(
            title: t("reports.charts.money", ["currency": currency.code]),
            bars: summary.totals(in: currency).map {
                BarChart.Bar(
                    label: t("reports.fiscalYear", ["year": String($0.fiscalYear)]), value: $0.money.minorUnits,
                    valueLabel: $0.money.formatted)
            })
    }

    static func members(_ counts: [Membership.Status: Int], _ t: Localizer = .base) -> HTML {
        BarChart.view(
            title: t("reports.charts.members"),
            bars: Membership.Status.allCases.map {
                BarChart.Bar(
                    label: t.label("reports.memberStatus", $0), value: Int64(counts[$0] ?? 0),
                    valueLabel: t.number(counts[$0] ?? 0))
            })
    }

    static func hoursByYear(_ hours: HoursTotals, _ t: Localizer = .base) -> HTML {
        BarChart.view(
            title: t("reports.charts.hoursByYear"),
            bars: hours.byYear.reversed().map {
                BarChart.Bar(
                    label: $0.label, value: Int64($0.minutes), valueLabel: VolunteerHoursFormat.hours($0.minutes))
            })
    }

    /// An activity's line by its name in this language (the line's key is the activity's raw value).
    static func activity(_ line: HoursTotals.Line, _ t: Localizer) -> String {
        VolunteerActivity(rawValue: line.key).map { t.label("volunteers.activity", $0) } ?? line.label
    }
}
