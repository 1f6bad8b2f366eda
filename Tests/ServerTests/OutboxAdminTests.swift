import Domain
import Foundation
import HTTPTypes
import Storage
import TestSupport
import Testing

@testable import Server

@Suite struct OutboxAdminTests {
    @Test func sendDrainsTheOutboxIntoTheFolderAndListSaysSo() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outbox-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try await withApp { app async throws in
            let created = try await app.send(
                .post, "/api/v1/events",
                json: #"{"title":"Tea ceremony","kind":"ceremony","start":"2030-05-01","allDay":true,"capacity":5}"#)
            let id = try #require(try JSONBody.object(created)["id"] as? String)
            _ = try await app.send(
                .post, "/api/v1/events/\(id)/registrations", json: #"{"name":"Aiko","email":"aiko@example.org"}"#,
                as: .anonymous)
            let before = try await OutboxAdmin.list(location: app.store.location, limit: 10)
            #expect(
                before.count == 1
                    && before[0].contains("\tpending\t0\taiko@example.org\tYou are registered: Tea ceremony"))
            let (sent, waiting) = try await OutboxAdmin.send(
                location: app.store.location, smtpURL: nil, mailDirectory: folder.path, from: "no-reply@example.org")
            #expect(sent == 1 && waiting == 0)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 1)
            let after = try await OutboxAdmin.list(location: app.store.location, limit: 10)
            #expect(after[0].contains("\tsent\t1\t"))
        }
    }
}
