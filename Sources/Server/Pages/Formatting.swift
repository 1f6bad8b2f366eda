import Domain
import Foundation

/// How pages write values for people.
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

    /// "45 seconds", "1 minute", "12 minutes": how long to wait before trying again.
    static func waitTime(_ seconds: Int) -> String {
        if seconds < 90 { return seconds == 1 ? "1 second" : "\(seconds) seconds" }
        let minutes = (seconds + 59) / 60
        return minutes == 1 ? "1 minute" : "\(minutes) minutes"
    }

    /// "1,463,723".
    static func count(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += "," }
            out.append(character)
        }
        return number < 0 ? "-" + out : out
    }

    /// "35.021° N, 135.754° E".
    static func coordinate(_ coordinate: Coordinate) -> String {
        func part(_ value: Double, _ positive: String, _ negative: String) -> String {
            let rounded = (abs(value) * 1000).rounded() / 1000
            return "\(rounded)° \(value >= 0 ? positive : negative)"
        }
        return part(coordinate.latitude, "N", "S") + ", " + part(coordinate.longitude, "E", "W")
    }
}

extension Format {
    /// "29 November 2026, 17:30 UTC".
    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let time = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        return "\(parts.day ?? 1) \(monthName(parts.month ?? 1)) \(parts.year ?? 1970), \(time) UTC"
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
