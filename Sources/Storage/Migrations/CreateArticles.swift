import FluentKit
import SQLKit

/// News articles and the partnerships they are about.
struct CreateArticles: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ArticleModel.schema)
            .id()
            .field(
                "programme_id", .uuid, .required, .references(ProgrammeModel.schema, "id", onDelete: .cascade)
            )
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("summary", .string)
            .field("published_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.schema(ArticlePartnershipModel.schema)
            .id()
            .field("article_id", .uuid, .required, .references(ArticleModel.schema, "id", onDelete: .cascade))
            .field(
                "partnership_id", .uuid, .required,
                .references(PartnershipModel.schema, "id", onDelete: .cascade)
            )
            .field("position", .int, .required)
            .unique(on: "article_id", "partnership_id")
            .create()
        let sql = try database.sql
        try await sql.create(index: "articles_programme_published_idx").on(ArticleModel.schema)
            .column("programme_id").column("published_at").run()
        try await sql.create(index: "article_partnerships_partnership_idx").on(ArticlePartnershipModel.schema)
            .column("partnership_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ArticlePartnershipModel.schema).delete()
        try await database.schema(ArticleModel.schema).delete()
    }
}
