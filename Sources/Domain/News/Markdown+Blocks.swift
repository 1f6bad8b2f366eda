/// Splits a document into blocks line by line.
///
/// Container blocks (quotes, list items) strip their markers and parse their own lines again, at most `maxDepth`
/// deep; past that, their markers are plain text. So no input recurses without bound, and each line is looked at
/// a bounded number of times.
struct MarkdownBlockParser {
    static let maxDepth = 16

    private let lines: [Substring]
    private let depth: Int
    private var index = 0

    static func parse(_ source: String) -> [MarkdownBlock] {
        let lines = source.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        return blocks(in: lines.map(expandingLeadingTabs), depth: 0)
    }

    private static func blocks(in lines: [Substring], depth: Int) -> [MarkdownBlock] {
        var parser = MarkdownBlockParser(lines: lines, depth: depth)
        return parser.blocks()
    }

    private init(lines: [Substring], depth: Int) {
        (self.lines, self.depth) = (lines, depth)
    }

    private mutating func blocks() -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var paragraph: [Substring] = []
        func endParagraph() {
            guard !paragraph.isEmpty else { return }
            blocks.append(.paragraph(MarkdownInlineParser.parse(paragraph)))
            paragraph.removeAll()
        }
        while index < lines.count {
            let line = lines[index]
            let indent = Self.indentation(of: line)
            let content = Self.dropIndent(line, indent)
            if content.isEmpty {
                endParagraph()
                index += 1
            } else if indent >= 4 {
                // Indented code, unless the line continues a paragraph.
                if paragraph.isEmpty {
                    blocks.append(indentedCode())
                } else {
                    paragraph.append(content)
                    index += 1
                }
            } else if let fence = Fence(content) {
                endParagraph()
                blocks.append(fencedCode(fence, indent: indent))
            } else if let level = Self.atxLevel(content) {
                endParagraph()
                blocks.append(.heading(level: level, MarkdownInlineParser.parse([Self.atxText(content, level: level)])))
                index += 1
            } else if !paragraph.isEmpty, let level = Self.setextLevel(content) {
                blocks.append(.heading(level: level, MarkdownInlineParser.parse(paragraph)))
                paragraph.removeAll()
                index += 1
            } else if Self.isRule(content) {
                endParagraph()
                blocks.append(.rule)
                index += 1
            } else if depth < Self.maxDepth, content.first == ">" {
                endParagraph()
                blocks.append(quote())
            } else if depth < Self.maxDepth, let marker = ListMarker(content, indent: indent),
                paragraph.isEmpty || marker.canInterruptParagraph
            {
                endParagraph()
                blocks.append(list(marker))
            } else {
                paragraph.append(content)
                index += 1
            }
        }
        endParagraph()
        return blocks
    }

    // MARK: Leaf blocks

    private mutating func indentedCode() -> MarkdownBlock {
        var code: [Substring] = []
        while index < lines.count, Self.isBlank(lines[index]) || Self.indentation(of: lines[index]) >= 4 {
            code.append(Self.dropIndent(lines[index], 4))
            index += 1
        }
        while let last = code.last, Self.isBlank(last) { code.removeLast() }
        return .code(language: nil, text: code.joined(separator: "\n"))
    }

    /// The opening line of a fenced code block: three or more backticks or tildes.
    struct Fence {
        let marker: Character
        let length: Int
        let language: String?

        init?(_ content: Substring) {
            guard let first = content.first, first == "`" || first == "~" else { return nil }
            let length = content.prefix { $0 == first }.count
            let info = trimmed(content.dropFirst(length))
            guard length >= 3, first == "~" || !info.contains("`") else { return nil }
            let word = info.prefix { !$0.isWhitespace }
            (marker, self.length, language) = (first, length, word.isEmpty ? nil : String(word))
        }

        func isClosed(by line: Substring) -> Bool {
            let indent = indentation(of: line)
            let content = dropIndent(line, indent)
            let run = content.prefix { $0 == marker }.count
            return indent < 4 && run >= length && isBlank(content.dropFirst(run))
        }
    }

    /// A fenced block runs to its closing fence or, unclosed, to the end of its container.
    private mutating func fencedCode(_ fence: Fence, indent: Int) -> MarkdownBlock {
        var code: [Substring] = []
        index += 1
        while index < lines.count {
            let line = lines[index]
            index += 1
            if fence.isClosed(by: line) { break }
            code.append(Self.dropIndent(line, min(indent, Self.indentation(of: line))))
        }
        return .code(language: fence.language, text: code.joined(separator: "\n"))
    }

    /// The level of an ATX heading (`# Title`), or nil.
    private static func atxLevel(_ content: Substring) -> Int? {
        let level = content.prefix { $0 == "#" }.count
        let next = content.dropFirst(level).first
        return (1...6).contains(level) && (next == nil || next == " " || next == "\t") ? level : nil
    }

    /// The text of an ATX heading, without an optional closing run of `#`s.
    private static func atxText(_ content: Substring, level: Int) -> Substring {
        let text = trimmed(content.dropFirst(level))
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing == text.count { return text.dropFirst(closing) }
        let before = text.dropLast(closing)
        return closing > 0 && (before.last == " " || before.last == "\t") ? trimmed(before) : text
    }

    private static func setextLevel(_ content: Substring) -> Int? {
        let line = trimmed(content)
        if line.isEmpty { return nil }
        if line.allSatisfy({ $0 == "=" }) { return 1 }
        if line.allSatisfy({ $0 == "-" }) { return 2 }
        return nil
    }

    /// `---`, `***` or `___`, three or more, spaces allowed between.
    static func isRule(_ content: Substring) -> Bool {
        guard let first = content.first, first == "-" || first == "*" || first == "_" else { return false }
        var count = 0
        for character in content {
            if character == first {
                count += 1
            } else if character != " " && character != "\t" {
                return false
            }
        }
        return count >= 3
    }

    // MARK: Container blocks

    /// The rest of a line after its `>` marker and one optional space, or nil when it is not a quote line.
    private static func quoteContent(_ line: Substring) -> Substring? {
        let indent = indentation(of: line)
        let content = dropIndent(line, indent)
        guard indent < 4, content.first == ">" else { return nil }
        let rest = content.dropFirst()
        let whitespace = rest.prefix { $0 == " " || $0 == "\t" }
        guard whitespace.contains("\t") else { return rest.first == " " ? rest.dropFirst() : rest }
        // A tab reaches the next tab stop; the optional space takes one column of it and the rest stays indentation.
        var width = 0
        for character in whitespace { width += character == "\t" ? 4 - (indent + 1 + width) % 4 : 1 }
        return Substring(String(repeating: " ", count: width - 1) + rest.dropFirst(whitespace.count))
    }

    private mutating func quote() -> MarkdownBlock {
        var inner: [Substring] = []
        var paragraph = ParagraphTracker()
        while index < lines.count {
            let line = lines[index]
            if let content = Self.quoteContent(line) {
                inner.append(content)
                paragraph.add(content)
            } else if paragraph.isContinued(by: line) {
                inner.append(line)
                paragraph.addLazy()
            } else {
                break
            }
            index += 1
        }
        return .quote(Self.blocks(in: inner, depth: depth + 1))
    }

    /// The marker that starts a list item: `-`, `*`, `+`, or digits followed by `.` or `)`.
    struct ListMarker {
        let ordered: Bool
        let delimiter: Character
        let start: Int
        /// The column where the item's content starts; its continuation lines are indented at least this far.
        let contentIndent: Int
        let firstLine: Substring

        /// Like CommonMark: an empty item or one numbered other than 1 cannot break into a running paragraph,
        /// so "in 2024. The year…" wrapped onto a new line stays text.
        var canInterruptParagraph: Bool { !firstLine.isEmpty && (!ordered || start == 1) }

        init?(_ content: Substring, indent: Int) {
            var rest = content
            let width: Int
            if let first = rest.first, first == "-" || first == "*" || first == "+" {
                (ordered, delimiter, start, width) = (false, first, 1, 1)
            } else {
                let digits = rest.prefix { $0.isASCII && $0.isNumber }
                let after = rest.dropFirst(digits.count).first
                guard (1...9).contains(digits.count), let number = Int(digits), let after, after == "." || after == ")"
                else { return nil }
                (ordered, delimiter, start, width) = (true, after, number, digits.count + 1)
            }
            rest = rest.dropFirst(width)
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
            let whitespace = rest.prefix { $0 == " " || $0 == "\t" }
            let text = rest.dropFirst(whitespace.count)
            var column = indent + width
            for character in whitespace { column += character == "\t" ? 4 - column % 4 : 1 }
            if text.isEmpty || column - indent - width > 4 {
                // Blank after the marker, or indented code: the content starts one space after the marker.
                contentIndent = indent + width + 1
                firstLine =
                    text.isEmpty ? text : Substring(String(repeating: " ", count: column - contentIndent) + text)
            } else {
                contentIndent = column
                firstLine = text
            }
        }

        func isSibling(of other: ListMarker) -> Bool { ordered == other.ordered && delimiter == other.delimiter }
    }

    private mutating func list(_ first: ListMarker) -> MarkdownBlock {
        var items: [[MarkdownBlock]] = []
        while index < lines.count, let marker = Self.sibling(of: first, lines[index]) {
            var itemLines = [marker.firstLine]
            var paragraph = ParagraphTracker()
            paragraph.add(marker.firstLine)
            index += 1
            // An item can start with at most one blank line.
            let startsEmpty = marker.firstLine.isEmpty && index < lines.count && Self.isBlank(lines[index])
            while !startsEmpty, index < lines.count {
                let line = lines[index]
                if Self.isBlank(line) || Self.indentation(of: line) >= marker.contentIndent {
                    itemLines.append(Self.dropIndent(line, marker.contentIndent))
                    paragraph.add(itemLines[itemLines.count - 1])
                } else if paragraph.isContinued(by: line) {
                    itemLines.append(line)
                    paragraph.addLazy()
                } else {
                    break
                }
                index += 1
            }
            while itemLines.count > 1, let last = itemLines.last, Self.isBlank(last) { itemLines.removeLast() }
            items.append(Self.blocks(in: itemLines, depth: depth + 1))
            // Blank lines may separate items.
            var next = index
            while next < lines.count, Self.isBlank(lines[next]) { next += 1 }
            if next < lines.count, Self.sibling(of: first, lines[next]) != nil { index = next }
        }
        return .list(ordered: first.ordered, start: first.start, items: items)
    }

    /// The marker of `line` when it starts another item of the list that `first` started.
    private static func sibling(of first: ListMarker, _ line: Substring) -> ListMarker? {
        let indent = indentation(of: line)
        let content = dropIndent(line, indent)
        guard indent < 4, !isRule(content), let marker = ListMarker(content, indent: indent),
            marker.isSibling(of: first)
        else { return nil }
        return marker
    }

    /// Follows the lines of a quote or list item to tell whether its last block is a paragraph that the next line
    /// may continue "lazily", without the `>` or the indentation, as people do when they rewrap text by hand.
    private struct ParagraphTracker {
        private var isOpen = false
        private var fence: Fence?

        mutating func add(_ line: Substring) {
            if let fence {
                if fence.isClosed(by: line) { self.fence = nil }
                return
            }
            // Look through the markers of nested containers to the text the line holds.
            var text = line
            var nested = false
            for _ in 0..<maxDepth {
                let indent = indentation(of: text)
                if let inner = quoteContent(text) {
                    text = inner
                } else if indent < 4, !isRule(dropIndent(text, indent)),
                    let marker = ListMarker(dropIndent(text, indent), indent: indent)
                {
                    text = marker.firstLine
                } else {
                    break
                }
                nested = true
            }
            let indent = indentation(of: text)
            let content = dropIndent(text, indent)
            if content.isEmpty {
                isOpen = false
            } else if indent >= 4 {
                // Indented code, or more of an open paragraph.
                isOpen = isOpen && !nested
            } else if let opened = Fence(content) {
                fence = nested ? nil : opened
                isOpen = false
            } else {
                let underline = isOpen && !nested && setextLevel(content) != nil
                isOpen = !underline && atxLevel(content) == nil && !isRule(content)
            }
        }

        mutating func addLazy() { isOpen = true }

        /// A lazy `===` would turn the paragraph into a heading, which is not what continuing it means; like a line
        /// that starts a block, it ends the container instead.
        func isContinued(by line: Substring) -> Bool {
            isOpen && !isBlank(line) && !startsBlock(line)
                && setextLevel(dropIndent(line, indentation(of: line))) == nil
        }
    }

    private static func startsBlock(_ line: Substring) -> Bool {
        let indent = indentation(of: line)
        let content = dropIndent(line, indent)
        guard indent < 4 else { return false }
        return Fence(content) != nil || atxLevel(content) != nil || isRule(content) || content.first == ">"
            || ListMarker(content, indent: indent) != nil
    }

    // MARK: Whitespace

    static func isBlank(_ line: Substring) -> Bool { line.allSatisfy { $0 == " " || $0 == "\t" } }

    static func trimmed(_ text: Substring) -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = text.firstIndex(where: { !isSpace($0) }), let end = text.lastIndex(where: { !isSpace($0) })
        else { return text[text.endIndex...] }
        return text[start...end]
    }

    /// The width of a line's leading whitespace in columns, a tab reaching the next multiple of four.
    static func indentation(of line: Substring) -> Int {
        var column = 0
        for character in line {
            if character == " " {
                column += 1
            } else if character == "\t" {
                column += 4 - column % 4
            } else {
                break
            }
        }
        return column
    }

    /// `line` without up to `columns` columns of leading whitespace.
    static func dropIndent(_ line: Substring, _ columns: Int) -> Substring {
        var column = 0
        var rest = line
        while column < columns, let first = rest.first, first == " " || first == "\t" {
            let width = first == "\t" ? 4 - column % 4 : 1
            rest = rest.dropFirst()
            // A tab that reaches past `columns` leaves the rest of its width as spaces.
            if column + width > columns {
                return Substring(String(repeating: " ", count: column + width - columns) + rest)
            }
            column += width
        }
        return rest
    }

    /// Leading tabs become spaces, so that indentation can be measured and removed column by column.
    private static func expandingLeadingTabs(_ line: Substring) -> Substring {
        let leading = line.prefix { $0 == " " || $0 == "\t" }
        guard leading.contains("\t") else { return line }
        return Substring(String(repeating: " ", count: indentation(of: line)) + line.dropFirst(leading.count))
    }
}
