import FluentKit
import FluentSQL
import SQLKit

/// One row holding the content revision, raised in the transaction of every recorded change.
struct CreateContentRevision: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ContentRevisionStore.table)
            .field("id", .int, .identifier(auto: false))
            .field("value", .int64, .required)
            .create()
        try await database.sql
            .raw("INSERT INTO \(ident: ContentRevisionStore.table) (id, value) VALUES (1, 0)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ContentRevisionStore.table).delete()
    }
}
