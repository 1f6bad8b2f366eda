import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@testable import Server

/// The message catalogs against the code: complete in every language, nothing the code does not use, and no
/// interface text on a page that did not come from them.
@Suite struct CatalogTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/Server")

    /// Every Swift file of the server's source.
    static func swiftFiles() throws -> [URL] {
        let enumerator = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
    }

    /// The keys the code looks up: literal keys of `t(…)`, `localizer(…)`, `t.around(…)`, and the prefixes of
    /// keys built from a value (`"error.title.\(…)"`, `t.label("role", …)`).
    static func keysInCode() throws -> (keys: Set<String>, prefixes: Set<String>) {
        var keys = Set<String>()
        var prefixes = Set<String>(LabelledValues.all.keys.map { $0 + "." })
        let call = try Regex(#"(?:^|[^A-Za-z0-9_])(?:t|localizer|self)(?:\.around)?\(\s*"([a-zA-Z0-9_.]+)""#)
        let built = try Regex(#""([a-zA-Z0-9_]+(?:\.[a-zA-Z0-9_]+)*\.)\\\("#)
        for file in try swiftFiles() {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: call) { keys.insert(String(match.output[1].substring ?? "")) }
            for match in text.matches(of: built) { prefixes.insert(String(match.output[1].substring ?? "")) }
        }
        return (keys, prefixes)
    }

    @Test func everyKeyTheCodeUsesIsInEveryCatalogAndNoCatalogHasOthers() throws {
        let catalogs = Catalogs.shipped
        #expect(catalogs.languages.starts(with: ["en"]))
        #expect(catalogs.languages.contains("ja"))
        let (keys, prefixes) = try Self.keysInCode()
        #expect(keys.count > 50)
        var expected = keys
        for (prefix, values) in LabelledValues.all { for value in values { expected.insert("\(prefix).\(value)") } }
        for status in ErrorPage.explained {
            expected.insert("error.title.\(status)")
            expected.insert("error.explanation.\(status)")
        }
        for part in EventSchedule.MonthPart.allCases { expected.insert("date.part.\(part.rawValue)") }
        for (language, catalog) in catalogs.byLanguage {
            let present = catalog.baseKeys
            for key in expected.sorted() where !present.contains(key) {
                Issue.record("\(language) has no message for \(key)")
            }
            for key in present.sorted()
            where !expected.contains(key) && !prefixes.contains(where: { key.hasPrefix($0) }) {
                Issue.record("\(language) has \(key), which no code uses")
            }
        }
    }

    @Test func everyPluralHasTheFormsItsLanguageNeedsAndPlaceholdersMatchEnglish() throws {
        let catalogs = Catalogs.shipped
        let english = try #require(catalogs.byLanguage["en"])
        let placeholder = try Regex(#"\{\{([a-zA-Z]+)\}\}"#)
        func names(_ text: String) -> Set<String> {
            Set(text.matches(of: placeholder).map { String($0.output[1].substring ?? "") })
        }
        let samples = [0, 1, 2, 3, 5, 11, 21, 100, 1_000_000]
        for (language, catalog) in catalogs.byLanguage {
            let needed = Set(samples.map { PluralCategory.of($0, language: language) })
            for key in catalog.baseKeys.sorted() {
                let forms = PluralCategory.allCases.filter { catalog.messages["\(key)_\($0.rawValue)"] != nil }
                guard !forms.isEmpty else {
                    let text = catalog.messages[key] ?? ""
                    #expect(
                        names(text) == names(english.messages[key] ?? ""),
                        "\(language) \(key) has other placeholders than English")
                    continue
                }
                for category in needed where catalog.messages["\(key)_\(category.rawValue)"] == nil {
                    Issue.record("\(language) \(key) has no \(category.rawValue) form")
                }
                let englishNames = names(english.messages["\(key)_other"] ?? "")
                for form in forms {
                    let text = catalog.messages["\(key)_\(form.rawValue)"] ?? ""
                    #expect(
                        names(text).isSubset(of: englishNames.union(["count"])),
                        "\(language) \(key)_\(form.rawValue) has a placeholder English does not")
                }
            }
        }
    }

    @Test func aPluralPicksItsFormAndTheNumberIsWrittenForTheLanguage() {
        let english = Localizer(language: "en")
        let japanese = Localizer(language: "ja")
        #expect(english("directory.count", count: 1) == "1 partnership.")
        #expect(english("directory.count", count: 1_463) == "1,463 partnerships.")
        #expect(japanese("directory.count", count: 1) == "提携1件。")
        #expect(english.date(PartialDate(year: 1959, month: 6, day: 24)!) == "24 June 1959")
        #expect(japanese.date(PartialDate(year: 1959, month: 6, day: 24)!) == "1959年6月24日")
        #expect(japanese.date(PartialDate(year: 1959, month: 6)!) == "1959年6月")
        #expect(japanese.date(PartialDate(year: 1959)!) == "1959年")
        #expect(english.approximateDate(PartialDate(year: 2019, month: 4)!, part: nil) == "around April 2019")
        #expect(japanese.approximateDate(PartialDate(year: 2019, month: 4)!, part: nil) == "2019年4月頃")
        #expect(japanese.approximateDate(PartialDate(year: 2019, month: 4)!, part: .late) == "2019年4月下旬")
        let yen = Money(minorUnits: 150_000, currency: Currency(code: "JPY")!)
        let dollars = Money(minorUnits: 150_050, currency: Currency(code: "USD")!)
        #expect(japanese.money(yen) == "¥150,000")
        #expect(english.money(dollars).hasSuffix("1,500.50"))
        #expect(english.waitTime(1) == "1 second")
        #expect(japanese.waitTime(120) == "2分")
        // A language without its own catalog falls back through its shorter tags to English.
        #expect(Localizer(language: "ja-JP")("nav.events") == "イベント")
        #expect(Localizer(language: "fr")("nav.events") == "Events")
    }

    /// The paths rendered in the pseudo-locale, anonymously and signed in. Pages join this list as their
    /// text moves into the catalogs.
    static let publicPaths =
        ["/", "/?page=9", "/login", "/no-such-page"] + partnershipPaths + eventPaths + contentPaths
    static let staffPaths = ["/staff"] + accountPaths + editingPaths + programmePaths
    /// Signed-in pages of the account and the office: password, tokens, users, outbox, members, money.
    static let accountPaths: [String] = [
        "/staff/password", "/staff/tokens", "/staff/users", "/staff/outbox", "/staff/members", "/staff/contributions",
        "/staff/pledges",
    ]
    /// The editing forms.
    static let editingPaths: [String] = [
        "/staff/partnerships/new", "/partnerships/{kyoto}/edit", "/partnerships/{kyoto}/agreements/new",
        "/staff/news/new", "/news/{article}/edit", "/partnerships/{kyoto}/gifts/new", "/gifts/{gift}/edit",
        "/staff/events/new", "/events/{event}/edit", "/staff/organisations/new", "/organisations/{organisation}/edit",
        "/staff/people/new", "/staff/cities", "/staff/cities/new", "/partnerships/{kyoto}/delete",
        "/news/{article}/delete", "/gifts/{gift}/delete", "/events/{event}/delete",
        "/organisations/{organisation}/delete",
    ]
    /// Volunteers, reports, history, milestones, the planner, exchanges.
    static let programmePaths: [String] = [
        "/staff/volunteers", "/staff/reports", "/partnerships/{kyoto}/history", "/staff/milestones",
        "/staff/planner", "/staff/people",
    ]
    /// The Boston–Kyoto page and what hangs off it; `{kyoto}` is the demo's Boston–Kyoto partnership id.
    static let partnershipPaths: [String] = ["/partnerships/{kyoto}"]
    /// The events list, an event, its registration form; `{event}` is a demo event id.
    static let eventPaths: [String] = ["/events", "/events?when=past", "/events/{event}"]
    /// News, an article, gifts, a gift, organisations, an organisation, the world directory.
    static let contentPaths: [String] = [
        "/news", "/news/{article}", "/gifts", "/gifts?q=rotary", "/gifts?q=nothing-matches", "/gifts/{gift}",
        "/organisations", "/organisations?kind=museum", "/organisations/{organisation}", "/world",
        "/world?from=Atlantis&to=Boston",
    ]

    /// The ids the paths' placeholders stand for, from the demo through the API.
    static func demoIDs(_ app: TestApp) async throws -> [String: String] {
        func first(_ path: String, where matches: ([String: Any]) -> Bool = { _ in true }) async throws -> String {
            let items = try JSONBody.items(try await app.send(.get, path))
            return try #require(items.first(where: matches)?["id"] as? String, "no item at \(path)")
        }
        return [
            "kyoto": try await first("/api/v1/partnerships?limit=50") {
                (($0["partnerCity"] as? [String: Any])?["name"] as? String) == "Kyoto"
            },
            "event": try await first("/api/v1/events"),
            "article": try await first("/api/v1/articles"),
            "gift": try await first("/api/v1/gifts"),
            "organisation": try await first("/api/v1/organizations"),
        ]
    }

    @Test func aPseudoLocaleRenderFindsNoInterfaceTextOutsideTheCatalogs() async throws {
        // The views and what renders them; demo data and the API's messages are not interface text.
        let views = try Self.swiftFiles().filter { file in
            ["/Pages/", "/HTML/", "/Auth/"].contains { file.path.contains($0) }
        }
        let literals = try InterfaceLiterals(files: views)
        #expect(literals.patterns.count > 100)
        try await withApp(configure: { $0.pseudoLocale = true }) { app async throws in
            _ = try await app.user(.admin, email: "pseudo@example.org")
            var browser = Browser(app)
            try await browser.signIn("pseudo@example.org")
            var anonymous = Browser(app)
            var headers = LanguageTests.accepting(PseudoLocale.tag)
            headers[.accept] = "text/html"
            let ids = try await Self.demoIDs(app)
            for (template, signedIn) in Self.publicPaths.map({ ($0, false) }) + Self.staffPaths.map({ ($0, true) }) {
                let path = ids.reduce(template) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
                let page =
                    signedIn
                    ? try await browser.send(.get, path, headers: headers)
                    : try await anonymous.send(.get, path, headers: headers)
                #expect(page.text.contains("⟦"), "\(path) shows no catalog text")
                for leak in literals.leaks(in: page.text) {
                    Issue.record("\(path): “\(leak)” is interface text outside the catalogs")
                }
            }
        }
    }
}

/// The string literals of the server's views, as patterns a leaked one would match on a page: a literal with
/// letters, its interpolations standing for any text. Literals passed to `verbatim(_:)` are names, not
/// interface text.
struct InterfaceLiterals: Sendable {
    let patterns: [String]

    init(files: [URL]) throws {
        let literal = try Regex(#""((?:[^"\\\n]|\\.)*)""#)
        let names = try Regex(#"verbatim\("((?:[^"\\\n]|\\.)*)"\)"#)
        var seen = Set<String>()
        // A literal written anywhere as a name is a name wherever it is written.
        for file in files {
            for match in try String(contentsOf: file, encoding: .utf8).matches(of: names) {
                seen.insert(String(match.output[1].substring ?? ""))
            }
        }
        var patterns: [String] = []
        for file in files {
            // Comments quote examples ("24 June 1959"), not interface text.
            let code = try String(contentsOf: file, encoding: .utf8).split(
                separator: "\n", omittingEmptySubsequences: false
            )
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: "\n")
            let text = code.replacing(names, with: "")
            for match in text.matches(of: literal) {
                guard let body = match.output[1].substring.map(String.init) else { continue }
                let interpolation = try Regex(#"\\\([^)]*\)"#)
                let words = body.replacing(interpolation, with: " ")
                // Interface text has a word of three letters or more and is a phrase or a capitalised word; keys,
                // class names, attribute names and paths are not.
                guard words.contains(try Regex(#"\p{L}{3,}"#)), !body.contains("{{"), !body.hasPrefix("/"),
                    words.contains(" ") || words.first?.isUppercase == true, seen.insert(body).inserted
                else { continue }
                let trim = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters)
                let pieces = body.trimmingCharacters(in: trim).split(
                    separator: interpolation, omittingEmptySubsequences: false)
                let pattern = pieces.map { NSRegularExpression.escapedPattern(for: String($0)) }.joined(
                    separator: ".+?")
                guard !pattern.isEmpty, (try? Regex<Substring>(pattern)) != nil else { continue }
                patterns.append(pattern)
            }
        }
        self.patterns = patterns
    }

    /// The text on `html` outside the pseudo-locale's ⟦ ⟧ that one of the literals writes.
    func leaks(in html: String) -> [String] {
        let regexes = patterns.compactMap { try? Regex<Substring>($0) }
        // A phrase is found inside a run of text too (glued to data: "Kyoto. Country outlines"); a single word
        // only as the whole run, so that data that happens to contain it is not taken for it.
        let phrases = patterns.filter { $0.contains(" ") && $0.count >= 10 }.compactMap { try? Regex<Substring>($0) }
        return fragments(of: html).filter { fragment in
            regexes.contains { fragment.wholeMatch(of: $0) != nil } || phrases.contains { fragment.contains($0) }
        }
    }

    /// Each run of text (between tags, and of the attributes people read) outside the marks, trimmed.
    func fragments(of html: String) -> [String] {
        var texts: [String] = []
        let withoutScripts = html.replacing(try! Regex(#"(?s)<(script|style)\b.*?</\1>"#), with: "<x>")
        for match in withoutScripts.matches(of: try! Regex(#"(?:aria-label|title|alt|placeholder)="([^"]*)""#)) {
            texts.append(String(match.output[1].substring ?? ""))
        }
        for match in withoutScripts.matches(of: try! Regex(#">([^<]+)<"#)) {
            texts.append(String(match.output[1].substring ?? ""))
        }
        var out: [String] = []
        for text in texts {
            let text = Self.unescape(text)
            var depth = 0
            var current = ""
            for character in text {
                if character == PseudoLocale.open {
                    if depth == 0 { out.append(current) }
                    current = ""
                    depth += 1
                } else if character == PseudoLocale.close {
                    depth = max(0, depth - 1)
                } else if depth == 0 {
                    current.append(character)
                }
            }
            out.append(current)
        }
        return out.map { $0.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)) }
            .filter { !$0.isEmpty }
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
