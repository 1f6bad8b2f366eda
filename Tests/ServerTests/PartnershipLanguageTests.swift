import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@testable import Server

/// The partnership page — the one a press release links to — in the reader's language.
@Suite struct PartnershipLanguageTests {
    static func kyoto(_ app: TestApp) async throws -> String {
        let items = try JSONBody.items(try await app.send(.get, "/api/v1/partnerships?limit=50"))
        let kyoto = items.first { (($0["partnerCity"] as? [String: Any])?["name"] as? String) == "Kyoto" }
        return try #require(kyoto?["id"] as? String)
    }

    @Test func theBostonKyotoPageSpeaksJapaneseToAJapaneseReader() async throws {
        try await withApp { app async throws in
            let id = try await Self.kyoto(app)
            let page = try await app.send(
                .get, "/partnerships/\(id)", headers: LanguageTests.accepting("ja,en;q=0.5"), as: .anonymous)
            #expect(page.status == .ok)
            #expect(page.headers[.contentLanguage] == "ja")
            let html = page.text
            #expect(html.contains(#"<html lang="ja">"#))
            // Both cities by their Japanese names, the dates as Japanese writes them.
            #expect(html.contains("<h1>ボストン – 京都市</h1>"))
            #expect(html.contains("京都市"))
            #expect(html.contains(#"<time datetime="1959-06-24">1959年6月24日</time>"#))
            #expect(html.contains("1959年"))
            // The interface: the lede, the city cards, the sections, the timeline's own words.
            #expect(html.contains("姉妹都市 · 活動中"))
            #expect(html.contains("1959年6月24日</time>提携"))
            for text in [
                "<p class=\"role\">当市</p>", "<p class=\"role\">提携都市</p>", "<dt>人口</dt>", ">交流分野</h2>",
                ">提携の歩み</h2>", ">協定</h2>", "署名者", ">姉妹都市の一覧</a>", "姉妹都市提携を締結", "提携60周年",
                "提携協定", "<li>教育</li>", "ダイヤモンド婚 · 還暦", "銀婚",
            ] {
                #expect(html.contains(text), "no “\(text)” on the Japanese page")
            }
            #expect(html.contains("北緯"))
            for english in [
                ">Agreements</h2>", ">Timeline</h2>", "Signatories", "Home city", "tie established", "Silver",
                "kanreki",
            ] {
                #expect(!html.contains(english), "“\(english)” is still English on the Japanese page")
            }

            // The same page in English is as it was.
            let english = try await app.send(.get, "/partnerships/\(id)", as: .anonymous).text
            #expect(english.contains(#"<html lang="en">"#))
            #expect(english.contains("<h1>Boston – Kyoto</h1>"))
            #expect(english.contains(#"since <time datetime="1959-06-24">24 June 1959</time>"#))
            #expect(english.contains("Sister city tie established"))
            #expect(english.contains("Diamond · kanreki 還暦"))
        }
    }

    @Test func theHealthOfTheTieSpeaksJapaneseToAMember() async throws {
        try await withApp { app async throws in
            let id = try await Self.kyoto(app)
            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            try await browser.signIn("staff@example.org")
            let html = try await browser.send(
                .get, "/partnerships/\(id)", headers: LanguageTests.accepting("ja")
            ).text
            #expect(html.contains(#"<html lang="ja">"#))
            #expect(html.contains(#"<h2 id="health">提携の状況</h2>"#))
            #expect(html.contains("前回の訪問"))
            #expect(html.contains("休止のおそれがあります。"))
            #expect(!html.contains("Health of the tie"))
        }
    }
}
