/// Checks and reads BCP 47 language tags as used for city names ("ja", "zh-Hant", "pt-BR").
public enum LanguageTag {
    /// Whether `tag` has the shape of a BCP 47 language tag: a 2–3 letter language, then subtags of 1–8
    /// letters or digits. Registry membership is not checked.
    public static func isValid(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count),
            language.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// The language subtag, lower-cased ("zh" for "zh-Hant-TW").
    public static func primarySubtag(of tag: String) -> String {
        String(tag.prefix { $0 != "-" }).lowercased()
    }
}
