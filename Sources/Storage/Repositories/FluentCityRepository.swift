import Domain
import FluentKit
import Foundation
import SQLKit

/// Cities in the FluentKit store (SQLite or PostgreSQL).
public struct FluentCityRepository: CityRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    public func list(_ query: CityQuery) async throws -> Domain.Page<City> {
        let db = store.database()
        func filtered() -> QueryBuilder<CityModel> {
            let builder = CityModel.query(on: db)
            if let code = query.countryCode { builder.filter(\.$countryCode == code.uppercased()) }
            if let prefix = query.namePrefix.map { DerivedColumns.citySearchName(name: $0) }.map(Self.likeSafe),
                !prefix.isEmpty
            {
                builder.filter(\.$searchName =~ prefix)
            }
            return builder
        }
        let total = try await filtered().count()
        let builder = filtered()
        switch query.sort {
        case .name: builder.sort(\.$searchName, .ascending)
        case .nameDescending: builder.sort(\.$searchName, .descending)
        case .country: builder.sort(\.$countryCode, .ascending).sort(\.$searchName, .ascending)
        case .population: builder.sort(\.$population, .descending).sort(\.$searchName, .ascending)
        }
        let models = try await builder.sort(\.$id).range(query.page.offset..<(query.page.offset + query.page.limit))
            .all()
        return Domain.Page(items: try models.map { try $0.toDomain() }, request: query.page, total: total)
    }

    public func find(_ id: UUID) async throws -> City {
        try await model(id, on: store.database()).toDomain()
    }

    public func search(_ text: String, limit: Int) async throws -> [CitySearchHit] {
        let terms = CitySearch.terms(text)
        guard !terms.isEmpty else { return [] }
        let db = store.database()
        let sql = try db.sql
        // The index finds every city with a name starting with each word; the most populous few hundred are
        // ranked here by how well their names match.
        let candidates = 200
        var rows: [(id: UUID, text: String, population: Int)] = []
        if sql.dialect.name == "sqlite" {
            let match = terms.map { "\"\($0)\"*" }.joined(separator: " ")
            // The index's rowids run from the most populous city down: the first matches are the candidates.
            let keys = try await sql.raw(
                """
                SELECT rowid AS key FROM city_search WHERE city_search MATCH \(bind: match) \
                ORDER BY rowid LIMIT \(bind: candidates)
                """
            ).all().map { try $0.decode(column: "key", as: Int64.self) % Int64(CreateCitySearch.rowModulus) }
            guard !keys.isEmpty else { return [] }
            rows = try await sql.select().columns("id", "search_names", "population").from(CityModel.schema)
                .where("rowid", .in, keys).all().map(Self.candidate)
        } else {
            // Each word quoted: a lexeme to to_tsquery, never read as one of its operators.
            let query = terms.map { Self.lexeme($0) + ":*" }.joined(separator: " & ")
            rows = try await sql.raw(
                """
                SELECT id, search_names, population FROM cities \
                WHERE to_tsvector('simple', coalesce(search_names, '')) @@ to_tsquery('simple', \(bind: query)) \
                ORDER BY population DESC NULLS LAST LIMIT \(bind: candidates)
                """
            ).all().map(Self.candidate)
        }
        // Ranked on the stored folded names: only the winners are read whole.
        let ranked = rows.map { (row: $0, rank: CitySearch.rank(text, searchText: $0.text)) }
            .sorted { ($0.rank, -$0.row.population) < ($1.rank, -$1.row.population) }
            .prefix(limit)
        guard !ranked.isEmpty else { return [] }
        let models = Dictionary(
            uniqueKeysWithValues: try await CityModel.query(on: db).filter(\.$id ~~ ranked.map(\.row.id)).all().map {
                (try $0.requireID(), $0)
            })
        return try ranked.compactMap { entry in
            try models[entry.row.id].map { CitySearchHit(city: try $0.toDomain(), rank: entry.rank) }
        }
    }

    /// A word as a quoted tsquery lexeme.
    static func lexeme(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "''").replacingOccurrences(of: "\\", with: "\\\\") + "'"
    }

    private static func candidate(_ row: any SQLRow) throws -> (id: UUID, text: String, population: Int) {
        (
            try row.decode(column: "id", as: UUID.self), try row.decode(column: "search_names", as: String?.self) ?? "",
            try row.decode(column: "population", as: Int?.self) ?? -1
        )
    }

    public func named(_ name: String, in country: String) async throws -> [City] {
        let terms = CitySearch.terms(name)
        guard !terms.isEmpty else { return [] }
        let sql = try store.sql()
        // The candidates whole in one query, read without FluentKit: reconciling a twin-town list asks this
        // once for every place and spelling.
        let columns =
            CityRow.selection("c")
            + #", "c"."ascii_name" AS "c_ascii_name", "c"."alternate_names" AS "c_alternate_names""#
        let rows: [any SQLRow]
        if sql.dialect.name == "sqlite" {
            let match = "\"" + terms.joined(separator: " ") + "\""
            rows = try await sql.raw(
                """
                SELECT \(unsafeRaw: columns) FROM city_search \
                JOIN cities AS c ON c.rowid = city_search.rowid % \(unsafeRaw: String(CreateCitySearch.rowModulus)) \
                WHERE city_search MATCH \(bind: match) AND c.country_code = \(bind: country) LIMIT 500
                """
            ).all()
        } else {
            let query = terms.map(Self.lexeme).joined(separator: " <-> ")
            rows = try await sql.raw(
                """
                SELECT \(unsafeRaw: columns) FROM cities AS c \
                WHERE to_tsvector('simple', coalesce(c.search_names, '')) @@ to_tsquery('simple', \(bind: query)) \
                AND c.country_code = \(bind: country) LIMIT 500
                """
            ).all()
        }
        let wanted = terms.joined(separator: " ")
        return try rows.compactMap { row in
            let city = try CityRow.decode(row, alias: "c")
            let ascii = try row.decode(column: "c_ascii_name", as: String?.self)
            let alternates = try row.decode(column: "c_alternate_names", as: String?.self)
            let names =
                [city.name] + city.names.values.map { $0 } + [ascii].compactMap { $0 }
                + (alternates?.split(separator: ",").map(String.init) ?? [])
            return names.contains { CitySearch.terms($0).joined(separator: " ") == wanted } ? city : nil
        }
    }

    public func find(geonameID: Int) async throws -> City? {
        try await CityModel.query(on: store.database()).filter(\.$geonameID == geonameID).first()?.toDomain()
    }

    public func create(_ draft: CityDraft, by author: ChangeAuthor) async throws -> City {
        try await insert(draft, id: nil, action: .create, by: author)
    }

    /// Inserts a city (with `id` when it is put back from the audit trail) and records it.
    func insert(_ draft: CityDraft, id: UUID?, action: AuditAction, by author: ChangeAuthor) async throws -> City {
        let draft = try draft.validated()
        let model = CityModel(draft)
        model.id = id
        try await StoreErrors.mapConstraint("a city with GeoNames id \(draft.geonameID ?? 0) exists already") {
            try await store.transaction { tx in
                try await model.write(on: tx)
                try await AuditRecorder.record(
                    action, .city, id: try model.requireID(), before: CitySnapshot?.none, after: CitySnapshot(model),
                    programme: nil, by: author, at: store.clock.now(), on: tx)
            }
        }
        return try model.toDomain()
    }

    public func update(_ id: UUID, with draft: CityDraft, by author: ChangeAuthor) async throws -> City {
        try await update(id, with: draft, action: .update, by: author)
    }

    func update(_ id: UUID, with draft: CityDraft, action: AuditAction, by author: ChangeAuthor) async throws -> City {
        let draft = try draft.validated()
        let db = store.database()
        let model = try await model(id, on: db)
        let before = CitySnapshot(model)
        model.apply(draft)
        try await StoreErrors.mapConstraint("a city with GeoNames id \(draft.geonameID ?? 0) exists already") {
            try await store.transaction { tx in
                try await model.write(on: tx)
                try await AuditRecorder.record(
                    action, .city, id: id, before: before, after: CitySnapshot(model), programme: nil, by: author,
                    at: store.clock.now(), on: tx)
            }
        }
        return try model.toDomain()
    }

    public func delete(_ id: UUID, by author: ChangeAuthor) async throws {
        let db = store.database()
        let model = try await model(id, on: db)
        let partnerships = try await PartnershipModel.query(on: db)
            .group(.or) { $0.filter(\.$homeCity.$id == id).filter(\.$partnerCity.$id == id) }
            .count()
        let programmes = try await ProgrammeModel.query(on: db).filter(\.$homeCity.$id == id).count()
        if partnerships > 0 || programmes > 0 {
            var uses: [String] = []
            if partnerships > 0 { uses.append("\(partnerships) partnership\(partnerships == 1 ? "" : "s")") }
            if programmes > 0 { uses.append("\(programmes) programme\(programmes == 1 ? "" : "s") as home city") }
            throw DomainError.conflict("\(model.name) is still used by \(uses.joined(separator: " and "))")
        }
        try await StoreErrors.mapConstraint("\(model.name) is still in use") {
            try await store.transaction { tx in
                try await model.delete(on: tx)
                try await AuditRecorder.record(
                    .delete, .city, id: id, before: CitySnapshot(model), after: CitySnapshot?.none, programme: nil,
                    by: author, at: store.clock.now(), on: tx)
            }
        }
    }

    private func model(_ id: UUID, on db: any Database) async throws -> CityModel {
        guard let model = try await CityModel.find(id, on: db) else {
            throw DomainError.notFound(entity: "city", id: id)
        }
        return model
    }

    /// LIKE wildcards in user input would widen the match; drop them.
    static func likeSafe(_ text: String) -> String {
        text.filter { $0 != "%" && $0 != "_" && $0 != "\\" }
    }
}
