/// An ISO 4217 currency and how many decimal places its minor unit has (JPY 0, USD 2, KWD 3).
public struct Currency: Sendable, Hashable {
    public let code: String
    public let name: String
    public let minorUnits: Int

    /// The currency with this code ("usd" is read as "USD"), or nil when ISO 4217 has no such currency.
    public init?(code: String) {
        guard let currency = Self.table[code.uppercased()] else { return nil }
        self = currency
    }

    init(code: String, name: String, minorUnits: Int) {
        self.code = code
        self.name = name
        self.minorUnits = minorUnits
    }

    /// Every currency, by code.
    public static var all: [Currency] { table.values.sorted { $0.code < $1.code } }
}
