import Domain
import Foundation
import Storage

/// A person's data for operators' scripts: `sistercities people export ID` and `sistercities people erase ID`.
public enum PrivacyCommand {
    /// Everything kept about the person, as the JSON the API answers.
    public static func export(person: String, location: DatabaseLocation) async throws -> String {
        let id = try parse(person)
        return try await OperatorServices.with(location, label: "people") { services in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(try await PrivacyController.document(id, services: services))
            return String(decoding: data, as: UTF8.self)
        }
    }

    /// Erases the person; answers one line of what was kept and what erased.
    public static func erase(person: String, location: DatabaseLocation) async throws -> String {
        let id = try parse(person)
        return try await OperatorServices.with(location, label: "people") { services in
            let r = try await services.privacy.erase(id, in: services.programmeID, by: .system("command line"))
            return
                "Erased. Kept without the name: \(r.contributionsAnonymised) receipts, \(r.pledgesAnonymised) pledges, \(r.membershipsKept) memberships, \(r.volunteerEntriesKept) volunteer time entries. Erased: \(r.registrationsAnonymised) registrations, \(r.signupsRemoved) shift sign-ups, \(r.linksRemoved) volunteer links, \(r.emailsScrubbed) emails, \(r.historyScrubbed) earlier versions."
        }
    }

    private static func parse(_ text: String) throws -> UUID {
        guard let id = UUID(uuidString: text) else {
            throw AccountAdminError(description: "\(text) is not a person's id (a UUID)")
        }
        return id
    }
}
