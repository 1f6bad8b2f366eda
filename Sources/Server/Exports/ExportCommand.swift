import Domain
import Foundation
import Storage

/// Staff lists as CSV for operators' scripts: `sistercities export contributions --year 2026`.
public enum ExportCommand {
    /// The lists that can be exported, by the name the command takes.
    public static var lists: [String] { StaffExport.allCases.map(\.rawValue) }

    public static func csv(list: String, year: Int?, location: DatabaseLocation) async throws -> String {
        guard let kind = StaffExport(rawValue: list) else {
            throw AccountAdminError(description: "no list \"\(list)\": choose one of \(lists.joined(separator: ", "))")
        }
        if let year, !(1900...2200).contains(year) {
            throw AccountAdminError(description: "--year must be from 1900 to 2200")
        }
        return try await OperatorServices.with(location, label: "export") { services in
            let now = services.clock.now()
            let today = try await ServedProgramme.load(services).day(of: now)
            return try await kind.table(services: services, year: year, now: now, today: today).text
        }
    }
}
