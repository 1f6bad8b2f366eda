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
    }

    static func view(_ model: Model) -> HTML {
        Layout.view(
            Layout.Model(title: "Milestones", siteName: model.programmeName, description: nil, signedInAs: model.email)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", "Breadcrumb")) { a(.href(SiteURL.staff.path)) { "Staff" } }
            h1 { "Milestones \(model.from)–\(model.to)" }
            p(.class("lede")) {
                "Named anniversaries of every partnership, with planning starting \(model.leadMonths) months ahead. "
                a(
                    .href(
                        SiteURL.milestonesCalendar.path(query: [("from", String(model.from)), ("to", String(model.to))])
                    )
                ) {
                    "Subscribe as a calendar"
                }
                "."
            }
            form(.attr("method", "get"), .attr("action", SiteURL.staffMilestones.path), .class("inline-form")) {
                label(.attr("for", "from")) { "From" }
                input(.id("from"), .attr("name", "from"), .attr("type", "number"), .attr("value", String(model.from)))
                label(.attr("for", "to")) { "to" }
                input(.id("to"), .attr("name", "to"), .attr("type", "number"), .attr("value", String(model.to)))
                button(.attr("type", "submit")) { "Show" }
            }
            if model.rows.isEmpty {
                p(.class("muted")) { "No milestone anniversaries fall in these years." }
            } else {
                element("table", [.class("directory")]) {
                    element("thead") {
                        element("tr") {
                            for title in ["When", "Partnership", "Milestone", "Start planning"] {
                                element("th", [.attr("scope", "col")]) { title }
                            }
                        }
                    }
                    element("tbody") {
                        for row in model.rows {
                            element("tr") {
                                element("td", [.attr("data-label", "When")]) { row.when }
                                element("th", [.attr("scope", "row"), .attr("data-label", "Partnership")]) {
                                    a(.href(row.url)) { row.pair }
                                }
                                element("td", [.attr("data-label", "Milestone")]) {
                                    row.what
                                    for name in row.names { span(.class("region")) { name } }
                                }
                                element("td", [.attr("data-label", "Start planning")]) { row.planning }
                            }
                        }
                    }
                }
            }
        }
    }
}
