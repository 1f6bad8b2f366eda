import Domain
import Foundation
import Hummingbird

/// `/staff/outbox`: every email the programme sent or is sending, with its delivery state.
enum OutboxPage {
    static func view(programmeName: String, email: String, messages: [OutboxMessage]) -> HTML {
        Layout.view(Layout.Model(title: "Outbox", siteName: programmeName, description: nil, signedInAs: email)) {
            h1 { "Outbox" }
            p(.class("lede")) {
                "The newest \(messages.count) emails. Each is recorded before it is sent; a failed delivery is retried "
                "up to \(OutboxMessage.maxAttempts) times, and a message that still fails stays here, marked failed."
            }
            if messages.isEmpty {
                div(.class("empty-state")) { p { "No email has been sent yet." } }
            } else {
                div(.class("table-scroll")) {
                    element("table", [.class("directory")]) {
                        element("thead") {
                            element("tr") {
                                for column in ["Queued", "To", "Subject", "State", "Attempts"] {
                                    element("th", [.attr("scope", "col")]) { column }
                                }
                            }
                        }
                        element("tbody") {
                            for message in messages {
                                element("tr") {
                                    element("td", [.attr("data-label", "Queued")]) {
                                        Format.timestamp(message.createdAt)
                                    }
                                    element("td", [.attr("data-label", "To")]) { message.to }
                                    element("td", [.attr("data-label", "Subject")]) { message.subject }
                                    element("td", [.attr("data-label", "State")]) {
                                        message.state.rawValue
                                        if let error = message.lastError { span(.class("region")) { error } }
                                    }
                                    element("td", [.attr("data-label", "Attempts")]) { String(message.attempts) }
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
            let programme = try await services.programmes.find(services.programmeID)
            return HTMLResponse.private(
                OutboxPage.view(
                    programmeName: programme.name, email: actor.user.email,
                    messages: try await services.outbox.recent(limit: 100, in: services.programmeID)))
        }
    }
}
