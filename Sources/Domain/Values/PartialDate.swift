/// A calendar date known to a year, a month or a day — "1959", "1959-06" or "1959-06-24".
///
/// Historical records often give only a year; storing a made-up month and day would claim a precision
/// the source never had.
public struct PartialDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public enum Precision: String, Sendable, Codable, CaseIterable {
        case year, month, day
    }

    public let year: Int
    public let month: Int?
    public let day: Int?

    public var precision: Precision {
        day != nil ? .day : month != nil ? .month : .year
    }

    /// Fails when the parts do not name a real calendar date (a day needs a month; 1959-02-30 does not exist).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD".
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { return nil }
        var numbers: [Int] = []
        for (part, width) in zip(parts, widths) {
            guard part.count == width, part.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(part) else {
                return nil
            }
            numbers.append(n)
        }
        self.init(
            year: numbers[0],
            month: numbers.count > 1 ? numbers[1] : nil,
            day: numbers.count > 2 ? numbers[2] : nil
        )
    }

    /// ISO 8601 text at the date's own precision; it sorts chronologically as text.
    public var description: String {
        var text = String(year).leftPadded(to: 4)
        if let month { text += "-" + String(month).leftPadded(to: 2) }
        if let day { text += "-" + String(day).leftPadded(to: 2) }
        return text
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = PartialDate(text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got \"\(text)\""
            )
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
