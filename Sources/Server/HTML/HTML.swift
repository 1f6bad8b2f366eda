import Foundation

/// A fragment of HTML that is safe to send: text reaches it only through escaping.
///
/// Pages are built with ``HTMLBuilder``; a `String` inside a builder is text, never markup.
public struct HTML: Sendable, Equatable, CustomStringConvertible {
    /// Already-escaped markup.
    public let markup: String

    init(escaped markup: String) {
        self.markup = markup
    }

    public static let empty = HTML(escaped: "")

    /// Text, escaped for use between tags.
    public static func text(_ text: String) -> HTML {
        HTML(escaped: escape(text))
    }

    public var description: String { markup }

    /// A `<script type="application/ld+json">` data block. `<`, `>` and `&` are written as JSON escapes, so no
    /// value can close the element or open another; browsers never run a data block.
    static func jsonLD(_ value: some Encodable) -> HTML {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return .empty }
        let json = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e").replacingOccurrences(of: "&", with: "\\u0026")
        return HTML(escaped: #"<script type="application/ld+json">"# + json + "</script>")
    }

    /// Escapes the five characters that are special in HTML text and quoted attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}

@resultBuilder
enum HTMLBuilder {
    static func buildExpression(_ html: HTML) -> HTML { html }
    static func buildExpression(_ text: String) -> HTML { .text(text) }
    static func buildBlock(_ parts: HTML...) -> HTML { HTML(escaped: parts.map(\.markup).joined()) }
    static func buildOptional(_ part: HTML?) -> HTML { part ?? .empty }
    static func buildEither(first: HTML) -> HTML { first }
    static func buildEither(second: HTML) -> HTML { second }
    static func buildArray(_ parts: [HTML]) -> HTML { HTML(escaped: parts.map(\.markup).joined()) }
}

/// An attribute of an element; its value is escaped when rendered.
struct Attribute: Sendable {
    let name: String
    /// nil renders a boolean attribute (`required`).
    let value: String?

    static func `class`(_ value: String) -> Attribute { Attribute(name: "class", value: value) }
    static func id(_ value: String) -> Attribute { Attribute(name: "id", value: value) }
    static func href(_ value: String) -> Attribute { Attribute(name: "href", value: value) }
    static func lang(_ value: String) -> Attribute { Attribute(name: "lang", value: value) }
    static func attr(_ name: String, _ value: String) -> Attribute { Attribute(name: name, value: value) }
    static func flag(_ name: String) -> Attribute { Attribute(name: name, value: nil) }
}

/// Elements that never have content or a closing tag.
private let voidElements: Set<String> = ["br", "hr", "img", "input", "link", "meta"]

/// An element with attributes and content. `name` is always a literal in this code base, never user input.
func element(_ name: String, _ attributes: [Attribute] = [], @HTMLBuilder _ content: () -> HTML = { .empty }) -> HTML {
    var markup = "<" + name
    for attribute in attributes {
        markup += " " + attribute.name
        if let value = attribute.value { markup += "=\"" + HTML.escape(value) + "\"" }
    }
    markup += ">"
    if voidElements.contains(name) { return HTML(escaped: markup) }
    return HTML(escaped: markup + content().markup + "</" + name + ">")
}
