import Domain
import FluentKit
import Foundation
import SQLKit

/// Writes gazetteer places into the cities table with SQLKit: the import's hot path, one multi-row INSERT a
/// batch, updates only for rows whose fingerprint changed.
public struct SQLGazetteerRepository: GazetteerRepository {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    static let columns = [
        "id", "name", "search_name", "names", "country_code", "latitude", "longitude", "time_zone", "population",
        "geoname_id", "ascii_name", "alternate_names", "gazetteer_hash", "created_at", "updated_at", "search_names",
    ]

    public func upsert(_ places: [GazetteerPlace]) async throws -> GazetteerWrite {
        guard !places.isEmpty else { return GazetteerWrite() }
        // A file may name a place twice; the last line wins, as it would row by row.
        let byID = Dictionary(places.map { ($0.geonameID, $0) }, uniquingKeysWith: { _, last in last })
        return try await store.transaction { db in
            let tx = try db.sql
            let existing = try await tx.select().column("geoname_id").column("gazetteer_hash").column("names")
                .from(CityModel.schema).where("geoname_id", .in, Array(byID.keys)).all()
            var known: [Int: String] = [:]
            var translations: [Int: [String: String]] = [:]
            for row in existing {
                let id = try row.decode(column: "geoname_id", as: Int.self)
                let hash = try row.decode(column: "gazetteer_hash", as: String?.self)
                known[id] = hash ?? ""
                translations[id] = try row.decode(column: "names", as: [String: String].self)
            }
            var result = GazetteerWrite()
            var fresh: [GazetteerPlace] = []
            var renamed: [Int] = []
            let now = store.clock.now()
            for place in byID.values.sorted(by: { $0.geonameID < $1.geonameID }) {
                guard let hash = known[place.geonameID] else {
                    fresh.append(place)
                    continue
                }
                if hash == place.fingerprint {
                    result.unchanged += 1
                } else {
                    try await tx.update(CityModel.schema)
                        .set("name", to: SQLBind(place.name))
                        .set("search_name", to: SQLBind(DerivedColumns.citySearchName(name: place.name)))
                        .set("country_code", to: SQLBind(place.countryCode))
                        .set("latitude", to: SQLBind(place.coordinate.latitude))
                        .set("longitude", to: SQLBind(place.coordinate.longitude))
                        .set("time_zone", to: SQLBind(place.timeZone))
                        .set("population", to: SQLBind(place.population))
                        .set("ascii_name", to: SQLBind(place.asciiName))
                        .set("alternate_names", to: SQLBind(place.alternateNames.joined(separator: ",")))
                        .set("gazetteer_hash", to: SQLBind(place.fingerprint))
                        .set(
                            "search_names",
                            to: SQLBind(
                                DerivedColumns.citySearchNames(
                                    name: place.name, names: translations[place.geonameID] ?? [:],
                                    asciiName: place.asciiName,
                                    alternateNames: place.alternateNames.joined(separator: ",")))
                        )
                        .set("updated_at", to: SQLBind(now))
                        .where("geoname_id", .equal, place.geonameID)
                        .run()
                    result.updated += 1
                    renamed.append(place.geonameID)
                }
            }
            if !fresh.isEmpty {
                let noNames: [String: String] = [:]
                let insert = tx.insert(into: CityModel.schema).columns(Self.columns)
                for place in fresh {
                    insert.values([
                        SQLBind(UUID()), SQLBind(place.name), SQLBind(DerivedColumns.citySearchName(name: place.name)),
                        SQLBind(noNames),
                        SQLBind(place.countryCode), SQLBind(place.coordinate.latitude),
                        SQLBind(place.coordinate.longitude), SQLBind(place.timeZone), SQLBind(place.population),
                        SQLBind(place.geonameID), SQLBind(place.asciiName),
                        SQLBind(place.alternateNames.joined(separator: ",")), SQLBind(place.fingerprint), SQLBind(now),
                        SQLBind(now),
                        SQLBind(
                            DerivedColumns.citySearchNames(
                                name: place.name, names: noNames, asciiName: place.asciiName,
                                alternateNames: place.alternateNames.joined(separator: ","))),
                    ])
                }
                try await insert.run()
                result.inserted = fresh.count
            }
            if !renamed.isEmpty {
                try await PartnershipListKeys.refresh(
                    on: tx,
                    where: """
                        "partner_city_id" IN (SELECT "id" FROM "cities" WHERE "geoname_id" IN (\(binds: renamed)))
                        """)
            }
            if result.inserted + result.updated > 0 { try await ContentRevisionStore.raise(on: db) }
            return result
        }
    }
}
