import Domain

extension MarkdownDocument {
    /// The article body as markup, built only with the DSL so every piece of text is escaped by construction.
    ///
    /// Headings start at `h2` (`#` and `##` are both `h2`, `###` is `h3`) because the page's title is its `h1`.
    /// Links to other sites get `rel="nofollow"`, so an article passes no search ranking to whatever it links to.
    var html: HTML { MarkdownHTML.blocks(blocks, tight: false) }
}

/// Renders parsed Markdown as HTML.
private enum MarkdownHTML {
    static let headings = ["h1", "h2", "h3", "h4", "h5", "h6"]

    @HTMLBuilder static func blocks(_ blocks: [MarkdownBlock], tight: Bool) -> HTML {
        for block in blocks { self.block(block, tight: tight) }
    }

    /// A list whose items hold at most one paragraph each is tight: its paragraphs are not wrapped in `p`, so a plain
    /// bulleted list gets no paragraph spacing between items. (Close to CommonMark's tight lists, which go by blank
    /// lines that the parsed values do not keep.)
    @HTMLBuilder static func block(_ block: MarkdownBlock, tight: Bool) -> HTML {
        switch block {
        case .heading(let level, let content):
            element(headings[min(max(level, 2), headings.count) - 1]) { inlines(content) }
        case .paragraph(let content):
            if tight { inlines(content) } else { p { inlines(content) } }
        case .list(let ordered, let start, let items):
            let tight = items.allSatisfy { item in
                item.filter { if case .paragraph = $0 { true } else { false } }.count <= 1
            }
            if ordered {
                element("ol", start == 1 ? [] : [.attr("start", String(start))]) { listItems(items, tight: tight) }
            } else {
                ul { listItems(items, tight: tight) }
            }
        case .quote(let inner):
            element("blockquote") { blocks(inner, tight: false) }
        case .code(let language, let text):
            element("pre") { element("code", language.map { [.class("language-" + $0)] } ?? []) { text } }
        case .rule:
            element("hr")
        }
    }

    @HTMLBuilder static func listItems(_ items: [[MarkdownBlock]], tight: Bool) -> HTML {
        for item in items { li { blocks(item, tight: tight) } }
    }

    @HTMLBuilder static func inlines(_ content: [MarkdownInline]) -> HTML {
        for inline in content { self.inline(inline) }
    }

    @HTMLBuilder static func inline(_ inline: MarkdownInline) -> HTML {
        switch inline {
        case .text(let text): text
        case .emphasis(let content): element("em") { inlines(content) }
        case .strong(let content): strong { inlines(content) }
        case .code(let code): element("code") { code }
        case .link(let url, let title, let content): element("a", linkAttributes(url, title)) { inlines(content) }
        case .lineBreak: element("br")
        }
    }

    static func linkAttributes(_ url: String, _ title: String?) -> [Attribute] {
        var attributes: [Attribute] = [.href(url)]
        if let title { attributes.append(.attr("title", title)) }
        if leavesTheSite(url) { attributes.append(.attr("rel", "nofollow")) }
        return attributes
    }

    /// Absolute http(s) URLs, and scheme-relative ones (`//host`, which browsers also read as `\\host` or `/\host`).
    static func leavesTheSite(_ url: String) -> Bool {
        let lower = url.lowercased()
        let start = lower.prefix(2)
        return lower.hasPrefix("http:") || lower.hasPrefix("https:")
            || (start.count == 2 && start.allSatisfy { $0 == "/" || $0 == "\\" })
    }
}
