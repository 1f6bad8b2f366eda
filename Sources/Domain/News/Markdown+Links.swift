/// Links, autolinks and the character classes of ``MarkdownInlineParser``: how `[text](url "title")`, `<url>` and
/// `<address>` are read, and which URLs are safe to link to.
extension MarkdownInlineParser {
    mutating func openBracket(image: Bool) {
        let piece = append(.inlines([.text(image ? "![" : "[")], depth: 0))
        brackets.append(Bracket(piece: piece, isImage: image, bottom: topDelimiter, linksBefore: linksMade))
    }

    mutating func closeBracket(at index: Int) -> Int {
        guard let bracket = brackets.last else {
            text.append("]")
            return index + 1
        }
        brackets.removeLast()
        guard bracket.isImage || bracket.linksBefore == linksMade, let target = linkTarget(at: index + 1) else {
            text.append("]")
            return index + 1
        }
        endText()
        processEmphasis(above: bracket.bottom)
        var (children, depth) = collect(from: nextPiece[bracket.piece], to: -1)
        children = Self.withoutLinks(children)
        if children.isEmpty { children = [.text(target.url)] }
        let piece: Piece
        if let url = Self.safeURL(target.url), depth < Self.maxDepth {
            piece = .inlines([.link(url: url, title: target.title, children)], depth: depth + 1)
        } else {
            piece = .inlines(children, depth: depth)
        }
        pieces[bracket.piece] = piece
        nextPiece[bracket.piece] = -1
        tail = bracket.piece
        if !bracket.isImage { linksMade += 1 }
        return target.end
    }

    /// `(destination "title")` right after a `]`, or nil when what follows is not one.
    func linkTarget(at start: Int) -> (url: String, title: String?, end: Int)? {
        guard start < characters.count, characters[start] == "(" else { return nil }
        var index = skipSpace(from: start + 1)
        var url = ""
        let urlStart = index
        if index < characters.count, characters[index] == "<" {
            index += 1
            while index < characters.count, characters[index] != ">" {
                guard characters[index] != "\n", characters[index] != "<", index - urlStart < Self.maxURLLength
                else { return nil }
                index = appendUnescaped(at: index, to: &url)
            }
            guard index < characters.count else { return nil }
            index += 1
        } else {
            var parentheses = 0
            while index < characters.count {
                let character = characters[index]
                if character.isWhitespace || Self.isControl(character) { break }
                if character == ")" {
                    if parentheses == 0 { break }
                    parentheses -= 1
                } else if character == "(" {
                    parentheses += 1
                }
                guard parentheses <= 32, index - urlStart < Self.maxURLLength else { return nil }
                index = appendUnescaped(at: index, to: &url)
            }
            guard parentheses == 0 else { return nil }
        }
        let afterURL = index
        index = skipSpace(from: index)
        var title: String?
        if index > afterURL, index < characters.count, let close = Self.titleCloser[characters[index]] {
            let titleStart = index
            var value = ""
            index += 1
            while index < characters.count, characters[index] != close {
                guard characters[index] != "(" || close != ")", index - titleStart < Self.maxTitleLength
                else { return nil }
                index = appendUnescaped(at: index, to: &value)
            }
            guard index < characters.count else { return nil }
            title = value
            index = skipSpace(from: index + 1)
        }
        guard index < characters.count, characters[index] == ")" else { return nil }
        return (url, title, index + 1)
    }

    static let titleCloser: [Character: Character] = ["\"": "\"", "'": "'", "(": ")"]

    /// Appends the character at `index`, or the one it escapes, and returns the index after it.
    func appendUnescaped(at index: Int, to value: inout String) -> Int {
        if characters[index] == "\\", index + 1 < characters.count, Self.isASCIIPunctuation(characters[index + 1]) {
            value.append(characters[index + 1])
            return index + 2
        }
        value.append(characters[index])
        return index + 1
    }

    /// Skips spaces and tabs and at most one line end.
    func skipSpace(from start: Int) -> Int {
        var index = start
        var sawLineEnd = false
        while index < characters.count {
            if characters[index] == " " || characters[index] == "\t" {
                index += 1
            } else if characters[index] == "\n", !sawLineEnd {
                sawLineEnd = true
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// `<scheme:…>` or `<name@example.org>`; otherwise the `<` is text, as raw HTML is never passed through.
    mutating func autolink(at index: Int) -> Int {
        guard let (url, label, end) = autolinkTarget(at: index) else {
            text.append("<")
            return index + 1
        }
        if let safe = Self.safeURL(url) {
            append(.inlines([.link(url: safe, title: nil, [.text(label)])], depth: 1))
        } else {
            text += label
        }
        return end
    }

    func autolinkTarget(at start: Int) -> (url: String, label: String, end: Int)? {
        var index = start + 1
        while index < characters.count, index - start <= 33, Self.isSchemeCharacter(characters[index]) { index += 1 }
        let schemeLength = index - start - 1
        if (2...32).contains(schemeLength), characters[start + 1].isASCII, characters[start + 1].isLetter,
            index < characters.count, characters[index] == ":"
        {
            while index < characters.count, characters[index] != ">" {
                let character = characters[index]
                if character.isWhitespace || character == "<" || Self.isControl(character) { return nil }
                index += 1
            }
            guard index < characters.count else { return nil }
            let label = String(characters[(start + 1)..<index])
            return (label, label, index + 1)
        }
        // An email address: local part, `@`, dot-separated labels.
        index = start + 1
        while index < characters.count, Self.isEmailLocalCharacter(characters[index]) { index += 1 }
        guard index > start + 1, index < characters.count, characters[index] == "@" else { return nil }
        index += 1
        let domainStart = index
        while index < characters.count, characters[index].isASCII,
            characters[index].isLetter || characters[index].isNumber || characters[index] == "-"
                || characters[index] == "."
        {
            index += 1
        }
        guard index > domainStart, index < characters.count, characters[index] == ">" else { return nil }
        let label = String(characters[(start + 1)..<index])
        return ("mailto:" + label, label, index + 1)
    }

    /// An image inside a link's text would be a link in a link; it keeps only its text.
    static func withoutLinks(_ inlines: [MarkdownInline]) -> [MarkdownInline] {
        var builder = InlineBuilder()
        for inline in inlines {
            switch inline {
            case .link(_, _, let children): builder.append(contentsOf: withoutLinks(children))
            case .emphasis(let children): builder.append(.emphasis(withoutLinks(children)))
            case .strong(let children): builder.append(.strong(withoutLinks(children)))
            case .text, .code, .lineBreak: builder.append(inline)
            }
        }
        return builder.inlines
    }

    // MARK: Characters

    static func isASCIIPunctuation(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return (33...47).contains(ascii) || (58...64).contains(ascii) || (91...96).contains(ascii)
            || (123...126).contains(ascii)
    }

    static func isPunctuation(_ character: Character) -> Bool {
        character.isPunctuation || character.isSymbol
    }

    static func isControl(_ character: Character) -> Bool {
        character.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }

    static func isSchemeCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "+.-".contains(character))
    }

    static func isEmailLocalCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || ".!#$%&'*+/=?^_`{|}~-".contains(character))
    }

    /// The URL to link to, or nil when it could run script or load something other than a page.
    ///
    /// Browsers ignore tabs and line ends anywhere in a URL and control characters or spaces around it, so those are
    /// removed before the scheme is read: ` JaVa\tScript:` is `javascript:`. A URL without a scheme (nothing before
    /// a `:` that comes ahead of any `/`, `?` or `#`) is relative and kept; an empty one links nowhere and is not.
    static func safeURL(_ url: String) -> String? {
        var scalars = url.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }[...]
        while let first = scalars.first, first.value <= 0x20 { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.value <= 0x20 { scalars = scalars.dropLast() }
        var cleaned = String.UnicodeScalarView()
        cleaned.append(contentsOf: scalars)
        guard !cleaned.isEmpty else { return nil }
        for scalar in cleaned {
            if scalar == "/" || scalar == "?" || scalar == "#" { break }
            if scalar == ":" {
                let scheme = String(cleaned.prefix { $0 != ":" }).lowercased()
                return ["http", "https", "mailto"].contains(scheme) ? String(cleaned) : nil
            }
        }
        return String(cleaned)
    }
}
