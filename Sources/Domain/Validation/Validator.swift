/// Collects every field issue of an input so that a client learns all of them at once.
public struct Validator: Sendable {
    public private(set) var issues: [FieldIssue] = []

    public init() {}

    public mutating func add(_ field: String, _ message: String, rule: FieldIssue.Rule? = nil) {
        issues.append(FieldIssue(field: field, message: message, rule: rule))
    }

    /// Adds the issue of a common rule, with its English message.
    public mutating func add(_ field: String, _ rule: FieldIssue.Rule) {
        add(field, rule.message, rule: rule)
    }

    /// Checks a required text: present after trimming, at most `maxLength` characters, no NUL.
    ///
    /// Lengths count Unicode scalars, as JSON Schema's `maxLength` does, so the published schema and the
    /// server agree on every input.
    public mutating func requireText(_ value: String, field: String, maxLength: Int) {
        if value.trimmingWhitespace.isEmpty {
            add(field, .required)
        } else {
            checkText(value, field: field, maxLength: maxLength)
        }
    }

    /// Checks an optional text's length and that it holds no NUL character (PostgreSQL cannot store one).
    public mutating func checkText(_ value: String?, field: String, maxLength: Int) {
        guard let value else { return }
        if value.unicodeScalars.count > maxLength {
            add(field, .tooLong(max: maxLength))
        } else if value.unicodeScalars.contains("\0") {
            add(field, .noNUL)
        }
    }

    /// Checks an optional text is one line, without control characters: a text that goes into an email's
    /// lines or a page's one-line places (a bare CR or LF would let a stranger write lines of their own).
    public mutating func checkOneLine(_ value: String?, field: String) {
        if let value, value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            add(field, .oneLine)
        }
    }

    /// Checks an optional link is an absolute http(s) URL.
    public mutating func checkURL(_ value: String?, field: String) {
        if let value, !WebLink.isWebURL(value) {
            add(field, .webURL)
        }
    }

    /// Checks titled links.
    public mutating func checkLinks(_ links: [WebLink], field: String) {
        if links.count > 50 { add(field, "must list at most 50 links") }
        for (index, link) in links.enumerated() {
            requireText(link.title, field: "\(field)[\(index)].title", maxLength: 300)
            checkURL(link.url, field: "\(field)[\(index)].url")
        }
    }

    /// Checks BCP 47 language tags.
    public mutating func checkLanguages(_ tags: [String], field: String) {
        for (index, tag) in tags.enumerated() where !LanguageTag.isValid(tag) {
            add("\(field)[\(index)]", "\"\(tag)\" is not a BCP 47 language tag such as \"ja\" or \"zh-Hant\"")
        }
    }

    /// Throws ``DomainError/invalid(_:)`` when any issue was found.
    public func check() throws(DomainError) {
        if !issues.isEmpty { throw .invalid(issues) }
    }
}

extension FieldIssue.Rule {
    /// The rule in English, as the API reports it.
    public var message: String {
        switch self {
        case .required: "must not be empty"
        case .tooLong(let max): "must be at most \(max) characters"
        case .noNUL: "must not contain NUL characters"
        case .oneLine: "must be one line, without control characters"
        case .email: "must be an email address such as name@example.org"
        case .webURL: "must be an absolute http or https URL"
        }
    }
}

extension String {
    /// The text without leading and trailing white space (trimmed scalar by scalar, so a combining mark
    /// after a space is kept).
    public var trimmingWhitespace: String {
        var view = Substring(self).unicodeScalars
        while let first = view.first, first.properties.isWhitespace { view.removeFirst() }
        while let last = view.last, last.properties.isWhitespace { view.removeLast() }
        return String(view)
    }
}
