import Domain
import Foundation
import Hummingbird

/// `/staff/{list}.csv` and `/events/{id}/registrations.csv`: staff lists as CSV, for a signed-in member with
/// the right role or a script with an API token.
struct ExportsController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        for kind in StaffExport.allCases {
            routes.on(.get, .staffExport(kind)) { request, context in
                try context.requireActor()
                try context.authorize(.readContacts, in: services.programmeID)
                let year = try QueryReader(request).integer("year", in: 1900...2200)
                let table = try await kind.table(
                    services: services, year: year, now: context.now, today: try context.today)
                return Self.response(table, filename: "\(kind.rawValue)\(year.map { "-\($0)" } ?? "").csv")
            }
        }
        routes.on(.get, SiteURL.eventRegistrationsCSV) { request, context in
            try context.requireActor()
            let event = try await services.events.find(try context.pathID(), in: services.programmeID)
            try context.authorize(
                .editActivity(partnerships: Set(event.draft.partnershipIDs)), in: services.programmeID)
            let registrations = try await services.registrations.list(event: event.id, in: services.programmeID)
            return Self.response(StaffExport.registrations(registrations), filename: "registrations.csv")
        }
    }

    /// `text/csv` with the RFC 4180 `header=present` parameter, downloaded as a file, never cached.
    static func response(_ table: CSVTable, filename: String) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8; header=present",
                .contentDisposition: "attachment; filename=\"\(filename)\"",
                .cacheControl: "no-store",
            ],
            body: .init(byteBuffer: ByteBuffer(string: table.text)))
    }
}
