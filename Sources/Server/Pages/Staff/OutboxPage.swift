import Domain
import Foundation
import Hummingbird

/// `/staff/outbox`: every email the programme sent or is sending, with its delivery state.
enum OutboxPage {
    static func view(programmeName: String, email: String, messages: [OutboxMessage], page: PageContext) -> HTML {
        let t = page.t
        let queued = t("outbox.queued")
        let to = t("outbox.to")
        let subject = t("outbox.subject")
        let state = t("outbox.state")
        let attempts = t("outbox.attempts")
        return Layout.view(
            Layout.Model(
                title: t("outbox.title"), siteName: programmeName, description: nil, signedInAs: email, page: page)
        ) {
            h1 { t("outbox.title") }
            p(.class("lede")) {
                t(
                    "outbox.lede", count: messages.count,
                    ["attempts": t.number(OutboxMessage.maxAttempts)])
            }
            if messages.isEmpty {
                div(.class("empty-state")) { p { t("outbox.empty") } }
            } else {
                div(.class("table-scroll")) {
                    element("table", [.class("directory")]) {
                        element("thead") {
                            element("tr") {
                                for column in [queued, to, subject, state, attempts] {
                                    element("th", [.attr("scope", "col")]) { column }
                                }
                            }
                        }
                        element("tbody") {
                            for message in messages {
                                element("tr") {
                                    element("td", [.attr("data-label", queued)]) {
                                        t.timestamp(message.createdAt)
                                    }
                                    element("td", [.attr("data-label", to)]) { message.to }
                                    element("td", [.attr("data-label", subject)]) { message.subject }
                                    element("td", [.attr("data-label", state)]) {
                                        t.label("outbox.states", message.state)
                                        if let error = message.lastError { span(.class("region")) { error } }
                                    }
                                    element("td", [.attr("data-label", attempts)]) { t.number(message.attempts) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

struct OutboxPagesController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .staffOutbox) { request, context in
            let (_, actor) = try context.signedIn(request, to: services.programmeID)
            try context.authorize(.editPeople, in: services.programmeID)
            let programme = try context.programme
            return HTMLResponse.private(
                OutboxPage.view(
                    programmeName: programme.name, email: actor.user.email,
                    messages: try await services.outbox.recent(limit: 100, in: services.programmeID),
                    page: context.page(request)))
        }
    }
}
