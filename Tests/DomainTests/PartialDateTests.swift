import Domain
import Foundation
import Testing

@Suite struct PartialDateTests {
    @Test(arguments: [
        ("1959", PartialDate.Precision.year), ("1959-06", .month), ("1959-06-24", .day), ("2000-02-29", .day),
    ])
    func parsesEachPrecision(text: String, precision: PartialDate.Precision) throws {
        let date = try #require(PartialDate(text))
        #expect(date.precision == precision)
        #expect(date.description == text)
    }

    @Test(arguments: ["", "59", "1959-6", "1959-13", "1959-02-30", "1900-02-29", "1959-06-24T00:00", "abcd", "0000"])
    func rejectsWhatIsNotACalendarDate(text: String) {
        #expect(PartialDate(text) == nil)
    }

    @Test func sortsChronologicallyAndKeepsPrecisionThroughJSON() throws {
        let year = try #require(PartialDate("1959"))
        let day = try #require(PartialDate("1959-06-24"))
        #expect(year < day)
        #expect(day < PartialDate(year: 1960)!)
        let data = try JSONEncoder().encode([year, day])
        #expect(String(decoding: data, as: UTF8.self) == #"["1959","1959-06-24"]"#)
        #expect(try JSONDecoder().decode([PartialDate].self, from: data) == [year, day])
    }

    @Test func dayWithoutMonthIsRejected() {
        #expect(PartialDate(year: 1959, month: nil, day: 24) == nil)
    }
}
