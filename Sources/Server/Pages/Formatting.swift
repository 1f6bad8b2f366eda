import Domain
import Foundation

/// English dates for texts that are English whatever the reader's language: the API's `when` text, the
/// meeting planner's slots, membership reminders. Pages write dates through ``Localizer`` instead.
enum Format {
    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    static func monthName(_ month: Int) -> String { months[month - 1] }

    /// "24 June 1959", "June 1959" or "1959": never more precise than what is known.
    static func date(_ date: PartialDate) -> String {
        switch (date.month, date.day) {
        case (let month?, let day?): "\(day) \(months[month - 1]) \(date.year)"
        case (let month?, nil): "\(months[month - 1]) \(date.year)"
        default: "\(date.year)"
        }
    }
}

extension Format {
    /// "12 April 2019": the UTC day of a moment, for article dates.
    static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return "\(parts.day ?? 1) \(monthName(parts.month ?? 1)) \(parts.year ?? 1970)"
    }

    /// "2019-04-12", for `<time datetime>` and form fields.
    static func isoDay(_ date: Date) -> String {
        String(Timestamp.format(date).prefix(10))
    }
}
