import Domain
import Foundation

/// The interface text and formats of one request's language: every word a page, form, message or email
/// shows goes through it (`t("nav.events")`, `t("directory.count", count: 3)`).
struct Localizer: Sendable {
    /// The BCP 47 tag of the language ("en", "ja"), as `<html lang>` and `Content-Language` send it.
    let language: String
    /// Foundation's locale for dates, numbers and lists in this language.
    let locale: Locale
    /// Where messages are looked up, most specific first.
    private let chain: [MessageCatalog]
    /// Marks every message (test renders): see ``PseudoLocale``.
    let isPseudo: Bool

    init(language: String, catalogs: Catalogs = .shipped) {
        self.language = language
        locale = Self.formattingLocale(for: language)
        chain = catalogs.chain(for: language)
        isPseudo = false
    }

    private init(pseudoOf catalogs: Catalogs) {
        language = PseudoLocale.tag
        locale = Self.formattingLocale(for: Catalogs.base)
        chain = catalogs.chain(for: Catalogs.base)
        isPseudo = true
    }

    /// A render in which every message is marked, to find interface text that bypasses the catalogs.
    static func pseudo(catalogs: Catalogs = .shipped) -> Localizer { Localizer(pseudoOf: catalogs) }

    /// The site's base language.
    static let base = Localizer(language: Catalogs.base)

    /// English dates are written day first ("24 June 1959"), as the programme's records write them; other
    /// languages use their own conventions.
    private static func formattingLocale(for language: String) -> Locale {
        Locale(identifier: language == "en" ? "en_GB" : language)
    }

    /// The message of `key` with its `{{name}}` values filled in. A key missing from every catalog shows as
    /// itself (the catalog tests keep that from shipping).
    func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        render(key, count: nil, values)
    }

    /// The form of `key` for `count` (its CLDR plural category in this language), with `{{count}}` written
    /// as a number of this language.
    func callAsFunction(_ key: String, count: Int, _ values: [String: String] = [:]) -> String {
        var values = values
        values["count"] = values["count"] ?? number(count)
        return render(key, count: count, values)
    }

    /// The message of `key` cut at `{{placeholder}}`, for a sentence with a link in it: the text before it and
    /// after it, each with the other values filled in.
    func around(_ key: String, _ placeholder: String, _ values: [String: String] = [:]) -> (String, String) {
        let marker = "\u{1}"
        var values = values
        values[placeholder] = marker
        let whole = render(key, count: nil, values)
        guard let range = whole.range(of: marker) else { return (whole, "") }
        return (String(whole[..<range.lowerBound]), String(whole[range.upperBound...]))
    }

    /// Whether some catalog has `key`: for optional texts chosen by a value (a kind, a role).
    func has(_ key: String) -> Bool {
        chain.contains { $0.message(key, count: nil) != nil || $0.message(key, count: 0) != nil }
    }

    private func render(_ key: String, count: Int?, _ values: [String: String]) -> String {
        guard var message = chain.lazy.compactMap({ $0.message(key, count: count) }).first else { return key }
        if isPseudo { message = PseudoLocale.mark(message) }
        guard message.contains("{{") else { return message }
        for (name, value) in values {
            message = message.replacingOccurrences(of: "{{\(name)}}", with: value)
        }
        return message
    }
}
