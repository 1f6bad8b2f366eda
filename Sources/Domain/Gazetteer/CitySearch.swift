import Foundation

/// Finding a city by any of its names, in any script, without regard to case or accents, by prefix: "Kyoto",
/// "Kyōto", "京都", "Straßburg" and "strasb" all find theirs first.
public enum CitySearch {
    /// Lower case, without diacritics or width: "Kyōto" → "kyoto", "ＫＹＯＴＯ" → "kyoto".
    public static func fold(_ text: String) -> String {
        // Plain ASCII has no accents or widths to fold: most names, and far cheaper to lower-case alone.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
    }

    /// The words of a query, folded, letters and digits only: what the index is asked for, each as a prefix.
    public static func terms(_ query: String) -> [String] {
        let words = fold(query).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        return Array(words.prefix(8))
    }

    /// Everything a city is found by, each name as its folded words, the city's own name first, separated by
    /// " , ": what the index reads, and what ranking compares without folding again.
    public static func searchText(name: String, names: [String], asciiName: String?, alternates: [String]) -> String {
        var seen = Set<String>()
        var parts: [String] = []
        for text in [name] + names + [asciiName].compactMap({ $0 }) + alternates {
            let words = terms(text).joined(separator: " ")
            if !words.isEmpty, seen.insert(words).inserted { parts.append(words) }
        }
        return parts.joined(separator: " , ")
    }

    /// The rank of a city by its stored search text (see ``searchText(name:names:asciiName:alternates:)``).
    public static func rank(_ query: String, searchText: String) -> Int {
        let names = searchText.components(separatedBy: " , ")
        return rank(words: terms(query).joined(separator: " "), main: names.first ?? "", others: names.dropFirst())
    }

    /// How well a city's names match the query: 0 its name exactly, 1 another of its names exactly
    /// ("Straßburg" is Strasbourg), 2 its name starts with it, 3 another name starts with it, 4 a word of a name
    /// starts with it.
    public static func rank(_ query: String, name: String, otherNames: [String]) -> Int {
        rank(
            words: terms(query).joined(separator: " "), main: terms(name).joined(separator: " "),
            others: otherNames.map { terms($0).joined(separator: " ") }[...])
    }

    static func rank(words q: String, main: String, others: ArraySlice<String>) -> Int {
        if main == q { return 0 }
        if others.contains(q) { return 1 }
        if main.hasPrefix(q) { return 2 }
        if others.contains(where: { $0.hasPrefix(q) }) { return 3 }
        return 4
    }
}

/// A city found by search, with the names it was found by.
public struct CitySearchHit: Sendable, Hashable {
    public var city: City
    public var rank: Int

    public init(city: City, rank: Int) {
        self.city = city
        self.rank = rank
    }
}
