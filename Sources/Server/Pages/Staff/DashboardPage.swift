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
        /// The user's own language setting; nil: as their browser asks.
        var language: String?
        var page: PageContext
    }

    struct Glance {
        var contributions: ContributionSummary
        var members: [Membership.Status: Int]
        var hours: HoursTotals
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        return Layout.view(
            Layout.Model(
                title: t("dashboard.title"), siteName: model.programmeName, description: nil, signedInAs: model.email,
                page: model.page)
        ) {
            div(.class("page-intro")) {
                h1 {
                    if let name = model.name {
                        t("dashboard.welcomeName", ["name": name])
                    } else {
                        t("dashboard.welcome")
                    }
                }
                p(.class("lede")) {
                    t("dashboard.signedInAs", ["email": model.email, "role": t.label("role", model.role)])
                }
            }
            if let glance = model.glance { glanceSection(glance, t) }
            div(.class("cards")) {
                section(.class("card")) {
                    h2 { t("dashboard.partnerships.title") }
                    p { t("dashboard.partnerships.count", count: model.partnershipCount) }
                    p { a(.href(SiteURL.directory.path)) { t("dashboard.partnerships.directory") } }
                    p { a(.href(SiteURL.staffMilestones.path)) { t("dashboard.partnerships.milestones") } }
                    p { a(.href(SiteURL.staffPlanner.path)) { t("dashboard.partnerships.planner") } }
                    p { a(.href(SiteURL.gifts.path)) { t("dashboard.partnerships.gifts") } }
                    p { a(.href(SiteURL.staffPeople.path)) { t("dashboard.partnerships.people") } }
                    p { a(.href(SiteURL.events.path)) { t("dashboard.partnerships.events") } }
                    if model.role >= .coordinator {
                        p { a(.href(SiteURL.staffContributions.path)) { t("dashboard.partnerships.contributions") } }
                        p { a(.href(SiteURL.staffPledges.path)) { t("dashboard.partnerships.pledges") } }
                        p { a(.href(SiteURL.staffMembers.path)) { t("dashboard.partnerships.members") } }
                        p { a(.href(SiteURL.staffVolunteers.path)) { t("dashboard.partnerships.volunteers") } }
                        p { a(.href(SiteURL.staffReports.path)) { t("dashboard.partnerships.reports") } }
                        p { a(.href(SiteURL.staffOutbox.path)) { t("dashboard.partnerships.outbox") } }
                    }
                    p { a(.href(SiteURL.organisations.path)) { t("dashboard.partnerships.organisations") } }
                    if model.role >= .staff {
                        p { a(.href(SiteURL.newArticle.path)) { t("dashboard.partnerships.newArticle") } }
                        p { a(.href(SiteURL.newPartnership.path)) { t("dashboard.partnerships.newPartnership") } }
                        p { a(.href(SiteURL.staffCities.path)) { t("dashboard.partnerships.cities") } }
                    }
                }
                section(.class("card")) {
                    h2 { t("dashboard.tokens.title") }
                    p { t("dashboard.tokens.about") }
                    p { a(.href(SiteURL.staffTokens.path)) { t("dashboard.tokens.manage") } }
                }
                if model.role == .admin {
                    section(.class("card")) {
                        h2 { t("dashboard.users.title") }
                        p { t("dashboard.users.about") }
                        p { a(.href(SiteURL.staffUsers.path)) { t("dashboard.users.manage") } }
                    }
                }
                section(.class("card")) {
                    h2 { t("dashboard.account.title") }
                    p { a(.href(SiteURL.staffPassword.path)) { t("dashboard.account.password") } }
                    languageForm(model)
                    form(.attr("method", "post"), .attr("action", SiteURL.logout.path)) {
                        csrfField(model.csrfToken)
                        button(.attr("type", "submit")) { t("dashboard.account.signOut") }
                    }
                }
            }
        }
    }

    /// The user's own language: the one their pages are in unless they pick another with the switcher.
    private static func languageForm(_ model: Model) -> HTML {
        let t = model.page.t
        let options =
            [("", t("dashboard.language.browser"))]
            + Catalogs.shipped.languages.map { ($0, Localizer.autonym($0)) }
        return form(.class("inline-form"), .attr("method", "post"), .attr("action", SiteURL.staffLanguage.path)) {
            csrfField(model.csrfToken)
            FormControls.select(
                "language", t("dashboard.language.label"), options: options, selected: model.language ?? "",
                errors: [], hint: t("dashboard.language.hint"))
            button(.attr("type", "submit")) { t("dashboard.language.save") }
        }
    }

    /// The programme at a glance: charts where a person would rather look than read, with a way to the figures.
    private static func glanceSection(_ glance: Glance, _ t: Localizer) -> HTML {
        section(.class("glance"), .attr("aria-labelledby", "glance")) {
            h2(.id("glance")) { t("dashboard.glance.title") }
            if glance.contributions.rows.isEmpty && glance.members.isEmpty && glance.hours.totalMinutes == 0 {
                p(.class("muted")) { t("dashboard.glance.empty") }
            } else {
                div(.class("charts")) {
                    for currency in glance.contributions.currencies {
                        ReportCharts.money(glance.contributions, currency: currency, t)
                    }
                    if !glance.members.isEmpty { ReportCharts.members(glance.members, t) }
                    if glance.hours.totalMinutes > 0 { ReportCharts.hoursByYear(glance.hours, t) }
                }
            }
            p { a(.href(SiteURL.staffReports.path)) { t("dashboard.glance.reports") } }
        }
    }
}
