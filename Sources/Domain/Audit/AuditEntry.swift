import Foundation

/// Who made a change: a user, or the system itself (the demo loader, an import).
public struct ChangeAuthor: Sendable, Hashable {
    public var userID: UUID?
    /// The user's email, or what the system was doing ("demo data").
    public var label: String
    /// The programme the change was made in.
    public var programmeID: UUID?

    public init(userID: UUID?, label: String, programmeID: UUID?) {
        self.userID = userID
        self.label = label
        self.programmeID = programmeID
    }

    public static func system(_ label: String, programme: UUID? = nil) -> ChangeAuthor {
        ChangeAuthor(userID: nil, label: label, programmeID: programme)
    }

    public init(_ actor: Actor) {
        self.init(userID: actor.user.id, label: actor.user.email, programmeID: actor.user.programmeID)
    }
}

/// What kind of record changed.
public enum AuditEntity: String, Sendable, Codable, CaseIterable {
    case city, partnership, agreement, programme, gift, giftImage, article, organisation, person, event, exchange,
        contribution, pledge
}

public enum AuditAction: String, Sendable, Codable, CaseIterable {
    case create, update, delete, restore
    /// A person erased on request: the entry keeps who did it and when, never the data.
    case erase
}

/// One change to one record: who, when, what, and the record before and after, as stored JSON.
public struct AuditEntry: Sendable, Hashable, Identifiable {
    public var id: UUID
    public var programmeID: UUID?
    public var author: ChangeAuthor
    public var action: AuditAction
    public var entity: AuditEntity
    public var entityID: UUID
    /// The record the changed one belongs to: an agreement's partnership.
    public var parentID: UUID?
    /// The record before the change (nil for a creation).
    public var before: String?
    /// The record after the change (nil for a deletion).
    public var after: String?
    public var at: Date

    public init(
        id: UUID, programmeID: UUID?, author: ChangeAuthor, action: AuditAction, entity: AuditEntity, entityID: UUID,
        parentID: UUID? = nil, before: String?, after: String?, at: Date
    ) {
        self.id = id
        self.programmeID = programmeID
        self.author = author
        self.action = action
        self.entity = entity
        self.entityID = entityID
        self.parentID = parentID
        self.before = before
        self.after = after
        self.at = at
    }

    /// The version of the record this entry leads to; for a deletion, the version that was deleted.
    public var version: String? { after ?? before }

    /// The entry as members of `programme` see it: a change that another programme's user made to a shared
    /// record (a city) names that programme's staff only as "another programme", never by email.
    public func seen(from programme: UUID) -> AuditEntry {
        guard let author = author.programmeID ?? programmeID, author != programme, self.author.userID != nil else {
            return self
        }
        var entry = self
        entry.author = ChangeAuthor(userID: nil, label: "a user of another programme", programmeID: nil)
        return entry
    }
}

/// The trail of changes, and the way back to an earlier version.
public protocol AuditRepository: Sendable {
    /// Changes to one record, newest first. Partnerships and agreements are scoped to `programme`.
    func history(of entity: AuditEntity, id: UUID, in programme: UUID) async throws -> [AuditEntry]
    /// Changes to a partnership and to every agreement it has had, deleted ones included, newest first.
    func partnershipHistory(_ id: UUID, in programme: UUID) async throws -> [AuditEntry]
    func entry(_ id: UUID, in programme: UUID) async throws -> AuditEntry
    /// Puts the record back as it was after `entry` (or before it, for a deletion), recording a restore.
    func restore(_ entry: AuditEntry, in programme: UUID, by author: ChangeAuthor) async throws
    /// The partnerships a restore of `entry` touches: the one the record belongs to now (if it still exists)
    /// and the one of the version put back. Empty for records that belong to no partnership.
    func partnerships(touchedByRestoring entry: AuditEntry, in programme: UUID) async throws -> Set<UUID>
    /// The same for many entries at once (a history page), keyed by entry id, in one query per kind of record.
    func partnerships(touchedByRestoring entries: [AuditEntry], in programme: UUID) async throws -> [UUID: Set<UUID>]
}
