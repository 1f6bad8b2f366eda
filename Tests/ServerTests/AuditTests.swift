import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@testable import Server

@Suite struct AuditTests {
    func kyoto(_ app: TestApp) async throws -> (partnership: String, city: String) {
        let item = try #require(
            try JSONBody.items(try await app.send(.get, "/api/v1/partnerships?country=JP", as: .anonymous)).first)
        return (
            try #require(item["id"] as? String),
            try #require((item["partnerCity"] as? [String: Any])?["id"] as? String)
        )
    }

    @Test(arguments: TestDatabase.all)
    func apiWritesAreRecordedAndRestorable(database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let (id, city) = try await kyoto(app)
            let changed = try await app.send(
                .put, "/api/v1/partnerships/\(id)",
                json: #"{"partnerCityId":"\#(city)","summary":"Rewritten by mistake."}"#)
            #expect(changed.status == .ok)
            let history = try JSONBody.items(try await app.send(.get, "/api/v1/partnerships/\(id)/history"))
            let newest = try #require(history.first)
            #expect(newest["action"] as? String == "update")
            #expect((newest["author"] as? [String: Any])?["label"] as? String == "admin@example.org")
            #expect(((newest["after"] as? [String: Any])?["summary"] as? String) == "Rewritten by mistake.")
            #expect(((newest["before"] as? [String: Any])?["established"] as? String) == "1959-06-24")
            // The demo loader's creation is the first entry; restoring it puts the record back.
            let creation = try #require(history.last { $0["entity"] as? String == "partnership" })
            #expect(creation["action"] as? String == "create")
            #expect((creation["author"] as? [String: Any])?["label"] as? String == "demo data")
            let restoreID = try #require(creation["id"] as? String)
            let restored = try await app.send(.post, "/api/v1/history/\(restoreID)/restore")
            #expect(restored.status == .noContent)
            let back = try await app.getJSON("/api/v1/partnerships/\(id)")
            #expect(back["established"] as? String == "1959-06-24")
            #expect((back["summary"] as? String)?.hasPrefix("Boston's first sister city.") == true)
            let after = try JSONBody.items(try await app.send(.get, "/api/v1/partnerships/\(id)/history"))
            #expect(after.first?["action"] as? String == "restore")
        }
    }

    @Test func historyIsForSignedInMembersAndRestoringIsForEditors() async throws {
        try await withApp { app async throws in
            let (id, city) = try await kyoto(app)
            #expect(
                try await app.send(.get, "/api/v1/partnerships/\(id)/history", as: .anonymous).status == .unauthorized)
            let (_, viewer) = try await app.user(.viewer)
            let readable = try await app.send(.get, "/api/v1/partnerships/\(id)/history", as: .token(viewer))
            #expect(readable.status == .ok)
            let entry = try #require(try JSONBody.items(readable).first?["id"] as? String)
            #expect(
                try await app.send(.post, "/api/v1/history/\(entry)/restore", as: .token(viewer)).status == .forbidden)
            let (_, editor) = try await app.user(.partnerEditor, scope: [UUID(uuidString: id)!])
            #expect(
                try await app.send(.post, "/api/v1/history/\(entry)/restore", as: .token(editor)).status == .noContent)
            // A partner editor of Kyoto cannot restore Strasbourg.
            let strasbourg = try #require(
                try JSONBody.items(try await app.send(.get, "/api/v1/partnerships?country=FR", as: .anonymous)).first?[
                    "id"] as? String)
            let other = try #require(
                try JSONBody.items(try await app.send(.get, "/api/v1/partnerships/\(strasbourg)/history")).first?["id"]
                    as? String)
            #expect(
                try await app.send(.post, "/api/v1/history/\(other)/restore", as: .token(editor)).status == .forbidden)
            _ = city
        }
    }

    @Test func deletedAgreementsComeBackFromThePartnershipsHistoryPage() async throws {
        try await withApp { app async throws in
            let (id, _) = try await kyoto(app)
            let agreements = try JSONBody.items(
                try await app.send(.get, "/api/v1/partnerships/\(id)/agreements", as: .anonymous))
            let renewal = try #require(agreements.first { $0["kind"] as? String == "renewal" }?["id"] as? String)
            #expect(try await app.send(.delete, "/api/v1/agreements/\(renewal)").status == .noContent)
            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            try await browser.signIn("staff@example.org")
            let partnershipPage = try await browser.send(.get, "/partnerships/\(id)")
            #expect(partnershipPage.text.contains(#"href="/partnerships/\#(id)/history""#))
            let page = try await browser.send(.get, "/partnerships/\(id)/history")
            #expect(page.status == .ok)
            #expect(page.text.contains("Deleted the agreement"))
            #expect(page.text.contains("Kazuhiro Terada, Chair of the Kyoto City Assembly"))
            #expect(page.text.contains("<th scope=\"row\">Signatories</th>"))
            #expect(!page.text.contains("partnershipID"), "internal ids stay out of the page")
            // The newest entry is the deletion; follow its restore link and confirm.
            let link = try #require(
                page.text.range(of: #"href="/history/"#).map { page.text[$0.upperBound...].prefix(36) })
            let confirm = try await browser.send(.get, "/history/\(link)/restore")
            #expect(confirm.text.contains("Restore this version of the agreement?"))
            let csrf = try #require(Browser.csrfToken(in: confirm.text))
            let done = try await browser.send(.post, "/history/\(link)/restore", form: ["csrf_token": csrf])
            #expect(done.status == .seeOther)
            let again = try JSONBody.items(
                try await app.send(.get, "/api/v1/partnerships/\(id)/agreements", as: .anonymous))
            #expect(again.contains { $0["id"] as? String == renewal })
            // The public sees no history.
            var stranger = Browser(app)
            #expect(try await stranger.send(.get, "/partnerships/\(id)/history").status == .seeOther)
            #expect(!(try await stranger.send(.get, "/partnerships/\(id)")).text.contains("/history"))
        }
    }
}
