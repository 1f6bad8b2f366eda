/// A news article body written in Markdown, parsed into plain values.
///
/// Only the subset staff actually write is understood. Raw HTML is never passed through and anything the parser does
/// not recognise stays literal text, so rendering a document can only produce escaped text inside a fixed set of
/// elements. Links are kept only when relative or `http`, `https` or `mailto`, so a body cannot smuggle in script.
/// Parsing never fails: every input, however malformed, gives some document, in time linear in its length.
public struct MarkdownDocument: Sendable, Equatable {
    public let blocks: [MarkdownBlock]

    public init(parsing source: String) {
        blocks = MarkdownBlockParser.parse(source)
    }
}

/// A block of an article: what sits on its own lines.
public enum MarkdownBlock: Sendable, Equatable {
    /// `level` is the number of `#`s, 1 to 6.
    case heading(level: Int, [MarkdownInline])
    case paragraph([MarkdownInline])
    /// Each item is the blocks inside it; `start` is the first number of an ordered list (1 for bullets).
    case list(ordered: Bool, start: Int, items: [[MarkdownBlock]])
    case quote([MarkdownBlock])
    /// `language` is the first word of a fence's info string, if any.
    case code(language: String?, text: String)
    case rule
}

/// A run of text inside a block.
public indirect enum MarkdownInline: Sendable, Equatable {
    case text(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case code(String)
    /// Images become links to the image too, so an article never loads anything from elsewhere.
    case link(url: String, title: String?, [MarkdownInline])
    case lineBreak
}

extension MarkdownDocument {
    /// The words without markup, for feed summaries and search: blocks are separated by a blank line, list items and
    /// hard line breaks by a newline.
    public var plainText: String { Self.plainText(of: blocks, separator: "\n\n") }

    /// The first paragraph as one line of plain text, cut on a word boundary with "…" to at most `maxLength`
    /// characters, for listings and feed summaries. Falls back to the whole text when there is no paragraph.
    public func excerpt(maxLength: Int) -> String {
        guard maxLength > 0 else { return "" }
        let source = Self.firstParagraph(in: blocks).map(Self.plainText(of:)) ?? plainText
        let words = source.split(whereSeparator: \.isWhitespace)
        let text = words.joined(separator: " ")
        guard text.count > maxLength else { return text }
        var kept = ""
        var length = 0
        for word in words {
            let added = (length == 0 ? 0 : 1) + word.count
            if length + added + 1 > maxLength { break }
            if length > 0 { kept += " " }
            kept += word
            length += added
        }
        if kept.isEmpty { kept = String(text.prefix(maxLength - 1)) }
        while let last = kept.last, last == "," || last == ";" || last == ":" { kept.removeLast() }
        return kept + "…"
    }

    private static func firstParagraph(in blocks: [MarkdownBlock]) -> [MarkdownInline]? {
        for block in blocks {
            switch block {
            case .paragraph(let content): return content
            case .quote(let inner): if let found = firstParagraph(in: inner) { return found }
            case .list(_, _, let items):
                for item in items { if let found = firstParagraph(in: item) { return found } }
            case .heading, .code, .rule: continue
            }
        }
        return nil
    }

    private static func plainText(of blocks: [MarkdownBlock], separator: String) -> String {
        blocks.map(plainText(of:)).filter { !$0.isEmpty }.joined(separator: separator)
    }

    private static func plainText(of block: MarkdownBlock) -> String {
        switch block {
        case .heading(_, let content), .paragraph(let content): plainText(of: content)
        case .list(_, _, let items): items.map { plainText(of: $0, separator: "\n") }.joined(separator: "\n")
        case .quote(let inner): plainText(of: inner, separator: "\n\n")
        case .code(_, let text): text
        case .rule: ""
        }
    }

    private static func plainText(of inlines: [MarkdownInline]) -> String {
        var text = ""
        for inline in inlines {
            switch inline {
            case .text(let words), .code(let words): text += words
            case .emphasis(let inner), .strong(let inner), .link(_, _, let inner): text += plainText(of: inner)
            case .lineBreak: text += "\n"
            }
        }
        return text
    }
}
