import Domain
import FluentKit
import Foundation
import SQLKit

/// One change. No foreign keys: history outlives the record, the user and the session.
final class AuditEntryModel: Model, @unchecked Sendable {
    static let schema = "audit_entries"

    @ID(key: .id) var id: UUID?
    @OptionalField(key: "programme_id") var programmeID: UUID?
    @OptionalField(key: "author_user_id") var authorUserID: UUID?
    @Field(key: "author_label") var authorLabel: String
    @OptionalField(key: "author_programme_id") var authorProgrammeID: UUID?
    @Field(key: "action") var action: String
    @Field(key: "entity") var entity: String
    @Field(key: "entity_id") var entityID: UUID
    @OptionalField(key: "parent_id") var parentID: UUID?
    @OptionalField(key: "before") var before: String?
    @OptionalField(key: "after") var after: String?
    @Field(key: "at") var at: Date

    init() {}

    func toDomain() throws -> AuditEntry {
        AuditEntry(
            id: try requireID(), programmeID: programmeID,
            author: ChangeAuthor(userID: authorUserID, label: authorLabel, programmeID: authorProgrammeID),
            action: try StoredValue.decode(AuditAction.self, action),
            entity: try StoredValue.decode(AuditEntity.self, entity),
            entityID: entityID, parentID: parentID, before: before, after: after, at: at)
    }
}

struct CreateAuditEntries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEntryModel.schema)
            .id()
            .field("programme_id", .uuid)
            .field("author_user_id", .uuid)
            .field("author_label", .string, .required)
            .field("author_programme_id", .uuid)
            .field("action", .string, .required)
            .field("entity", .string, .required)
            .field("entity_id", .uuid, .required)
            .field("parent_id", .uuid)
            .field("before", .string)
            .field("after", .string)
            .field("at", .datetime, .required)
            .create()
        try await database.sql.create(index: "audit_entries_entity_idx")
            .on(AuditEntryModel.schema).column("entity").column("entity_id").run()
        try await database.sql.create(index: "audit_entries_parent_idx")
            .on(AuditEntryModel.schema).column("parent_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditEntryModel.schema).delete()
    }
}
