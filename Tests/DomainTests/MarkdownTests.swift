import Domain
import Testing

/// The blocks of `source`.
private func blocks(_ source: String) -> [MarkdownBlock] { MarkdownDocument(parsing: source).blocks }

/// The inlines of `source` when it is one paragraph; an empty list (which no test expects) otherwise.
private func inlines(_ source: String) -> [MarkdownInline] {
    guard case .paragraph(let content) = blocks(source).first, blocks(source).count == 1 else { return [] }
    return content
}

private func paragraph(_ text: String) -> MarkdownBlock { .paragraph([.text(text)]) }

/// Whether any block or inline in `blocks` is a link.
private func containsLink(_ blocks: [MarkdownBlock]) -> Bool {
    func inInlines(_ inlines: [MarkdownInline]) -> Bool {
        inlines.contains { inline in
            switch inline {
            case .link: true
            case .emphasis(let inner), .strong(let inner): inInlines(inner)
            case .text, .code, .lineBreak: false
            }
        }
    }
    return blocks.contains { block in
        switch block {
        case .heading(_, let content), .paragraph(let content): inInlines(content)
        case .list(_, _, let items): items.contains(where: containsLink)
        case .quote(let inner): containsLink(inner)
        case .code, .rule: false
        }
    }
}

/// Whether any link's URL has a scheme other than http, https or mailto, as a browser would read it.
private func unsafeURLs(_ blocks: [MarkdownBlock]) -> Bool {
    func isUnsafe(_ url: String) -> Bool {
        let cleaned = String(url.unicodeScalars.filter { $0.value > 0x20 }).lowercased()
        guard let colon = cleaned.firstIndex(of: ":"), !cleaned[..<colon].contains(where: { "/?#".contains($0) })
        else { return false }
        return !["http", "https", "mailto"].contains(String(cleaned[..<colon]))
    }
    func inInlines(_ inlines: [MarkdownInline]) -> Bool {
        inlines.contains { inline in
            switch inline {
            case .link(let url, _, let inner): isUnsafe(url) || inInlines(inner)
            case .emphasis(let inner), .strong(let inner): inInlines(inner)
            case .text, .code, .lineBreak: false
            }
        }
    }
    return blocks.contains { block in
        switch block {
        case .heading(_, let content), .paragraph(let content): inInlines(content)
        case .list(_, _, let items): items.contains(where: unsafeURLs)
        case .quote(let inner): unsafeURLs(inner)
        case .code, .rule: false
        }
    }
}

/// How deeply blocks and inlines nest.
private func depth(_ blocks: [MarkdownBlock]) -> Int {
    func inlineDepth(_ inlines: [MarkdownInline]) -> Int {
        inlines.map { inline in
            switch inline {
            case .emphasis(let inner), .strong(let inner), .link(_, _, let inner): 1 + inlineDepth(inner)
            case .text, .code, .lineBreak: 0
            }
        }.max() ?? 0
    }
    return blocks.map { block in
        switch block {
        case .heading(_, let content), .paragraph(let content): inlineDepth(content)
        case .list(_, _, let items): 1 + (items.map(depth).max() ?? 0)
        case .quote(let inner): 1 + depth(inner)
        case .code, .rule: 0
        }
    }.max() ?? 0
}

@Suite struct MarkdownBlockTests {
    @Test func atxHeadings() {
        #expect(
            blocks("# One\n## Two ##\n###### Six #\n####### Seven\n#NoSpace\n### ###\n# Hash#")
                == [
                    .heading(level: 1, [.text("One")]), .heading(level: 2, [.text("Two")]),
                    .heading(level: 6, [.text("Six")]), paragraph("####### Seven #NoSpace"), .heading(level: 3, []),
                    .heading(level: 1, [.text("Hash#")]),
                ])
        #expect(
            blocks("## *Twinned* cities") == [.heading(level: 2, [.emphasis([.text("Twinned")]), .text(" cities")])])
    }

    @Test func setextHeadings() {
        #expect(
            blocks("Kyoto\n=====\n\nBoston\n---")
                == [.heading(level: 1, [.text("Kyoto")]), .heading(level: 2, [.text("Boston")])])
    }

    @Test func paragraphsJoinLinesWithSpaces() {
        #expect(blocks("one\ntwo\n   three\n\n\nfour") == [paragraph("one two three"), paragraph("four")])
        #expect(blocks("") == [])
        #expect(blocks("  \n\t\n") == [])
        #expect(blocks("crlf\r\nline\rend") == [paragraph("crlf line end")])
    }

    @Test func hardBreaks() {
        #expect(
            inlines("one  \ntwo\\\nthree \nfour  ")
                == [.text("one"), .lineBreak, .text("two"), .lineBreak, .text("three four")])
        #expect(inlines("end\\") == [.text("end\\")])
    }

    @Test func bulletLists() {
        #expect(
            blocks("- a\n- b\n  continued\n- c")
                == [
                    .list(
                        ordered: false, start: 1,
                        items: [[paragraph("a")], [paragraph("b continued")], [paragraph("c")]])
                ])
        #expect(
            blocks("* star\n* star\n\n+ plus")
                == [
                    .list(ordered: false, start: 1, items: [[paragraph("star")], [paragraph("star")]]),
                    .list(ordered: false, start: 1, items: [[paragraph("plus")]]),
                ])
        // A line that starts no block continues the item's paragraph lazily.
        #expect(blocks("- a\nlazy") == [.list(ordered: false, start: 1, items: [[paragraph("a lazy")]])])
        #expect(
            blocks("- a\n\nafter")
                == [.list(ordered: false, start: 1, items: [[paragraph("a")]]), paragraph("after")])
        #expect(blocks("-not a list") == [paragraph("-not a list")])
        #expect(
            blocks("- a\n\n\n- b")
                == [.list(ordered: false, start: 1, items: [[paragraph("a")], [paragraph("b")]])])
        // An item can start with one blank line, no more.
        #expect(blocks("-\n  a") == [.list(ordered: false, start: 1, items: [[paragraph("a")]])])
        #expect(blocks("-\n\n  a") == [.list(ordered: false, start: 1, items: [[]]), paragraph("a")])
        #expect(blocks("-\tx\n  y") == [.list(ordered: false, start: 1, items: [[paragraph("x y")]])])
    }

    @Test func orderedListsKeepTheirStart() {
        #expect(
            blocks("3. three\n4. four")
                == [.list(ordered: true, start: 3, items: [[paragraph("three")], [paragraph("four")]])])
        #expect(blocks("1) one") == [.list(ordered: true, start: 1, items: [[paragraph("one")]])])
        #expect(blocks("0. zero") == [.list(ordered: true, start: 0, items: [[paragraph("zero")]])])
        // A different delimiter starts a new list.
        #expect(
            blocks("1. a\n2) b")
                == [
                    .list(ordered: true, start: 1, items: [[paragraph("a")]]),
                    .list(ordered: true, start: 2, items: [[paragraph("b")]]),
                ])
        // Only an item numbered 1 can break into a paragraph, so a wrapped year stays text.
        #expect(blocks("Founded in\n1959. Renewed since.") == [paragraph("Founded in 1959. Renewed since.")])
        #expect(
            blocks("Steps:\n1. sign")
                == [paragraph("Steps:"), .list(ordered: true, start: 1, items: [[paragraph("sign")]])])
        #expect(blocks("1234567890. too long") == [paragraph("1234567890. too long")])
    }

    @Test func nestedLists() {
        #expect(
            blocks("- a\n  - b\n    - c\n- d")
                == [
                    .list(
                        ordered: false, start: 1,
                        items: [
                            [
                                paragraph("a"),
                                .list(
                                    ordered: false, start: 1,
                                    items: [
                                        [paragraph("b"), .list(ordered: false, start: 1, items: [[paragraph("c")]])]
                                    ]),
                            ],
                            [paragraph("d")],
                        ])
                ])
        #expect(
            blocks("1. first\n   - detail\n2. second")
                == [
                    .list(
                        ordered: true, start: 1,
                        items: [
                            [paragraph("first"), .list(ordered: false, start: 1, items: [[paragraph("detail")]])],
                            [paragraph("second")],
                        ])
                ])
    }

    @Test func itemsWithSeveralBlocks() {
        #expect(
            blocks("- a\n\n  b\n- > quoted\n-\n  late")
                == [
                    .list(
                        ordered: false, start: 1,
                        items: [
                            [paragraph("a"), paragraph("b")], [.quote([paragraph("quoted")])], [paragraph("late")],
                        ])
                ])
    }

    @Test func blockQuotes() {
        #expect(
            blocks("> # Title\n> text\ncontinued\n\nafter")
                == [.quote([.heading(level: 1, [.text("Title")]), paragraph("text continued")]), paragraph("after")])
        #expect(blocks("> a\n>> b") == [.quote([paragraph("a"), .quote([paragraph("b")])])])
        #expect(
            blocks(">- one\n>- two")
                == [.quote([.list(ordered: false, start: 1, items: [[paragraph("one")], [paragraph("two")]])])])
        #expect(blocks("> a\n\n> b") == [.quote([paragraph("a")]), .quote([paragraph("b")])])
        #expect(blocks(">") == [.quote([])])
        #expect(blocks(">\tcode?") == [.quote([paragraph("code?")])])
        #expect(blocks(">     code") == [.quote([.code(language: nil, text: "code")])])
        // A lazy line that would underline the paragraph into a heading ends the quote instead.
        #expect(blocks("> a\n===") == [.quote([paragraph("a")]), paragraph("===")])
    }

    @Test func fencedCode() {
        #expect(
            blocks("```swift\nlet x = 1\n\n*not em* <b>\n```\nafter")
                == [.code(language: "swift", text: "let x = 1\n\n*not em* <b>"), paragraph("after")])
        #expect(blocks("~~~\ncode\n~~~") == [.code(language: nil, text: "code")])
        #expect(blocks("````md extra words\n```\n````") == [.code(language: "md", text: "```")])
        #expect(blocks("  ```\n  a\n b\n    c\n  ```") == [.code(language: nil, text: "a\nb\n  c")])
        // Unclosed, it runs to the end of its container.
        #expect(blocks("```\nopen\n\nstill") == [.code(language: nil, text: "open\n\nstill")])
        #expect(
            blocks("> ```\n> in quote\n\nout") == [.quote([.code(language: nil, text: "in quote")]), paragraph("out")])
        // Backticks in the info string make it no fence; the unmatched backticks are text.
        #expect(blocks("``` a`b") == [paragraph("``` a`b")])
    }

    @Test func indentedCode() {
        #expect(blocks("    let x\n\n      y\n\nz") == [.code(language: nil, text: "let x\n\n  y"), paragraph("z")])
        #expect(blocks("para\n    still para") == [paragraph("para still para")])
    }

    @Test func thematicBreaks() {
        #expect(blocks("---\n***\n___\n- - -\n *  *  * ") == [.rule, .rule, .rule, .rule, .rule])
        #expect(blocks("a\n\n--\n\n**") == [paragraph("a"), paragraph("--"), paragraph("**")])
        #expect(blocks("- a\n---") == [.list(ordered: false, start: 1, items: [[paragraph("a")]]), .rule])
    }
}

@Suite struct MarkdownInlineTests {
    @Test func emphasisAndStrong() {
        #expect(
            inlines("*a* _b_ **c** __d__ ***e***")
                == [
                    .emphasis([.text("a")]), .text(" "), .emphasis([.text("b")]), .text(" "), .strong([.text("c")]),
                    .text(" "), .strong([.text("d")]), .text(" "), .emphasis([.strong([.text("e")])]),
                ])
        #expect(
            inlines("**bold *and em* bold**")
                == [.strong([.text("bold "), .emphasis([.text("and em")]), .text(" bold")])])
        #expect(inlines("snake_case_name") == [.text("snake_case_name")])
        #expect(inlines("2*3*4") == [.text("2"), .emphasis([.text("3")]), .text("4")])
    }

    @Test(arguments: [
        "*a", "a*", "a * b", "_a", "** a **", "[a", "a]", "`a", "[a](b", "![x]", "[x] (y)", "*a_",
    ])
    func unmatchedDelimitersStayLiteral(source: String) {
        #expect(inlines(source) == [.text(source)])
    }

    @Test func partlyMatchedRunsKeepTheRest() {
        #expect(inlines("**a*") == [.text("*"), .emphasis([.text("a")])])
        #expect(inlines("*a**") == [.emphasis([.text("a")]), .text("*")])
        #expect(inlines("__a_") == [.text("_"), .emphasis([.text("a")])])
    }

    @Test func codeSpans() {
        #expect(inlines("use `let x = *1*`") == [.text("use "), .code("let x = *1*")])
        #expect(inlines("``a ` b``") == [.code("a ` b")])
        #expect(inlines("`` `x` ``") == [.code("`x`")])
        #expect(inlines("`a\nb`") == [.code("a b")])
        #expect(inlines("`<script>`") == [.code("<script>")])
        #expect(inlines("``not closed` ") == [.text("``not closed`")])
        #expect(inlines("`\\*`") == [.code("\\*")])
    }

    @Test func links() {
        #expect(inlines("[the plan](/news/1)") == [.link(url: "/news/1", title: nil, [.text("the plan")])])
        #expect(
            inlines("see [site](https://example.org \"The Title\")!")
                == [.text("see "), .link(url: "https://example.org", title: "The Title", [.text("site")]), .text("!")])
        #expect(inlines("[a](/x 'single')") == [.link(url: "/x", title: "single", [.text("a")])])
        #expect(inlines("[a](/x (paren))") == [.link(url: "/x", title: "paren", [.text("a")])])
        #expect(inlines("[a](</with space>)") == [.link(url: "/with space", title: nil, [.text("a")])])
        #expect(
            inlines("[*em* and `code`](/p)")
                == [.link(url: "/p", title: nil, [.emphasis([.text("em")]), .text(" and "), .code("code")])])
        #expect(
            inlines("[Kyoto](https://en.wikipedia.org/wiki/Kyoto_(city))")
                == [.link(url: "https://en.wikipedia.org/wiki/Kyoto_(city)", title: nil, [.text("Kyoto")])])
        #expect(inlines("[a](/b\\)c)") == [.link(url: "/b)c", title: nil, [.text("a")])])
        #expect(inlines("[](/empty)") == [.link(url: "/empty", title: nil, [.text("/empty")])])
        #expect(inlines("[nowhere]()") == [.text("nowhere")])
        // No links inside links: the inner one wins and the outer brackets are text.
        #expect(
            inlines("[a [b](/b) c](/a)")
                == [.text("[a "), .link(url: "/b", title: nil, [.text("b")]), .text(" c](/a)")])
        #expect(inlines("*[a*](/x)") == [.text("*"), .link(url: "/x", title: nil, [.text("a*")])])
    }

    @Test func autolinks() {
        #expect(
            inlines("<https://example.org/a?b=c&d>")
                == [.link(url: "https://example.org/a?b=c&d", title: nil, [.text("https://example.org/a?b=c&d")])])
        #expect(
            inlines("mail <info@example.org>")
                == [.text("mail "), .link(url: "mailto:info@example.org", title: nil, [.text("info@example.org")])])
        #expect(
            inlines("<not a link> <a@b>") == [
                .text("<not a link> "), .link(url: "mailto:a@b", title: nil, [.text("a@b")]),
            ])
    }

    @Test func imagesBecomeLinksToTheImage() {
        #expect(
            inlines("![Kyoto at night](/img/kyoto.jpg \"Night\")")
                == [.link(url: "/img/kyoto.jpg", title: "Night", [.text("Kyoto at night")])])
        #expect(inlines("![](/a.png)") == [.link(url: "/a.png", title: nil, [.text("/a.png")])])
        #expect(inlines("[![logo](/logo.png)](/home)") == [.link(url: "/home", title: nil, [.text("logo")])])
        #expect(inlines("! [x](/y)") == [.text("! "), .link(url: "/y", title: nil, [.text("x")])])
    }

    @Test func backslashEscapes() {
        #expect(
            inlines(#"\*not em\* \[x\](/y) \<b\> \\ \a \`"#) == [.text(#"*not em* [x](/y) <b> \ \a `"#)])
        #expect(inlines("\\# not a heading") == [.text("# not a heading")])
        #expect(blocks("\\- not a list") == [paragraph("- not a list")])
    }

    @Test func rawHTMLIsText() {
        #expect(
            inlines("<b>hi</b> <script>alert(1)</script>") == [.text("<b>hi</b> <script>alert(1)</script>")])
        #expect(
            blocks("<div>\n<img src=x onerror=alert(1)>\n</div>")
                == [paragraph("<div> <img src=x onerror=alert(1)> </div>")])
        #expect(inlines("<!-- c --> &amp;") == [.text("<!-- c --> &amp;")])
    }
}

@Suite struct MarkdownLinkSafetyTests {
    @Test(arguments: [
        "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](< javascript:alert(1)>)",
        "[x](<java\tscript:alert(1)>)", "[x](<\u{1}javascript:alert(1)>)", "[x](javascript\\:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)", "[x](vbscript:msgbox(1))", "[x](<JAVASCRIPT :alert(1)>)",
        "[x](file:///etc/passwd)", "![x](javascript:alert(1))", "[x](<\tjavascript:alert(1)>)",
    ])
    func unsafeLinksKeepOnlyTheirText(source: String) {
        #expect(blocks(source) == [paragraph("x")])
    }

    @Test func unsafeAutolinksKeepOnlyTheirText() {
        #expect(blocks("<javascript:alert(1)>") == [paragraph("javascript:alert(1)")])
        #expect(blocks("<DATA:text/html,x>") == [paragraph("DATA:text/html,x")])
    }

    /// Variants that are not links at all (whitespace or controls inside a bare destination) stay as text, too.
    @Test(arguments: ["[x]( java\tscript:alert(1))", "[x](java\nscript:alert(1))", "[x](\u{1}javascript:alert(1))"])
    func malformedUnsafeLinksAreNotLinks(source: String) {
        #expect(!containsLink(blocks(source)))
    }

    @Test(arguments: [
        ("https://example.org/a", "https://example.org/a"), ("HTTP://EXAMPLE.ORG", "HTTP://EXAMPLE.ORG"),
        ("mailto:office@kyoto.example", "mailto:office@kyoto.example"), ("/partnerships/1", "/partnerships/1"),
        ("#section", "#section"), ("?page=2", "?page=2"), ("report.pdf", "report.pdf"), ("../up", "../up"),
        ("<  https://example.org >", "https://example.org"), ("/a:b", "/a:b"), ("javascript", "javascript"),
    ])
    func safeLinksAreKept(destination: String, url: String) {
        #expect(blocks("[x](\(destination))") == [.paragraph([.link(url: url, title: nil, [.text("x")])])])
    }
}

@Suite struct MarkdownTextTests {
    static let article = """
        # Kyoto and Boston

        The cities signed in **1959**, see [the record](/agreements/1).
        A second line.

        - exchange of *students*
        - `code` here

        > Friendship is a long road.

        ```
        raw <text>
        ```

        ---
        """

    @Test func plainText() {
        #expect(
            MarkdownDocument(parsing: Self.article).plainText == """
                Kyoto and Boston

                The cities signed in 1959, see the record. A second line.

                exchange of students
                code here

                Friendship is a long road.

                raw <text>
                """)
        #expect(MarkdownDocument(parsing: "one  \ntwo").plainText == "one\ntwo")
        #expect(MarkdownDocument(parsing: "").plainText == "")
    }

    @Test func excerptIsTheFirstParagraphCutOnAWord() {
        let document = MarkdownDocument(parsing: Self.article)
        #expect(document.excerpt(maxLength: 200) == "The cities signed in 1959, see the record. A second line.")
        #expect(document.excerpt(maxLength: 27) == "The cities signed in 1959…")
        #expect(document.excerpt(maxLength: 26) == "The cities signed in…")
        #expect(document.excerpt(maxLength: 25) == "The cities signed in…")
        let fox = MarkdownDocument(parsing: "The quick brown fox jumps over the lazy dog")
        #expect(fox.excerpt(maxLength: 20) == "The quick brown fox…")
        #expect(fox.excerpt(maxLength: 19) == "The quick brown…")
        #expect(fox.excerpt(maxLength: 43) == "The quick brown fox jumps over the lazy dog")
        #expect(MarkdownDocument(parsing: "Supercalifragilistic").excerpt(maxLength: 6) == "Super…")
        #expect(fox.excerpt(maxLength: 0) == "")
        #expect(MarkdownDocument(parsing: "# Only a heading").excerpt(maxLength: 50) == "Only a heading")
        #expect(MarkdownDocument(parsing: "- in a\n  list").excerpt(maxLength: 50) == "in a list")
    }
}

@Suite struct MarkdownRobustnessTests {
    @Test(.timeLimit(.minutes(1)))
    func deeplyNestedQuotesStopAtTheDepthCap() {
        var expected: MarkdownBlock = paragraph(String(repeating: ">", count: 10_000 - 16) + " deep")
        for _ in 0..<16 { expected = .quote([expected]) }
        #expect(blocks(String(repeating: ">", count: 10_000) + " deep") == [expected])
    }

    @Test(
        .timeLimit(.minutes(1)),
        arguments: [
            (String(repeating: "[", count: 50_000), String(repeating: "[", count: 50_000)),
            (String(repeating: "]", count: 50_000), String(repeating: "]", count: 50_000)),
            (String(repeating: "<", count: 50_000), String(repeating: "<", count: 50_000)),
            ("x" + String(repeating: "`", count: 50_000), "x" + String(repeating: "`", count: 50_000)),
            (String(repeating: "#", count: 50_000), String(repeating: "#", count: 50_000)),
            (String(repeating: "\\", count: 50_000), String(repeating: "\\", count: 25_000)),
        ])
    func longRunsOfOneSpecialCharacterAreText(source: String, text: String) {
        #expect(blocks(source) == [paragraph(text)])
    }

    @Test(
        .timeLimit(.minutes(1)),
        arguments: [
            String(repeating: "[](", count: 30_000), String(repeating: "[a](<", count: 20_000),
            String(repeating: "[a](b '", count: 15_000),
            String(repeating: "![", count: 30_000) + "x" + String(repeating: "](/y)", count: 30_000),
            String(repeating: "*a", count: 50_000), String(repeating: "**a_", count: 25_000),
            String(repeating: "*", count: 30_000) + "a" + String(repeating: "*", count: 30_000),
            String(repeating: "_(", count: 30_000) + String(repeating: ")_", count: 30_000),
            String(repeating: "`a``", count: 25_000), String(repeating: "<a", count: 50_000) + ">",
            String(repeating: "- ", count: 20_000) + "x", String(repeating: "> - 1. ", count: 5_000) + "x",
            (0..<300).map { String(repeating: " ", count: $0 * 2) + "- item" }.joined(separator: "\n"),
            String(repeating: "~~~\na\n", count: 20_000), String(repeating: "a  \n", count: 20_000),
            String(repeating: "[x](javascript:alert(1)) ", count: 10_000),
        ])
    func pathologicalInputsFinishWithBoundedNesting(source: String) {
        let document = MarkdownDocument(parsing: source)
        #expect(!document.blocks.isEmpty)
        #expect(depth(document.blocks) <= 2 * 16 + 1)
        #expect(!document.plainText.isEmpty)
    }

    /// Random mixes of every construct's characters, from a fixed seed so that a failure can be replayed.
    @Test(.timeLimit(.minutes(1)))
    func randomInputsParseWithBoundedNestingAndOnlySafeLinks() {
        let pieces = [
            "*", "_", "**", "[", "]", "(", ")", "![", "](", "<", ">", "`", "```", "~~~", "\\", "\n", "\n\n", " ", "  ",
            "\t", "    ", "> ", "- ", "1. ", "# ", "---", "===", "a", "word", "é", "\u{301}", "\r\n", ":", "\"",
            "javascript:", "JaVa\tScript:", "data:", "https://x.org", "/path", "<a@b.org>", "<http://x>", "&amp;",
        ]
        var state: UInt64 = 2_024
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        for _ in 0..<3_000 {
            let source = (0..<next(120)).map { _ in pieces[next(pieces.count)] }.joined()
            let document = MarkdownDocument(parsing: source)
            #expect(depth(document.blocks) <= 2 * 16 + 1, "\(source.debugDescription)")
            #expect(!unsafeURLs(document.blocks), "\(source.debugDescription)")
            _ = document.excerpt(maxLength: next(80))
        }
    }
}
