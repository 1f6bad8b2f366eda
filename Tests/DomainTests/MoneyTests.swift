import Domain
import Testing

@Suite struct MoneyTests {
    let usd = Currency(code: "USD")!
    let jpy = Currency(code: "JPY")!
    let kwd = Currency(code: "KWD")!

    // Minor units per ISO 4217 table A.1: USD 2, JPY 0, KWD 3, CLF 4.
    @Test func currenciesKnowTheirMinorUnits() throws {
        #expect(usd.minorUnits == 2)
        #expect(jpy.minorUnits == 0)
        #expect(kwd.minorUnits == 3)
        #expect(try #require(Currency(code: "CLF")).minorUnits == 4)
        #expect(try #require(Currency(code: "eur")).code == "EUR")
        #expect(Currency(code: "XXX") == nil)
        #expect(Currency(code: "ABC") == nil)
        #expect(Currency.all.count > 150)
    }

    @Test func readsAmountsExactlyInTheCurrencysMinorUnit() throws {
        #expect(Money("1500", currency: usd)?.minorUnits == 150_000)
        #expect(Money("1,500.5", currency: usd)?.minorUnits == 150_050)
        #expect(Money(" 0.07 ", currency: usd)?.minorUnits == 7)
        #expect(Money("150000", currency: jpy)?.minorUnits == 150_000)
        #expect(Money("12.345", currency: kwd)?.minorUnits == 12_345)
        // 0.1 + 0.2 is exact here, as it never is in a Double.
        let sum =
            try #require(Money("0.1", currency: usd)).minorUnits
            + (try #require(Money("0.2", currency: usd))).minorUnits
        #expect(sum == 30)
    }

    @Test(arguments: ["", "-5", "+5", "1e3", "1.", ".5", "1.234", "abc", "1 000", "1000000000000", "12.5.1"])
    func refusesWhatIsNotAPlainAmount(text: String) {
        #expect(Money(text, currency: Currency(code: "USD")!) == nil)
    }

    @Test func refusesDecimalPlacesTheCurrencyDoesNotHave() {
        #expect(Money("100.5", currency: jpy) == nil)
        #expect(Money("1.2345", currency: kwd) == nil)
    }

    @Test func writesTheAmountBack() throws {
        #expect(try #require(Money("1500", currency: usd)).decimal == "1500.00")
        #expect(try #require(Money("0.07", currency: usd)).decimal == "0.07")
        #expect(try #require(Money("150000", currency: jpy)).decimal == "150000")
        #expect(try #require(Money("1234567.8", currency: usd)).formatted == "USD 1,234,567.80")
        #expect(try #require(Money("150000", currency: jpy)).formatted == "JPY 150,000")
        #expect(try #require(Money("999999999999.99", currency: usd)).decimal == "999999999999.99")
    }
}
