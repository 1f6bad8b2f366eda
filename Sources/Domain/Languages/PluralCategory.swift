/// The CLDR plural categories a message can have a form for (Unicode TR 35, "Language Plural Rules").
public enum PluralCategory: String, Sendable, CaseIterable {
    case zero, one, two, few, many, other

    /// The category of a whole number `n` in `language` (a BCP 47 tag; its primary subtag decides), by the
    /// CLDR cardinal rules of the languages the catalogs ship or expect. Languages without a rule here use
    /// the English one, the commonest shape.
    public static func of(_ n: Int, language: String) -> PluralCategory {
        let n = n.magnitude
        switch LanguageTag.primarySubtag(of: language) {
        case "ja", "zh", "ko", "th", "vi", "id", "ms":
            // No plural distinction.
            return .other
        case "fr", "pt":
            // one: i = 0,1; many: a multiple of a million (French "1 000 000 de …").
            if n <= 1 { return .one }
            return n % 1_000_000 == 0 ? .many : .other
        case "es", "it", "ca":
            if n == 1 { return .one }
            return n % 1_000_000 == 0 ? .many : .other
        default:
            // English, German, Dutch, the Scandinavian languages…: one for exactly 1.
            return n == 1 ? .one : .other
        }
    }
}
