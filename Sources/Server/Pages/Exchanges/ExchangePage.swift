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
    }

    static func view(_ model: Model) -> HTML {
        Layout.view(
            Layout.Model(title: model.title, siteName: model.programmeName, description: nil, signedInAs: model.email)
        ) {
            nav(.class("breadcrumb"), .attr("aria-label", "Breadcrumb")) {
                a(.href(model.partnership.url)) { model.partnership.title }
                if model.canEdit {
                    " · "
                    a(.href(SiteURL.editExchange(model.id).path)) { "Edit" }
                    " · "
                    a(.href(SiteURL.deleteExchange(model.id).path), .class("danger-link")) { "Delete…" }
                }
            }
            div(.class("page-intro")) {
                h1 { model.title }
                p(.class("lede")) { model.summary }
            }
            if !model.purposes.isEmpty { ul(.class("tags")) { for purpose in model.purposes { li { purpose } } } }
            section(.attr("aria-labelledby", "members")) {
                h2(.id("members")) { "Members" }
                if model.members.isEmpty {
                    p(.class("muted")) { "None recorded." }
                } else {
                    ul {
                        for member in model.members {
                            li {
                                strong { member.name }; ", \(member.role)"
                            }
                        }
                    }
                }
            }
            if !model.itinerary.isEmpty {
                section(.attr("aria-labelledby", "itinerary")) {
                    h2(.id("itinerary")) { "Itinerary" }
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
                    h2(.id("outcomes")) { "Outcomes" }
                    p(.class("summary")) { outcomes }
                }
            }
        }
    }
}
