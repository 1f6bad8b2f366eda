import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@Suite struct PublicPagesTests {
    @Test func directoryListsTheTenDemoPartnerCities() async throws {
        try await withApp { client async throws in
            let response = try await client.send(.get, "/")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            let html = response.text
            #expect(html.hasPrefix("<!doctype html>"))
            #expect(html.contains(#"<html lang="en">"#))
            #expect(html.contains(##"<a class="skip-link" href="#main">"##))
            #expect(html.contains(#"<main id="main""#))
            for city in [
                "Kyoto", "Strasbourg", "Barcelona", "Hangzhou", "Padua", "Melbourne", "Taipei", "Sekondi-Takoradi",
                "Belfast", "Praia",
            ] {
                #expect(html.contains(">\(city)</a>"), "missing \(city)")
            }
            let links = html.components(separatedBy: #"class="city-link" href="/partnerships/"#).count - 1
            #expect(links == 10)
            // A space keeps the names apart for screen readers and text browsers.
            #expect(html.contains(#">Kyoto</a> <span class="native-name" lang="ja">京都市</span>"#))
            #expect(html.contains("Japan"))
            #expect(html.contains(">1959<"))
            #expect(html.contains("Sister city"))
            // Oldest tie first: Kyoto (1959) before Praia (2015).
            let kyoto = try #require(html.range(of: ">Kyoto</a>"))
            let praia = try #require(html.range(of: ">Praia</a>"))
            #expect(kyoto.lowerBound < praia.lowerBound)
        }
    }

    @Test func directorySortsByPartnerNameAndRefusesUnknownSorts() async throws {
        try await withApp { client async throws in
            let html = try await client.send(.get, "/?sort=partner").text
            let barcelona = try #require(html.range(of: ">Barcelona</a>"))
            let kyoto = try #require(html.range(of: ">Kyoto</a>"))
            #expect(barcelona.lowerBound < kyoto.lowerBound)
            let bad = try await client.send(.get, "/?sort=sideways", headers: [.accept: "text/html"])
            #expect(bad.status == .badRequest)
            #expect(bad.headers[.contentType] == "text/html; charset=utf-8")
            #expect(bad.text.contains("Bad request"))
            #expect(bad.text.contains("sort:"))
        }
    }

    @Test func emptyProgrammeShowsAnEmptyState() async throws {
        try await withApp(demo: false) { client async throws in
            let html = try await client.send(.get, "/").text
            #expect(html.contains("No partnerships are recorded yet."))
            #expect(!html.contains("Kyoto"))
        }
    }

    @Test func kyotoPageShowsCitiesAgreementsAndSignatories() async throws {
        try await withApp { client async throws in
            let list = try JSONBody.items(try await client.send(.get, "/api/v1/partnerships?country=JP"))
            let id = try #require(list.first?["id"] as? String)
            let response = try await client.send(.get, "/partnerships/\(id.lowercased())")
            #expect(response.status == .ok)
            let html = response.text
            #expect(html.contains("<h1>Boston – Kyoto</h1>"))
            #expect(html.contains("京都市"))
            #expect(html.contains(#"<time datetime="1959-06-24">24 June 1959</time>"#))
            #expect(html.contains(">Agreements</h2>"))
            for person in ["Martin J. Walsh", "Daisaku Kadokawa", "Kazuhiro Terada"] {
                #expect(html.contains("<strong>\(person)</strong>"))
            }
            #expect(html.contains("Chair of the Kyoto City Assembly"))
            for area in ["Education", "Culture", "Commerce", "Community"] { #expect(html.contains("<li>\(area)</li>")) }
            #expect(
                html.contains("https://www.boston.gov/news/mayor-walsh-reaffirms-sister-city-partnership-kyoto-japan"))
            // The founding agreement comes before the renewal.
            let founding = try #require(html.range(of: "Founding agreement"))
            let renewal = try #require(html.range(of: "Renewal"))
            #expect(founding.lowerBound < renewal.lowerBound)
        }
    }

    @Test func unknownPartnershipIsAReadable404Page() async throws {
        try await withApp { client async throws in
            let response = try await client.send(.get, "/partnerships/\(UUID())", headers: [.accept: "text/html"])
            #expect(response.status == .notFound)
            #expect(response.text.contains("<h1>Not found</h1>"))
            let junk = try await client.send(.get, "/partnerships/not-an-id", headers: [.accept: "text/html"])
            #expect(junk.status == .notFound)
        }
    }

    @Test func textIsEscapedEverywhere() async throws {
        try await withApp(demo: false) { client async throws in
            let city = try JSONBody.object(
                try await client.send(.post, "/api/v1/cities", json: #"{"name":"Home","country":"US"}"#))
            let homeID = try #require(city["id"] as? String)
            _ = try await client.send(
                .put, "/api/v1/programme", json: #"{"name":"<b>Prog</b>","homeCityId":"\#(homeID)"}"#)
            let evil = try JSONBody.object(
                try await client.send(
                    .post, "/api/v1/cities", json: #"{"name":"<script>alert(1)</script>","country":"FR"}"#))
            let evilID = try #require(evil["id"] as? String)
            let created = try await client.send(
                .post, "/api/v1/partnerships",
                json: #"{"partnerCityId":"\#(evilID)","summary":"\"quoted\" & <i>tagged</i>"}"#)
            #expect(created.status == .created)
            let html = try await client.send(.get, "/").text
            #expect(!html.contains("<script>alert(1)</script>"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(html.contains("&lt;b&gt;Prog&lt;/b&gt;"))
            let id = try #require(try JSONBody.object(created)["id"] as? String)
            let page = try await client.send(.get, "/partnerships/\(id)").text
            #expect(page.contains("&quot;quoted&quot; &amp; &lt;i&gt;tagged&lt;/i&gt;"))
        }
    }

    @Test func stylesheetAndHealthAreServed() async throws {
        try await withApp(demo: false) { client async throws in
            let css = try await client.send(.get, "/assets/app.css")
            #expect(css.status == .ok)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            #expect(css.text.contains(".directory"))
            let icon = try await client.send(.get, "/assets/favicon.svg")
            #expect(icon.status == .ok)
            #expect(icon.headers[.contentType] == "image/svg+xml; charset=utf-8")
            let health = try await client.send(.get, "/health")
            #expect(health.status == .ok)
            #expect(try JSONBody.object(health)["status"] as? String == "ok")
        }
    }
}
