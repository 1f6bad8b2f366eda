/// Parses the text of one paragraph or heading into inlines.
///
/// Follows CommonMark's delimiter-stack algorithm: the text becomes a linked list of pieces, `*`/`_` runs and
/// `[`/`![` are remembered on stacks, links are resolved at each `]` and emphasis once the brackets are done. Every
/// search is bounded or only moves forward, so unbalanced input costs linear time, and nesting is capped at
/// `maxDepth`. Whatever does not match stays text; `<` that does not open an autolink is just a `<`.
struct MarkdownInlineParser {
    static let maxDepth = 16
    /// Link destinations and titles longer than this are not links, which keeps `[](((((…` from scanning far.
    static let maxURLLength = 2048
    static let maxTitleLength = 1024

    static func parse(_ lines: [Substring]) -> [MarkdownInline] {
        var text = lines.joined(separator: "\n")
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        var parser = MarkdownInlineParser(Array(text))
        return parser.run()
    }

    /// A piece of the paragraph: finished inlines, or text that a later match may still consume.
    enum Piece {
        case inlines([MarkdownInline], depth: Int)
        /// A `*` or `_` run; its delimiter holds how many characters are still unmatched.
        case run(Int)
    }

    struct Delimiter {
        let piece: Int
        let character: Character
        var count: Int
        /// The run's original length, for CommonMark's "rule of three".
        let length: Int
        let canOpen: Bool
        let canClose: Bool
        var previous = -1
        var next = -1
    }

    struct Bracket {
        let piece: Int
        let isImage: Bool
        /// The top of the delimiter stack when the bracket opened: emphasis inside the link text lies above it.
        let bottom: Int
        /// Links made when the bracket opened; once another is made, a `[` cannot start one (no links in links).
        let linksBefore: Int
    }

    let characters: [Character]
    var pieces: [Piece] = []
    var nextPiece: [Int] = []
    var previousPiece: [Int] = []
    var head = -1
    var tail = -1
    var text = ""
    var delimiters: [Delimiter] = []
    var topDelimiter = -1
    var brackets: [Bracket] = []
    var linksMade = 0
    /// Where each length of backtick run starts, and how far code spans have searched them.
    var backtickRuns: [Int: [Int]] = [:]
    var backtickCursor: [Int: Int] = [:]

    init(_ characters: [Character]) {
        self.characters = characters
        var index = 0
        while index < characters.count {
            guard characters[index] == "`" else {
                index += 1
                continue
            }
            let start = index
            while index < characters.count, characters[index] == "`" { index += 1 }
            backtickRuns[index - start, default: []].append(start)
        }
    }

    mutating func run() -> [MarkdownInline] {
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\": index = escape(at: index)
            case "`": index = codeSpan(at: index)
            case "*", "_": index = delimiterRun(at: index)
            case "[":
                openBracket(image: false)
                index += 1
            case "!" where index + 1 < characters.count && characters[index + 1] == "[":
                openBracket(image: true)
                index += 2
            case "]": index = closeBracket(at: index)
            case "<": index = autolink(at: index)
            case "\n":
                lineEnd()
                index += 1
            default:
                text.append(character)
                index += 1
            }
        }
        endText()
        processEmphasis(above: -1)
        return collect(from: head, to: -1).inlines
    }

    // MARK: Pieces

    @discardableResult
    mutating func append(_ piece: Piece) -> Int {
        endText()
        return appendLinked(piece)
    }

    @discardableResult
    mutating func appendLinked(_ piece: Piece) -> Int {
        pieces.append(piece)
        nextPiece.append(-1)
        previousPiece.append(tail)
        let index = pieces.count - 1
        if tail >= 0 { nextPiece[tail] = index } else { head = index }
        tail = index
        return index
    }

    mutating func endText() {
        guard !text.isEmpty else { return }
        let pending = text
        text = ""
        appendLinked(.inlines([.text(pending)], depth: 0))
    }

    /// The inlines of the pieces from `start` up to (not including) `end`, -1 meaning the end of the list.
    func collect(from start: Int, to end: Int) -> (inlines: [MarkdownInline], depth: Int) {
        var builder = InlineBuilder()
        var depth = 0
        var index = start
        while index >= 0, index != end {
            switch pieces[index] {
            case .inlines(let inlines, let pieceDepth):
                builder.append(contentsOf: inlines)
                depth = max(depth, pieceDepth)
            case .run(let delimiter):
                let run = delimiters[delimiter]
                builder.append(.text(String(repeating: run.character, count: run.count)))
            }
            index = nextPiece[index]
        }
        return (builder.inlines, depth)
    }

    /// Replaces the pieces strictly between `first` and `last` (-1: to the end) by `piece`.
    mutating func replace(between first: Int, and last: Int, with piece: Piece) {
        pieces.append(piece)
        let index = pieces.count - 1
        nextPiece.append(last)
        previousPiece.append(first)
        nextPiece[first] = index
        if last >= 0 { previousPiece[last] = index } else { tail = index }
    }

    mutating func unlinkPiece(_ index: Int) {
        let before = previousPiece[index]
        let after = nextPiece[index]
        if before >= 0 { nextPiece[before] = after } else { head = after }
        if after >= 0 { previousPiece[after] = before } else { tail = before }
    }

    // MARK: Escapes, code, line ends

    mutating func escape(at index: Int) -> Int {
        if index + 1 < characters.count {
            let next = characters[index + 1]
            if next == "\n" {
                lineBreak()
                return index + 2
            }
            if Self.isASCIIPunctuation(next) {
                text.append(next)
                return index + 2
            }
        }
        text.append("\\")
        return index + 1
    }

    /// A line end is a space, or a hard break after two or more spaces.
    mutating func lineEnd() {
        var spaces = 0
        while text.last == " " {
            text.removeLast()
            spaces += 1
        }
        if spaces >= 2 { lineBreak() } else { text.append(" ") }
    }

    mutating func lineBreak() {
        while text.last == " " { text.removeLast() }
        append(.inlines([.lineBreak], depth: 0))
    }

    /// A code span runs to the next backtick run of the same length; without one, the backticks are text.
    mutating func codeSpan(at index: Int) -> Int {
        var end = index
        while end < characters.count, characters[end] == "`" { end += 1 }
        let length = end - index
        guard let close = closingBackticks(length: length, from: end) else {
            text += String(repeating: "`", count: length)
            return end
        }
        var code = String(characters[end..<close].map { $0 == "\n" ? " " : $0 })
        if code.count >= 2, code.first == " ", code.last == " ", code.contains(where: { $0 != " " }) {
            code = String(code.dropFirst().dropLast())
        }
        append(.inlines([.code(code)], depth: 0))
        return close + length
    }

    mutating func closingBackticks(length: Int, from start: Int) -> Int? {
        guard let runs = backtickRuns[length] else { return nil }
        var cursor = backtickCursor[length, default: 0]
        while cursor < runs.count, runs[cursor] < start { cursor += 1 }
        backtickCursor[length] = cursor
        return cursor < runs.count ? runs[cursor] : nil
    }

    // MARK: Emphasis

    mutating func delimiterRun(at index: Int) -> Int {
        let character = characters[index]
        var end = index
        while end < characters.count, characters[end] == character { end += 1 }
        let before: Character = index > 0 ? characters[index - 1] : " "
        let after: Character = end < characters.count ? characters[end] : " "
        let leftFlanking =
            !after.isWhitespace && (!Self.isPunctuation(after) || before.isWhitespace || Self.isPunctuation(before))
        let rightFlanking =
            !before.isWhitespace && (!Self.isPunctuation(before) || after.isWhitespace || Self.isPunctuation(after))
        // `_` inside words (snake_case) is not emphasis.
        let canOpen = character == "*" ? leftFlanking : leftFlanking && (!rightFlanking || Self.isPunctuation(before))
        let canClose = character == "*" ? rightFlanking : rightFlanking && (!leftFlanking || Self.isPunctuation(after))
        let piece = append(.run(delimiters.count))
        delimiters.append(
            Delimiter(
                piece: piece, character: character, count: end - index, length: end - index, canOpen: canOpen,
                canClose: canClose))
        if canOpen || canClose {
            let delimiter = delimiters.count - 1
            delimiters[delimiter].previous = topDelimiter
            if topDelimiter >= 0 { delimiters[topDelimiter].next = delimiter }
            topDelimiter = delimiter
        }
        return end
    }

    mutating func unlinkDelimiter(_ index: Int) {
        let before = delimiters[index].previous
        let after = delimiters[index].next
        if before >= 0 { delimiters[before].next = after }
        if after >= 0 { delimiters[after].previous = before } else { topDelimiter = before }
    }

    /// Matches the delimiters above `bottom` into emphasis and strong emphasis, then forgets them.
    mutating func processEmphasis(above bottom: Int) {
        // Delimiter indices grow along the text, so those above `bottom` are exactly those with larger indices.
        guard topDelimiter > bottom else { return }
        var closer = topDelimiter
        while delimiters[closer].previous != bottom, delimiters[closer].previous >= 0 {
            closer = delimiters[closer].previous
        }
        // Per kind of closer, the lowest opener still worth trying, so failed searches are not repeated.
        var openersBottom = [Int](repeating: bottom, count: 12)
        while closer >= 0 {
            let current = delimiters[closer]
            guard current.canClose else {
                closer = current.next
                continue
            }
            let kind = (current.character == "*" ? 0 : 6) + (current.canOpen ? 3 : 0) + current.length % 3
            var opener = current.previous
            while opener > max(bottom, openersBottom[kind]), !matches(delimiters[opener], current) {
                opener = delimiters[opener].previous
            }
            guard opener > max(bottom, openersBottom[kind]) else {
                openersBottom[kind] = current.previous
                if !current.canOpen { unlinkDelimiter(closer) }
                closer = current.next
                continue
            }
            let strong = delimiters[opener].count >= 2 && current.count >= 2
            let used = strong ? 2 : 1
            delimiters[opener].count -= used
            delimiters[closer].count -= used
            var between = current.previous
            while between != opener {
                unlinkDelimiter(between)
                between = delimiters[between].previous
            }
            let (children, depth) = collect(from: nextPiece[delimiters[opener].piece], to: current.piece)
            let wrapped: Piece =
                depth >= Self.maxDepth
                ? .inlines(children, depth: depth)
                : .inlines([strong ? .strong(children) : .emphasis(children)], depth: depth + 1)
            replace(between: delimiters[opener].piece, and: current.piece, with: wrapped)
            if delimiters[opener].count == 0 {
                unlinkPiece(delimiters[opener].piece)
                unlinkDelimiter(opener)
            }
            if delimiters[closer].count == 0 {
                unlinkPiece(current.piece)
                unlinkDelimiter(closer)
                closer = current.next
            }
        }
        while topDelimiter > bottom { unlinkDelimiter(topDelimiter) }
    }

    func matches(_ opener: Delimiter, _ closer: Delimiter) -> Bool {
        guard opener.canOpen, opener.character == closer.character else { return false }
        // The rule of three: `*foo**bar*` is one emphasis, not an unbalanced strong.
        let bothWays = opener.canClose || closer.canOpen
        return !bothWays || (opener.length + closer.length) % 3 != 0
            || (opener.length % 3 == 0 && closer.length % 3 == 0)
    }
}

/// Appends inlines, joining neighbouring text so that equal documents have equal values.
struct InlineBuilder {
    private var finished: [MarkdownInline] = []
    private var pending = ""

    var inlines: [MarkdownInline] { pending.isEmpty ? finished : finished + [.text(pending)] }

    mutating func append(_ inline: MarkdownInline) {
        if case .text(let text) = inline {
            pending += text
            return
        }
        if !pending.isEmpty { finished.append(.text(pending)) }
        pending = ""
        finished.append(inline)
    }

    mutating func append(contentsOf inlines: [MarkdownInline]) {
        for inline in inlines { append(inline) }
    }
}
