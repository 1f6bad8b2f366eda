/// What the programme wrote, in languages other than the one it wrote it in: per BCP 47 tag, the text of
/// each translated field (`"ja"` → `"summary"` → `"…"`). One shape for every kind of record, so that the
/// API, the storage and the forms treat them all alike; each record names its fields in a ``TranslatedField``
/// list.
public struct Translations: Sendable, Hashable {
    public private(set) var byLanguage: [String: [String: String]]

    public init(_ byLanguage: [String: [String: String]] = [:]) {
        self.byLanguage = byLanguage
    }

    public static let none = Translations()

    /// The languages there are translations in, sorted.
    public var languages: [String] { byLanguage.keys.sorted() }

    public var isEmpty: Bool { byLanguage.isEmpty }

    public subscript(language: String) -> [String: String]? { byLanguage[language] }

    /// The translation a reader of `language` gets: found by RFC 4647 lookup (`ja-JP` finds `ja`), with the
    /// tag it is kept under; nil when there is none.
    public func translation(for language: String) -> (language: String, fields: [String: String])? {
        guard let tag = LanguagePreference(ranges: [language]).lookup(in: Array(byLanguage.keys)),
            let fields = byLanguage[tag]
        else { return nil }
        return (tag, fields)
    }

    /// The translations trimmed, with empty fields and then empty languages left out, and checked against the
    /// record's `fields`: a BCP 47 tag, only fields the record translates, each within its limits, a
    /// required field present in every language given. Issues name `translations.<tag>.<field>`.
    public func validated(fields: [TranslatedField], into v: inout Validator) -> Translations {
        var kept: [String: [String: String]] = [:]
        for (tag, texts) in byLanguage {
            let trimmed = texts.compactMapValues { $0.trimmingWhitespace.nilIfEmpty }
            if !trimmed.isEmpty { kept[tag] = trimmed }
        }
        if kept.count > Self.maxLanguages { v.add("translations", .tooMany(max: Self.maxLanguages, .translations)) }
        let known = Set(fields.map(\.name))
        for tag in kept.keys.sorted() {
            let texts = kept[tag] ?? [:]
            if !LanguageTag.isValid(tag) {
                v.add("translations.\(tag)", .languageTag(nil, examples: ["ja"]))
            }
            for name in texts.keys.sorted() where !known.contains(name) {
                v.add("translations.\(tag).\(name)", .notTranslated(fields: fields.map(\.name)))
            }
            for field in fields {
                let path = "translations.\(tag).\(field.name)"
                if field.isRequired, texts[field.name] == nil {
                    v.add(path, .required)
                } else {
                    v.checkText(texts[field.name], field: path, maxLength: field.maxLength)
                    if field.isOneLine { v.checkOneLine(texts[field.name], field: path) }
                }
            }
        }
        return Translations(kept)
    }

    public static let maxLanguages = 20
}

/// A field of a record that may be given in other languages, with the limits its original has.
public struct TranslatedField: Sendable, Hashable {
    /// Its name in the API and in the forms: `summary`, `title`.
    public let name: String
    /// Whether every translation must give it (an article's title and body).
    public let isRequired: Bool
    public let maxLength: Int
    /// Whether it is a single line (a title).
    public let isOneLine: Bool

    public init(_ name: String, required: Bool = false, maxLength: Int, oneLine: Bool = false) {
        self.name = name
        self.isRequired = required
        self.maxLength = maxLength
        self.isOneLine = oneLine
    }
}

/// A text as a reader gets it: in their language where the programme gave one, otherwise in the original,
/// with the language it is in.
public struct InLanguage: Sendable, Hashable {
    public let text: String
    /// The BCP 47 tag of the language `text` is in.
    public let language: String
    /// Whether the reader asked for another language and this is the original in its place.
    public let isUntranslated: Bool

    public init(text: String, language: String, isUntranslated: Bool) {
        self.text = text
        self.language = language
        self.isUntranslated = isUntranslated
    }
}

extension Translations {
    /// `field` for a reader of `reader`: the translation's when it has one, else `original` (written in
    /// `originalLanguage`) marked untranslated when the reader reads another language. Nil when there is no
    /// original and no translation.
    public func text(
        _ field: String, original: String?, originalLanguage: String, for reader: String
    ) -> InLanguage? {
        let readsOriginal = LanguageTag.primarySubtag(of: reader) == LanguageTag.primarySubtag(of: originalLanguage)
        if !readsOriginal, let translation = translation(for: reader), let text = translation.fields[field] {
            return InLanguage(text: text, language: translation.language, isUntranslated: false)
        }
        return original.map { InLanguage(text: $0, language: originalLanguage, isUntranslated: !readsOriginal) }
    }
}
