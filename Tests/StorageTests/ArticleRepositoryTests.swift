import Domain
import Foundation
import Storage
import TestSupport
import Testing

@Suite struct ArticleRepositoryTests {
    @Test(arguments: TestDatabase.all)
    func listsDraftsFirstThenNewestAndFiltersByPartnership(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let articles = FluentArticleRepository(store: store)
            let kyoto = try await fixture.partner(try await fixture.city("Kyoto", "JP"))
            let paris = try await fixture.partner(try await fixture.city("Paris", "FR"))
            let id = fixture.programme.id
            let day = { (text: String) in ISO8601DateFormatter().date(from: text + "T12:00:00Z")! }
            _ = try await articles.create(
                ArticleDraft(
                    title: "Renewal", body: "Signed.", partnershipIDs: [kyoto.id, paris.id, kyoto.id],
                    publishedAt: day("2019-04-12")), in: id, by: .system("test"))
            _ = try await articles.create(
                ArticleDraft(
                    title: "Founding", body: "1959.", partnershipIDs: [kyoto.id], publishedAt: day("1959-06-24")),
                in: id, by: .system("test"))
            let draft = try await articles.create(
                ArticleDraft(title: "Next visit", body: "Soon.", partnershipIDs: [paris.id]), in: id,
                by: .system("test"))

            let published = try await articles.list(in: id, ArticleQuery())
            #expect(published.items.map(\.title) == ["Renewal", "Founding"])
            #expect(published.items[0].partnershipIDs == [kyoto.id, paris.id])
            #expect(
                try await articles.list(in: id, ArticleQuery(status: .all)).items.map(\.title)
                    == ["Next visit", "Renewal", "Founding"])
            #expect(try await articles.list(in: id, ArticleQuery(status: .draft)).items.map(\.id) == [draft.id])
            #expect(
                try await articles.list(in: id, ArticleQuery(status: .all, partnershipID: paris.id)).items.map(\.title)
                    == ["Next visit", "Renewal"])

            // Deleting a partnership unlinks its articles but keeps them.
            try await fixture.partnerships.delete(paris.id, in: id, by: .system("test"))
            #expect(try await articles.find(draft.id, in: id).partnershipIDs == [])

            let unknown = await caught {
                _ = try await articles.create(
                    ArticleDraft(title: "x", body: "y", partnershipIDs: [UUID()]), in: id, by: .system("test"))
            }
            guard case .invalid(let issues) = unknown as? DomainError else {
                Issue.record("an unknown partnership was accepted")
                return
            }
            #expect(issues.map(\.field) == ["partnershipIds[0]"])
        }
    }

    @Test(arguments: TestDatabase.all)
    func aDeletedArticleComesBackFromItsHistory(database: TestDatabase) async throws {
        try await database.withStore { store in
            let fixture = try await Fixture(store: store)
            let articles = FluentArticleRepository(store: store)
            let id = fixture.programme.id
            let when = Date(timeIntervalSince1970: 1_555_070_400)
            let article = try await articles.create(
                ArticleDraft(title: "Renewal", body: "**Signed.**", publishedAt: when), in: id, by: .system("test"))
            try await articles.delete(article.id, in: id, by: .system("test"))
            let entry = try #require(try await fixture.audit.history(of: .article, id: article.id, in: id).first)
            #expect(entry.action == .delete)
            try await fixture.audit.restore(entry, in: id, by: .system("test"))
            let back = try await articles.find(article.id, in: id)
            #expect(back.body == "**Signed.**")
            #expect(back.publishedAt == when)
        }
    }
}
