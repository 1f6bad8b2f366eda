import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@testable import Server

/// The programme's working pages — volunteers, reports, history, milestones, the planner, people — in the
/// reader's language.
@Suite struct ProgrammePagesLanguageTests {
    @Test func theWorkingPagesSpeakJapanese() async throws {
        try await withApp { app async throws in
            _ = try await app.user(.admin, email: "kanri@example.org")
            var browser = Browser(app)
            try await browser.signIn("kanri@example.org")
            let japanese = LanguageTests.accepting("ja")

            let volunteers = try await browser.send(.get, "/staff/volunteers", headers: japanese)
            #expect(volunteers.status == .ok)
            #expect(volunteers.text.contains(#"<html lang="ja">"#))
            #expect(volunteers.text.contains("<h1>ボランティア</h1>"))
            #expect(volunteers.text.contains("承認待ち（0件）"))
            #expect(volunteers.text.contains("シフトの追加"))
            #expect(!volunteers.text.contains("Add a shift"))

            let reports = try await browser.send(.get, "/staff/reports", headers: japanese)
            #expect(reports.text.contains(#"<html lang="ja">"#))
            #expect(reports.text.contains("<h1>報告</h1>"))
            #expect(reports.text.contains("状態別の会員数"))
            #expect(!reports.text.contains("Members by status"))

            let milestones = try await browser.send(.get, "/staff/milestones?from=2029&to=2030", headers: japanese)
            #expect(milestones.text.contains(#"<html lang="ja">"#))
            #expect(milestones.text.contains("節目 2029–2030年"))
            #expect(milestones.text.contains("カレンダーとして購読"))
            #expect(!milestones.text.contains("Start planning"))

            let planner = try await browser.send(.get, "/staff/planner", headers: japanese)
            #expect(planner.text.contains("<h1>合同会議の日程調整</h1>"))
            #expect(planner.text.contains("勤務開始時刻"))

            let people = try await browser.send(.get, "/staff/people", headers: japanese)
            #expect(people.text.contains("<h1>人物</h1>"))
            #expect(people.text.contains("名前で検索"))

            // A volunteer link that does not work says so in the reader's language.
            var stranger = Browser(app)
            let unknown = try await stranger.send(.get, "/volunteering?key=no-such-key", headers: japanese)
            #expect(unknown.status == .notFound)
            #expect(unknown.text.contains(#"<html lang="ja">"#))
            #expect(unknown.text.contains("このリンクは使えません"))
        }
    }

    @Test func aPartnershipsHistorySpeaksJapaneseAndEnglishStaysAsItWas() async throws {
        try await withApp { app async throws in
            _ = try await app.user(.admin, email: "kanri@example.org")
            var browser = Browser(app)
            try await browser.signIn("kanri@example.org")
            let kyoto = try #require(try await CatalogTests.demoIDs(app)["kyoto"])
            let history = try await browser.send(
                .get, "/partnerships/\(kyoto)/history", headers: LanguageTests.accepting("ja"))
            #expect(history.status == .ok)
            #expect(history.text.contains(#"<html lang="ja">"#))
            #expect(history.text.contains("<h1>履歴</h1>"))
            #expect(!history.text.contains("Restoring keeps this history"))
            let english = try await browser.send(
                .get, "/partnerships/\(kyoto)/history", headers: LanguageTests.accepting("en"))
            #expect(english.text.contains("<h1>History</h1>"))
            #expect(english.text.contains("Restoring keeps this history."))
        }
    }

    /// An exchange, its form and a person, which the catalog tests' paths cannot name: in Japanese, and in the
    /// pseudo-locale with no interface text outside the catalogs.
    @Test func anExchangeItsFormAndAPersonSpeakJapanese() async throws {
        let views = try CatalogTests.swiftFiles().filter { file in
            ["/Pages/", "/HTML/", "/Auth/"].contains { file.path.contains($0) }
        }
        let literals = try InterfaceLiterals(files: views)
        for pseudo in [false, true] {
            try await withApp(configure: { $0.pseudoLocale = pseudo }) { app async throws in
                _ = try await app.user(.admin, email: "kanri@example.org")
                var browser = Browser(app)
                try await browser.signIn("kanri@example.org")
                let kyoto = try #require(try await CatalogTests.demoIDs(app)["kyoto"])
                let exchanges = try JSONBody.items(try await app.send(.get, "/api/v1/exchanges?partnership=\(kyoto)"))
                let exchange = try #require(exchanges.first?["id"] as? String)
                let people = try JSONBody.items(try await app.send(.get, "/api/v1/people", as: .anonymous))
                let person = try #require(people.first { $0["familyName"] as? String == "Kadokawa" }?["id"] as? String)
                var headers = LanguageTests.accepting(pseudo ? PseudoLocale.tag : "ja")
                headers[.accept] = "text/html"
                let paths = ["/exchanges/\(exchange)", "/exchanges/\(exchange)/edit", "/people/\(person)"]
                var pages: [String: String] = [:]
                for path in paths {
                    let page = try await browser.send(.get, path, headers: headers)
                    #expect(page.status == .ok, "\(path)")
                    pages[path] = page.text
                    if pseudo {
                        for leak in literals.leaks(in: page.text) {
                            Issue.record("\(path): “\(leak)” is interface text outside the catalogs")
                        }
                    }
                }
                guard !pseudo else { return }
                let shown = try #require(pages[paths[0]])
                #expect(shown.contains(#"<html lang="ja">"#))
                #expect(shown.contains(#"<h2 id="members">参加者</h2>"#))
                #expect(shown.contains("（団長）"))
                let form = try #require(pages[paths[1]])
                #expect(form.contains("交流を保存") && form.contains("受け入れ（来訪）"))
                let kadokawa = try #require(pages[paths[2]])
                #expect(kadokawa.contains("連絡先") && kadokawa.contains("本人のデータ"))
                #expect(!kadokawa.contains("Their data"))
            }
        }
    }

    /// The planner's slots are written as Japanese writes a day; English keeps its own form.
    @Test func thePlannersSlotsAreWrittenForTheReader() async throws {
        try await withApp { app async throws in
            let ids = try await PlannerTests().cities(app)
            _ = try await app.user(.viewer, email: "viewer@example.org")
            var browser = Browser(app)
            try await browser.signIn("viewer@example.org")
            let path = "/staff/planner?cityIds=\(ids["Boston"]!)&cityIds=\(ids["Kyoto"]!)&date=2019-04-15"
            let page = try await browser.send(.get, path, headers: LanguageTests.accepting("ja"))
            #expect(page.text.contains("全員に都合のよい時間はありません"))
            #expect(page.text.contains("時間外"))
            #expect(page.text.contains("17:00–18:00（UTC-04:00）"))
            #expect(page.text.contains("4月15日"))
            #expect(!page.text.contains("Mon 15 Apr"))
            let bad = try await browser.send(
                .get, "/staff/planner?cityIds=\(ids["Boston"]!)&date=2019-04-15", headers: LanguageTests.accepting("ja")
            )
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains(#"<html lang="ja">"#))
        }
    }
}
