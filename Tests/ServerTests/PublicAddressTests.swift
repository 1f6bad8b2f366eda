import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Storage
import TestSupport
import Testing

@testable import Server

/// Absolute links in mail and feeds come from configuration, never from a request's headers.
@Suite struct PublicAddressTests {
    @Test func aForgedHostDoesNotReachTheEmailedCancelLink() async throws {
        try await withApp { app async throws in
            let created = try await app.send(
                .post, "/api/v1/events",
                json: #"{"title":"Tea ceremony","kind":"ceremony","start":"2030-05-01","allDay":true,"capacity":3}"#)
            let id = try #require(try JSONBody.object(created)["id"] as? String)
            var visitor = Browser(app)
            let forged: HTTPFields = [
                HTTPField.Name("Host")!: "evil.example", HTTPField.Name("X-Forwarded-Proto")!: "http",
                HTTPField.Name("X-Forwarded-Host")!: "evil.example",
            ]
            let page = try await visitor.send(.get, "/events/\(id)", headers: forged)
            #expect(page.status == .ok)
            let registered = try await visitor.send(
                .post, "/events/\(id)/register", form: ["name": "Aiko Tanaka", "email": "aiko@example.org"],
                headers: forged)
            #expect(registered.status == .ok || registered.status == .created)
            let mail = try #require(
                try await FluentOutboxRepository(store: app.store).recent(limit: 10, in: nil).first {
                    $0.to.contains("aiko@example.org")
                })
            #expect(!mail.body.contains("evil.example"))
            #expect(mail.body.contains("http://127.0.0.1:8080/registrations/cancel?token="))
            let feed = try await app.send(.get, "/news.atom", headers: forged, as: .anonymous)
            #expect(!feed.text.contains("evil.example"))
        }
    }

    @Test func theBaseIsThePublicURLOrTheListeningAddress() {
        var config = AppConfig(host: "0.0.0.0", port: 9000)
        #expect(config.publicBase == "http://localhost:9000")
        config.host = "::1"
        #expect(config.publicBase == "http://[::1]:9000")
        config.publicURL = "https://cities.example.org"
        #expect(config.publicBase == "https://cities.example.org")
    }
}
