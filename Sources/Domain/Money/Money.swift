/// An amount of one currency, counted in its minor unit (cents, yen, fils): never a floating-point number.
public struct Money: Sendable, Hashable {
    /// The amount in the currency's minor unit: 150000 for USD 1,500.00; 150000 for JPY 150,000.
    public let minorUnits: Int64
    public let currency: Currency

    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// The largest amount a record may hold, in major units: more than any gift or donation a city sees.
    public static let maxMajorUnits: Int64 = 999_999_999_999

    /// Reads a decimal amount as a person writes it ("1500", "1500.5", "1,500.00") in `currency`.
    ///
    /// Fails on a sign, an exponent, more decimal places than the currency has, or an amount over
    /// ``maxMajorUnits``: a value is never rounded on the way in.
    public init?(_ text: String, currency: Currency) {
        let cleaned = text.trimmingWhitespace.filter { $0 != "," }
        let parts = cleaned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.count <= 12, whole.allSatisfy(\.isASCIIDigit),
            let major = Int64(whole), major <= Self.maxMajorUnits
        else { return nil }
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        if parts.count > 1, fraction.isEmpty { return nil }
        guard fraction.count <= currency.minorUnits, fraction.allSatisfy(\.isASCIIDigit) else { return nil }
        fraction += String(repeating: "0", count: currency.minorUnits - fraction.count)
        let scale = Self.power(currency.minorUnits)
        self.init(minorUnits: major * scale + (Int64(fraction) ?? 0), currency: currency)
    }

    /// The amount as a plain decimal with the currency's places: "1500.00", "150000", "12.500".
    public var decimal: String {
        let scale = Self.power(currency.minorUnits)
        let major = minorUnits / scale
        guard currency.minorUnits > 0 else { return String(major) }
        let minor = String(minorUnits % scale)
        return "\(major)." + String(repeating: "0", count: currency.minorUnits - minor.count) + minor
    }

    /// "USD 1,500.00": the code, and the amount grouped by thousands.
    public var formatted: String {
        let plain = decimal
        let parts = plain.split(separator: ".", maxSplits: 1)
        var grouped = ""
        for (index, digit) in parts[0].reversed().enumerated() {
            if index > 0, index % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        let major = String(grouped.reversed())
        return "\(currency.code) " + (parts.count > 1 ? "\(major).\(parts[1])" : major)
    }

    private static func power(_ exponent: Int) -> Int64 {
        (0..<exponent).reduce(1) { value, _ in value * 10 }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
