import Domain
import Foundation
import FoundationXML
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@testable import Server

@Suite struct NewsTests {
    @Test func theDemoTellsTheRenewalDatedApril2019() async throws {
        try await withApp { app async throws in
            let articles = try JSONBody.items(try await app.send(.get, "/api/v1/articles", as: .anonymous))
            let story = try #require(articles.first)
            #expect(story["publishedAt"] as? String == "2019-04-12T12:00:00Z")
            #expect((story["body"] as? String)?.contains("kanreki") == true)
            #expect((story["html"] as? String)?.contains("<strong>kanreki</strong>") == true)
            let page = try await app.send(.get, try #require(story["url"] as? String), as: .anonymous)
            #expect(page.text.contains(#"<time datetime="2019-04-12">12 April 2019</time>"#))
            #expect(page.text.contains("<h2>Why the sixtieth year</h2>"))
            let list = try await app.send(.get, "/news", as: .anonymous)
            #expect(list.text.contains("Boston and Kyoto sign again, sixty years on"))
            #expect(list.text.contains(#"type="application/atom+xml""#))
            // The partnership's page links it, in its news and on its timeline.
            let partnership = try #require((story["partnershipIds"] as? [String])?.first)
            let tie = try await app.send(.get, "/partnerships/\(partnership)", as: .anonymous)
            #expect(tie.text.contains(#"<h2 id="timeline">Timeline</h2>"#))
            #expect(tie.text.contains(#"<h2 id="news">News</h2>"#))
            #expect(tie.text.contains("60th anniversary"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func draftsStayWithMembersUntilPublished(database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let created = try await app.send(
                .post, "/api/v1/articles",
                json:
                    #"{"title":"Next year's delegation","body":"Plans <script>alert(1)</script> [x](javascript:alert(1))"}"#
            )
            #expect(created.status == .created)
            let article = try JSONBody.object(created)
            let id = try #require(article["id"] as? String)
            #expect(article["status"] as? String == "draft")
            #expect(article["publishedAt"] == nil)
            let html = try #require(article["html"] as? String)
            #expect(html.contains("&lt;script&gt;") && !html.contains("<script>") && !html.contains("javascript:"))

            // The public cannot see it anywhere.
            #expect(try await app.send(.get, "/api/v1/articles/\(id)", as: .anonymous).status == .notFound)
            #expect(try await app.send(.get, "/news/\(id)", as: .anonymous).status == .notFound)
            #expect(!(try await app.send(.get, "/news", as: .anonymous)).text.contains("Next year"))
            #expect(!(try await app.send(.get, "/news.atom", as: .anonymous)).text.contains("Next year"))
            #expect(try await app.send(.get, "/api/v1/articles?status=draft", as: .anonymous).status == .unauthorized)
            let viewer = try await app.user(.viewer).token
            #expect(try await app.send(.get, "/api/v1/articles/\(id)", as: .token(viewer)).status == .ok)
            #expect(
                try await app.send(.post, "/api/v1/articles", json: #"{"title":"a","body":"b"}"#, as: .token(viewer))
                    .status == .forbidden)

            // Published, it shows; published again, it keeps its date.
            let published = try await app.send(
                .put, "/api/v1/articles/\(id)",
                json:
                    #"{"title":"Next year's delegation","body":"Plans.","status":"published","publishedAt":"2026-05-01"}"#
            )
            #expect(try JSONBody.object(published)["publishedAt"] as? String == "2026-05-01T00:00:00Z")
            let again = try await app.send(
                .put, "/api/v1/articles/\(id)",
                json: #"{"title":"Next year's delegation","body":"Plans!","status":"published"}"#)
            #expect(try JSONBody.object(again)["publishedAt"] as? String == "2026-05-01T00:00:00Z")
            #expect(try await app.send(.get, "/news/\(id)", as: .anonymous).status == .ok)
            let history = try JSONBody.items(try await app.send(.get, "/api/v1/articles/\(id)/history"))
            #expect(history.count == 3)
        }
    }

    @Test func namesEveryBadField() async throws {
        try await withApp { app async throws in
            let response = try await app.send(
                .post, "/api/v1/articles",
                json:
                    #"{"title":" ","body":"","status":"draft","publishedAt":"yesterday","partnershipIds":["6f1c1d4e-1111-4a2b-9c3d-000000000000"]}"#
            )
            #expect(response.status == .unprocessableContent)
            let fields = Set(
                try #require(try JSONBody.object(response)["errors"] as? [[String: Any]]).compactMap {
                    $0["field"] as? String
                })
            #expect(fields == ["title", "body", "publishedAt", "partnershipIds[0]"])
            #expect(
                try await app.send(.post, "/api/v1/articles", json: #"{"title":"a","body":"b","status":"live"}"#).status
                    == .unprocessableContent)
            #expect(try await app.send(.get, "/api/v1/articles?status=secret").status == .badRequest)
        }
    }

    @Test func theAtomFeedIsWellFormedWithAbsoluteLinks() async throws {
        try await withApp(configure: { $0.publicURL = "https://sistercities.example.org" }) { app async throws in
            _ = try await app.send(
                .post, "/api/v1/articles",
                json:
                    #"{"title":"Tom & Jerry <visit>","body":"A & B","status":"published","publishedAt":"2020-01-02T03:04:05Z"}"#
            )
            let response = try await app.send(.get, "/news.atom", as: .anonymous)
            #expect(response.headers[.contentType] == "application/atom+xml; charset=utf-8")
            let feed = try AtomReader.read(Data(response.text.utf8))
            #expect(feed.titles.first == "Tom & Jerry <visit>")
            #expect(feed.titles.count == 2)
            #expect(feed.links.contains("https://sistercities.example.org/news.atom"))
            #expect(feed.links.allSatisfy { $0.hasPrefix("https://sistercities.example.org/") })
            #expect(feed.ids.allSatisfy { $0.hasPrefix("urn:uuid:") })
            #expect(feed.contents.first == "<p>A &amp; B</p>")
        }
    }
}

/// Reads an Atom document with Foundation's XML parser: titles of entries, every link, ids and contents.
final class AtomReader: NSObject, XMLParserDelegate {
    var titles: [String] = []
    var links: [String] = []
    var ids: [String] = []
    var contents: [String] = []
    private var text = ""
    private var inEntry = false

    static func read(_ data: Data) throws -> AtomReader {
        let reader = AtomReader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        return reader
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        text = ""
        if name == "entry" { inEntry = true }
        if name == "link", let href = attributes["href"] { links.append(href) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "title" where inEntry: titles.append(text)
        case "id": ids.append(text)
        case "content": contents.append(text)
        case "entry": inEntry = false
        default: break
        }
    }
}
