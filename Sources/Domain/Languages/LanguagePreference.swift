import Foundation

/// The languages a reader asks for, as an `Accept-Language` header lists them (RFC 9110 §12.5.4), matched
/// against the languages the site has by RFC 4647 §3.4 "lookup".
public struct LanguagePreference: Sendable, Equatable {
    /// The ranges in the order the reader prefers them: by weight, then as written. Ranges of weight 0 and
    /// `*` are left out: "lookup" never picks a language the reader did not name.
    public let ranges: [String]

    public init(ranges: [String]) {
        self.ranges = ranges
    }

    /// Reads an `Accept-Language` value ("ja-JP,ja;q=0.9,en;q=0.8"); what cannot be read is skipped.
    public init(acceptLanguage header: String) {
        var weighted: [(range: String, weight: Double, position: Int)] = []
        for (position, item) in header.split(separator: ",").enumerated() {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let range = parts.first, !range.isEmpty, range != "*", LanguageTag.isValid(range) else { continue }
            var weight = 1.0
            for parameter in parts.dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1).map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                if pair.count == 2, pair[0].lowercased() == "q" { weight = Double(pair[1]) ?? 0 }
            }
            guard weight > 0, weight <= 1 else { continue }
            weighted.append((range, weight, position))
        }
        ranges = weighted.sorted { ($0.weight, -$0.position) > ($1.weight, -$1.position) }.map(\.range)
    }

    /// The first of `available` (tags as the site writes them) that "lookup" finds: each range in turn, then
    /// shorter and shorter by its last subtag ("zh-Hant-TW", "zh-Hant", "zh"), compared without regard to
    /// case; a single-letter subtag left at the end is dropped with the one after it. nil when none matches.
    public func lookup(in available: [String]) -> String? {
        let byLowercased = Dictionary(available.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        for range in ranges {
            var subtags = range.lowercased().split(separator: "-").map(String.init)
            while !subtags.isEmpty {
                if let match = byLowercased[subtags.joined(separator: "-")] { return match }
                subtags.removeLast()
                if subtags.count > 1, subtags.last?.count == 1 { subtags.removeLast() }
            }
        }
        return nil
    }
}
