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

    public func upsert(_ ties: [WorldTieDraft]) async throws -> WorldTieWrite {
        guard !ties.isEmpty else { return WorldTieWrite() }
        return try await store.transaction { tx in
            var result = WorldTieWrite()
            let firsts = Array(Set(ties.map { Self.ordered($0.cityA, $0.cityB).0 }))
            var existing: [String: WorldTieModel] = [:]
            for chunk in stride(from: 0, to: firsts.count, by: 500) {
                let ids = Array(firsts[chunk..<min(chunk + 500, firsts.count)])
                for model in try await WorldTieModel.query(on: tx).filter(\.$cityA ~~ ids).all() {
                    existing["\(model.cityA) \(model.cityB)"] = model
                }
            }
            for tie in ties where tie.cityA != tie.cityB {
                let (a, b) = Self.ordered(tie.cityA, tie.cityB)
                let key = "\(a) \(b)"
                if let model = existing[key] {
                    var sources = model.sources.split(separator: ",").map(String.init)
                    var changed = false
                    if !sources.contains(tie.source) {
                        sources.append(tie.source)
                        model.sources = sources.sorted().joined(separator: ",")
                        changed = true
                    }
                    if model.year == nil, let year = tie.year {
                        model.year = year
                        changed = true
                    }
                    if changed {
                        try await model.update(on: tx)
                        result.merged += 1
                    } else {
                        result.unchanged += 1
                    }
                } else {
                    let model = WorldTieModel()
                    model.cityA = a
                    model.cityB = b
                    model.year = tie.year
                    model.kind = tie.kind.rawValue
                    model.sources = tie.source
                    model.domestic = tie.domestic
                    try await model.create(on: tx)
                    existing[key] = model
                    result.added += 1
                }
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
        let sql = store.database() as! any SQLDatabase
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
