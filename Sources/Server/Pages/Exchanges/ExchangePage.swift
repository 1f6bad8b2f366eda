import Domain
import Foundation

/// One delegation or exchange: who went where, why, what they did and what came of it.
enum ExchangePage {
    struct Model {
        var programmeName: String
        var email: String
        var id: UUID
        var title: String
        var summary: String
        var partnership: (title: String, url: String)
        var purposes: [String]
        var members: [(name: String, role: String)]
        var itinerary: [(title: String, url: String, when: String)]
        var outcomes: String?
        var canEdit: Bool
        var page: PageContext
    }

    static func view(_ model: Model) -> HTML {
        let t = model.page.t
        return Layout.view(
            Layout.Model(
                title: model.title, siteName: model.programmeName, description: nil, signedInAs: model.email,
                page: model.page)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", t("exchanges.breadcrumb"))) {
                a(.href(model.partnership.url)) { model.partnership.title }
                if model.canEdit {
                    " · "
                    a(.href(SiteURL.editExchange(model.id).path)) { t("exchanges.edit") }
                    " · "
                    a(.href(SiteURL.deleteExchange(model.id).path), .class("danger-link")) { t("exchanges.delete") }
                }
            }
            div(.class("page-intro")) {
                h1 { model.title }
                p(.class("lede")) { model.summary }
            }
            if !model.purposes.isEmpty { ul(.class("tags")) { for purpose in model.purposes { li { purpose } } } }
            section(.attr("aria-labelledby", "members")) {
                h2(.id("members")) { t("exchanges.members") }
                if model.members.isEmpty {
                    p(.class("muted")) { t("exchanges.noMembers") }
                } else {
                    ul {
                        for member in model.members {
                            li {
                                strong { member.name }; t("exchanges.memberRole", ["role": member.role])
                            }
                        }
                    }
                }
            }
            if !model.itinerary.isEmpty {
                section(.attr("aria-labelledby", "itinerary")) {
                    h2(.id("itinerary")) { t("exchanges.itinerary") }
                    ol {
                        for stop in model.itinerary {
                            li {
                                a(.href(stop.url)) { stop.title }
                                span(.class("muted")) { " · \(stop.when)" }
                            }
                        }
                    }
                }
            }
            if let outcomes = model.outcomes {
                section(.attr("aria-labelledby", "outcomes")) {
                    h2(.id("outcomes")) { t("exchanges.outcomes") }
                    p(.class("summary")) { outcomes }
                }
            }
        }
    }
}
