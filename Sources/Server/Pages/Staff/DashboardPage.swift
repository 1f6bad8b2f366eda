import Domain

/// The first page after signing in.
enum DashboardPage {
    struct Model {
        var programmeName: String
        var email: String
        var name: String?
        var role: Role
        var csrfToken: String
        var partnershipCount: Int
        /// Coordinators and above see the programme's figures at a glance.
        var glance: Glance?
    }

    struct Glance {
        var contributions: ContributionSummary
        var members: [Membership.Status: Int]
        var hours: HoursTotals
    }

    static func view(_ model: Model) -> HTML {
        Layout.view(
            Layout.Model(title: "Staff", siteName: model.programmeName, description: nil, signedInAs: model.email)
        ) {
            div(.class("page-intro")) {
                h1 { "Welcome\(model.name.map { ", \($0)" } ?? "")" }
                p(.class("lede")) { "Signed in as \(model.email) · \(model.role.label)" }
            }
            if let glance = model.glance { glanceSection(glance) }
            div(.class("cards")) {
                section(.class("card")) {
                    h2 { "Partnerships" }
                    p { "\(model.partnershipCount) recorded." }
                    p { a(.href(SiteURL.directory.path)) { "Open the directory" } }
                    p { a(.href(SiteURL.staffMilestones.path)) { "Milestone planner" } }
                    p { a(.href(SiteURL.staffPlanner.path)) { "Joint-meeting planner" } }
                    p { a(.href(SiteURL.gifts.path)) { "Gift register" } }
                    p { a(.href(SiteURL.staffPeople.path)) { "People" } }
                    p { a(.href(SiteURL.events.path)) { "Events" } }
                    if model.role >= .coordinator {
                        p { a(.href(SiteURL.staffContributions.path)) { "Contributions and receipts" } }
                        p { a(.href(SiteURL.staffPledges.path)) { "Pledges and recurring gifts" } }
                        p { a(.href(SiteURL.staffMembers.path)) { "Members" } }
                        p { a(.href(SiteURL.staffVolunteers.path)) { "Volunteers and their hours" } }
                        p { a(.href(SiteURL.staffReports.path)) { "Reports" } }
                        p { a(.href(SiteURL.staffOutbox.path)) { "Outbox (sent email)" } }
                    }
                    p { a(.href(SiteURL.organisations.path)) { "Organisations" } }
                    if model.role >= .staff { p { a(.href(SiteURL.newArticle.path)) { "Write a news article" } } }
                    if model.role >= .staff {
                        p { a(.href(SiteURL.newPartnership.path)) { "Record a new partnership" } }
                        p { a(.href(SiteURL.staffCities.path)) { "Cities" } }
                    }
                }
                section(.class("card")) {
                    h2 { "API tokens" }
                    p { "Tokens let scripts use the JSON API with your role." }
                    p { a(.href(SiteURL.staffTokens.path)) { "Manage your tokens" } }
                }
                if model.role == .admin {
                    section(.class("card")) {
                        h2 { "Users" }
                        p { "Who may sign in, and with which role." }
                        p { a(.href(SiteURL.staffUsers.path)) { "Manage users" } }
                    }
                }
                section(.class("card")) {
                    h2 { "Your account" }
                    p { a(.href(SiteURL.staffPassword.path)) { "Change your password" } }
                    form(.attr("method", "post"), .attr("action", SiteURL.logout.path)) {
                        csrfField(model.csrfToken)
                        button(.attr("type", "submit")) { "Sign out" }
                    }
                }
            }
        }
    }

    /// The programme at a glance: charts where a person would rather look than read, with a way to the figures.
    private static func glanceSection(_ glance: Glance) -> HTML {
        section(.class("glance"), .attr("aria-labelledby", "glance")) {
            h2(.id("glance")) { "At a glance" }
            if glance.contributions.rows.isEmpty && glance.members.isEmpty && glance.hours.totalMinutes == 0 {
                p(.class("muted")) {
                    "Charts of contributions, members and volunteer time appear here once there are some."
                }
            } else {
                div(.class("charts")) {
                    for currency in glance.contributions.currencies {
                        ReportCharts.money(glance.contributions, currency: currency)
                    }
                    if !glance.members.isEmpty { ReportCharts.members(glance.members) }
                    if glance.hours.totalMinutes > 0 { ReportCharts.hoursByYear(glance.hours) }
                }
            }
            p { a(.href(SiteURL.staffReports.path)) { "All reports and figures" } }
        }
    }
}
