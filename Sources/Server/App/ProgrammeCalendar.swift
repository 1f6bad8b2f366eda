import Domain
import Foundation

/// Days as the programme's home city counts them.
enum ProgrammeCalendar {
    /// Today in the home city's time zone (UTC when it has none).
    static func today(services: Services, now: Date = Date()) async throws -> PartialDate {
        let programme = try await services.programmes.find(services.programmeID)
        var zone = TimeZone(identifier: "UTC")!
        if let home = programme.homeCityID, let city = try? await services.cities.find(home),
            let id = city.timeZone, let found = TimeZone(identifier: id)
        {
            zone = found
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return PartialDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
