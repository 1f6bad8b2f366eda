/// A made-up language for tests: English with every letter accented and every message wrapped in ⟦ ⟧, so
/// that a page rendered in it shows at a glance (and to a test, exactly) which text came from the catalogs.
enum PseudoLocale {
    /// A private-use tag (RFC 5646 `x-`), chosen only when the server is started with pseudo-localisation.
    static let tag = "en-x-pseudo"
    static let open: Character = "⟦"
    static let close: Character = "⟧"

    private static let accents: [Character: Character] = [
        "a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú", "y": "ý", "c": "ç", "n": "ñ", "s": "š", "z": "ž",
        "A": "Á", "E": "É", "I": "Í", "O": "Ó", "U": "Ú", "Y": "Ý", "C": "Ç", "N": "Ñ", "S": "Š", "Z": "Ž",
    ]

    /// The message accented and wrapped; `{{placeholders}}` are kept as they are.
    static func mark(_ message: String) -> String {
        var out = String(open)
        var inPlaceholder = false
        var previous: Character?
        for character in message {
            if character == "{", previous == "{" { inPlaceholder = true }
            if character == "}", previous == "}" { inPlaceholder = false }
            out.append(inPlaceholder ? character : accents[character] ?? character)
            previous = character
        }
        out.append(close)
        return out
    }
}
