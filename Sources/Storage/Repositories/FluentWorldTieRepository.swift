import Domain
import FluentKit
import Foundation
import SQLKit

/// The world directory's ties in the FluentKit store.
public struct FluentWorldTieRepository: WorldTieRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    static func ordered(_ a: UUID, _ b: UUID) -> (UUID, UUID) {
        a.uuidString < b.uuidString ? (a, b) : (b, a)
    }

    /// A tie as this batch will leave it.
    private struct Row {
        var id: UUID
        var a: UUID
        var b: UUID
        var year: Int?
        var kind: String
        var sources: [String]
        var domestic: Bool
        var isNew: Bool
        var changed = false
    }

    /// Each pair once, whichever way round it comes: a known pair gains the new source and a year it lacked.
    /// Written with SQLKit — one multi-row INSERT a batch — as the import's hot path.
    public func upsert(_ ties: [WorldTieDraft]) async throws -> WorldTieWrite {
        guard !ties.isEmpty else { return WorldTieWrite() }
        return try await store.transaction { tx in
            let sql = try tx.sql
            var result = WorldTieWrite()
            var rows: [String: Row] = [:]
            let firsts = Array(Set(ties.map { Self.ordered($0.cityA, $0.cityB).0 }))
            for chunk in stride(from: 0, to: firsts.count, by: 500) {
                let ids = Array(firsts[chunk..<min(chunk + 500, firsts.count)])
                for row in try await sql.select().columns(
                    "id", "city_a", "city_b", "year", "kind", "sources", "domestic"
                )
                .from(WorldTieModel.schema).where("city_a", .in, ids).all() {
                    let a = try row.decode(column: "city_a", as: UUID.self)
                    let b = try row.decode(column: "city_b", as: UUID.self)
                    rows["\(a) \(b)"] = Row(
                        id: try row.decode(column: "id", as: UUID.self), a: a, b: b,
                        year: try row.decode(column: "year", as: Int?.self),
                        kind: try row.decode(column: "kind", as: String.self),
                        sources: try row.decode(column: "sources", as: String.self).split(separator: ",").map(
                            String.init),
                        domestic: try row.decode(column: "domestic", as: Bool.self), isNew: false)
                }
            }
            var order: [String] = []
            for tie in ties where tie.cityA != tie.cityB {
                let (a, b) = Self.ordered(tie.cityA, tie.cityB)
                let key = "\(a) \(b)"
                guard var row = rows[key] else {
                    rows[key] = Row(
                        id: UUID(), a: a, b: b, year: tie.year, kind: tie.kind.rawValue, sources: [tie.source],
                        domestic: tie.domestic, isNew: true)
                    order.append(key)
                    result.added += 1
                    continue
                }
                var changed = false
                if !row.sources.contains(tie.source) {
                    row.sources = (row.sources + [tie.source]).sorted()
                    changed = true
                }
                if row.year == nil, let year = tie.year {
                    row.year = year
                    changed = true
                }
                if changed {
                    row.changed = true
                    rows[key] = row
                    result.merged += 1
                } else {
                    result.unchanged += 1
                }
            }
            let fresh = order.compactMap { rows[$0] }
            if !fresh.isEmpty {
                let insert = sql.insert(into: WorldTieModel.schema)
                    .columns("id", "city_a", "city_b", "year", "kind", "sources", "domestic")
                for row in fresh {
                    insert.values([
                        SQLBind(row.id), SQLBind(row.a), SQLBind(row.b), SQLBind(row.year), SQLBind(row.kind),
                        SQLBind(row.sources.joined(separator: ",")), SQLBind(row.domestic),
                    ])
                }
                try await insert.run()
            }
            for row in rows.values where row.changed && !row.isNew {
                try await sql.update(WorldTieModel.schema)
                    .set("sources", to: SQLBind(row.sources.joined(separator: ",")))
                    .set("year", to: SQLBind(row.year))
                    .where("id", .equal, SQLBind(row.id))
                    .run()
            }
            if result.added + result.merged > 0 { try await ContentRevisionStore.raise(on: tx) }
            return result
        }
    }

    public func partners(of city: UUID) async throws -> [WorldPartner] {
        let db = store.database()
        let ties = try await WorldTieModel.query(on: db).group(.or) {
            $0.filter(\.$cityA == city).filter(\.$cityB == city)
        }
        .all()
        let others = ties.map { $0.cityA == city ? $0.cityB : $0.cityA }
        guard !others.isEmpty else { return [] }
        let cities = Dictionary(
            uniqueKeysWithValues: try await CityModel.query(on: db).filter(\.$id ~~ others).all().map {
                (try $0.requireID(), try $0.toDomain())
            })
        return try ties.compactMap { tie -> WorldPartner? in
            guard let other = cities[tie.cityA == city ? tie.cityB : tie.cityA] else { return nil }
            return WorldPartner(
                city: other, year: tie.year, kind: try StoredValue.decode(TieKind.self, tie.kind),
                sources: tie.sources.split(separator: ",").map(String.init), domestic: tie.domestic)
        }.sorted { ($0.city.name, $0.city.countryCode) < ($1.city.name, $1.city.countryCode) }
    }

    public func count() async throws -> Int {
        try await WorldTieModel.query(on: store.database()).count()
    }

    public func neighbours(of cities: Set<UUID>) async throws -> [UUID: Set<UUID>] {
        let db = store.database()
        var out: [UUID: Set<UUID>] = [:]
        let all = Array(cities)
        for start in stride(from: 0, to: all.count, by: 500) {
            let ids = Array(all[start..<min(start + 500, all.count)])
            let ties = try await WorldTieModel.query(on: db)
                .group(.or) { $0.filter(\.$cityA ~~ ids).filter(\.$cityB ~~ ids) }.all()
            for tie in ties {
                if cities.contains(tie.cityA) { out[tie.cityA, default: []].insert(tie.cityB) }
                if cities.contains(tie.cityB) { out[tie.cityB, default: []].insert(tie.cityA) }
            }
        }
        return out
    }

    public func countries() async throws -> [WorldCountryCount] {
        let sql = try store.database().sql
        // Each tie once per country it touches; each city once however many ties it has.
        let rows = try await sql.raw(
            """
            SELECT country_code, COUNT(DISTINCT tie_id) AS ties, COUNT(DISTINCT city_id) AS cities FROM ( \
            SELECT t.id AS tie_id, c.id AS city_id, c.country_code AS country_code \
            FROM world_ties t JOIN cities c ON c.id = t.city_a \
            UNION ALL \
            SELECT t.id AS tie_id, c.id AS city_id, c.country_code AS country_code \
            FROM world_ties t JOIN cities c ON c.id = t.city_b \
            ) ends GROUP BY country_code ORDER BY ties DESC, country_code
            """
        ).all()
        return try rows.map { row in
            WorldCountryCount(
                countryCode: try row.decode(column: "country_code", as: String.self),
                ties: Int(try row.decode(column: "ties", as: Int64.self)),
                cities: Int(try row.decode(column: "cities", as: Int64.self)))
        }
    }

    public func cities(_ ids: Set<UUID>) async throws -> [UUID: City] {
        guard !ids.isEmpty else { return [:] }
        var out: [UUID: City] = [:]
        let all = Array(ids)
        for start in stride(from: 0, to: all.count, by: 500) {
            for model in try await CityModel.query(on: store.database())
                .filter(\.$id ~~ Array(all[start..<min(start + 500, all.count)])).all()
            {
                out[try model.requireID()] = try model.toDomain()
            }
        }
        return out
    }
}
