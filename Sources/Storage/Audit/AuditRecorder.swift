import Domain
import FluentKit
import Foundation

/// Writes one audit entry inside the transaction of the change it records, and raises the content revision
/// there too, so that no page rendered before the change is served after it.
enum AuditRecorder {
    static func record(
        _ action: AuditAction, _ entity: AuditEntity, id: UUID, parent: UUID? = nil, before: (some Encodable)?,
        after: (some Encodable)?, programme: UUID?, by author: ChangeAuthor, at moment: Date, on db: any Database
    ) async throws {
        let entry = AuditEntryModel()
        entry.programmeID = programme
        entry.authorUserID = author.userID
        entry.authorLabel = author.label
        entry.authorProgrammeID = author.programmeID
        entry.action = action.rawValue
        entry.entity = entity.rawValue
        entry.entityID = id
        entry.parentID = parent
        entry.before = try before.map(Snapshot.encode)
        entry.after = try after.map(Snapshot.encode)
        entry.at = moment
        try await entry.create(on: db)
        try await ContentRevisionStore.raise(on: db)
    }
}
