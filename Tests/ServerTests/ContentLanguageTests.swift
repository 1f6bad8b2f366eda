import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@testable import Server

/// News, gifts, organisations and the world directory speak the reader's language.
@Suite struct ContentLanguageTests {
    @Test func contentPagesSpeakJapaneseWithJapaneseDates() async throws {
        try await withApp { app async throws in
            let ids = try await CatalogTests.demoIDs(app)
            let house = try #require(
                try JSONBody.items(try await app.send(.get, "/api/v1/gifts?q=house")).first?["id"] as? String)
            let pages: [(path: String, texts: [String])] = [
                ("/news", ["<h1>ニュース</h1>", "2019年4月12日", "Atomフィード"]),
                ("/news/\(ids["article"]!)", ["ニュース一覧", "2019年4月12日", "関連する提携：", "ボストン – 京都市"]),
                ("/gifts", ["<h1>都市間の贈り物</h1>", "贈り物を検索", "1979年</time>、"]),
                ("/gifts?q=%3Cscript%3E", ["「&lt;script&gt;」に一致する贈り物はありません。"]),
                ("/gifts/\(house)", ["<dt>贈呈</dt><dd>1979年</dd>", "<h2 id=\"images\">画像</h2>", "へ。"]),
                ("/organisations", ["<h1>団体</h1>", "団体の種類", "市役所"]),
                ("/organisations/\(ids["organisation"]!)", ["関わっている提携", "団体一覧"]),
                ("/world", ["<h1>世界の姉妹都市ディレクトリ</h1>", "2つの都市はどうつながっている？", "国別"]),
            ]
            for (path, texts) in pages {
                let page = try await app.send(.get, path, headers: LanguageTests.accepting("ja"), as: .anonymous)
                #expect(page.status == .ok, "\(path)")
                #expect(page.text.contains(#"<html lang="ja">"#), "\(path)")
                #expect(page.headers[.contentLanguage] == "ja", "\(path)")
                for text in texts { #expect(page.text.contains(text), "\(path) has no “\(text)”") }
            }
            // The same pages in English keep their wording.
            let news = try await app.send(.get, "/news", as: .anonymous)
            #expect(news.text.contains("<h1>News</h1>") && news.text.contains("12 April 2019"))
        }
    }
}
