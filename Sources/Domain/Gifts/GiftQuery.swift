import Foundation

/// How to search, filter, sort and page the gift register.
public struct GiftQuery: Sendable, Hashable {
    public enum Sort: String, Sendable, CaseIterable {
        case given, givenDescending = "-given", title
    }

    public var page: PageRequest
    /// Words that must each appear in the title, description, occasion, giver, recipient, place or keeper,
    /// whatever their case and accents.
    public var text: String?
    public var partnershipID: UUID?
    public var sort: Sort

    public init(page: PageRequest = .init(), text: String? = nil, partnershipID: UUID? = nil, sort: Sort = .given) {
        self.page = page
        self.text = text
        self.partnershipID = partnershipID
        self.sort = sort
    }

    /// The search words, folded as the stored search text is folded.
    public var words: [String] {
        guard let text else { return [] }
        return SearchText.fold(text).split(separator: " ").map(String.init).prefix(10).map { $0 }
    }
}

/// Text folded for search: lower case, without accents, in one line. "Kyōto" and "KYOTO" fold alike.
public enum SearchText {
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    public static func fold(_ parts: [String?]) -> String {
        fold(parts.compactMap { $0 }.joined(separator: " "))
    }
}
