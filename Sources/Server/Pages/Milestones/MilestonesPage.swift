/// The staff's milestone planner: every named anniversary in a range of years, and when to start planning.
enum MilestonesPage {
    struct Model {
        struct Row {
            var when: String
            var pair: String
            var url: String
            var what: String
            var names: [String]
            var planning: String
        }

        var programmeName: String
        var email: String
        var from: Int
        var to: Int
        var leadMonths: Int
        var rows: [Row]
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        return Layout.view(
            Layout.Model(
                title: t("milestones.title"), siteName: model.programmeName, description: nil,
                signedInAs: model.email, page: model.page)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", t("milestones.breadcrumb"))) {
                a(.href(SiteURL.staff.path)) { t("nav.staff") }
            }
            h1 { t("milestones.heading", ["from": String(model.from), "to": String(model.to)]) }
            p(.class("lede")) {
                t("milestones.lede", count: model.leadMonths)
                " "
                a(
                    .href(
                        SiteURL.milestonesCalendar.path(query: [("from", String(model.from)), ("to", String(model.to))])
                    )
                ) {
                    t("milestones.subscribe")
                }
            }
            form(.attr("method", "get"), .attr("action", SiteURL.staffMilestones.path), .class("inline-form")) {
                label(.attr("for", "from")) { t("milestones.from") }
                input(.id("from"), .attr("name", "from"), .attr("type", "number"), .attr("value", String(model.from)))
                label(.attr("for", "to")) { t("milestones.to") }
                input(.id("to"), .attr("name", "to"), .attr("type", "number"), .attr("value", String(model.to)))
                button(.attr("type", "submit")) { t("milestones.show") }
            }
            if model.rows.isEmpty {
                p(.class("muted")) { t("milestones.empty") }
            } else {
                element("table", [.class("directory")]) {
                    element("thead") {
                        element("tr") {
                            for title in [
                                t("milestones.when"), t("milestones.partnership"), t("milestones.milestone"),
                                t("milestones.planning"),
                            ] {
                                element("th", [.attr("scope", "col")]) { title }
                            }
                        }
                    }
                    element("tbody") {
                        for row in model.rows {
                            element("tr") {
                                element("td", [.attr("data-label", t("milestones.when"))]) { row.when }
                                element(
                                    "th", [.attr("scope", "row"), .attr("data-label", t("milestones.partnership"))]
                                ) {
                                    a(.href(row.url)) { row.pair }
                                }
                                element("td", [.attr("data-label", t("milestones.milestone"))]) {
                                    row.what
                                    for name in row.names { span(.class("region")) { name } }
                                }
                                element("td", [.attr("data-label", t("milestones.planning"))]) { row.planning }
                            }
                        }
                    }
                }
            }
        }
    }
}
