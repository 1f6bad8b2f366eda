import Foundation

/// A twinning tie between two cities of the world directory, kept apart from any programme's own list.
public struct WorldTieDraft: Sendable, Hashable {
    public var cityA: UUID
    public var cityB: UUID
    public var year: Int?
    public var kind: TieKind
    public var source: String
    /// Both cities in one country: German–German town partnerships exist.
    public var domestic: Bool

    public init(cityA: UUID, cityB: UUID, year: Int?, kind: TieKind, source: String, domestic: Bool) {
        self.cityA = cityA
        self.cityB = cityB
        self.year = year
        self.kind = kind
        self.source = source
        self.domestic = domestic
    }
}

/// One side of a tie, as seen from the other city.
public struct WorldPartner: Sendable, Hashable {
    public var city: City
    public var year: Int?
    public var kind: TieKind
    public var sources: [String]
    public var domestic: Bool

    public init(city: City, year: Int?, kind: TieKind, sources: [String], domestic: Bool) {
        self.city = city
        self.year = year
        self.kind = kind
        self.sources = sources
        self.domestic = domestic
    }
}

/// What writing ties did: new ties, ties another source already had (its name added), and ties written before.
public struct WorldTieWrite: Sendable, Hashable {
    public var added = 0
    public var merged = 0
    public var unchanged = 0

    public init(added: Int = 0, merged: Int = 0, unchanged: Int = 0) {
        self.added = added
        self.merged = merged
        self.unchanged = unchanged
    }
}

public protocol WorldTieRepository: Sendable {
    /// Each tie once whichever way round it is given; a tie already there gains the source's name and a year
    /// it lacked. Writing the same ties again changes nothing.
    func upsert(_ ties: [WorldTieDraft]) async throws -> WorldTieWrite
    /// The city's partners, from either side of each tie, by name.
    func partners(of city: UUID) async throws -> [WorldPartner]
    func count() async throws -> Int
}

/// What a list's place became in the gazetteer.
public enum Reconciliation: Sendable, Hashable {
    case matched(City, note: String)
    /// Several cities fit equally well; none is chosen.
    case ambiguous([City])
    case unmatched(reason: String)

    public var city: City? {
        if case .matched(let city, _) = self { return city }
        return nil
    }

    /// The one city among `candidates` named `variant`: the only one, or the most populous by a margin.
    public static func decide(_ candidates: [City], variant: String, original: String) -> Reconciliation? {
        guard !candidates.isEmpty else { return nil }
        let ranked = candidates.sorted { ($0.population ?? -1, $1.name) > ($1.population ?? -1, $0.name) }
        let how = variant == original ? "by name" : "as \"\(variant)\""
        if ranked.count == 1 { return .matched(ranked[0], note: how) }
        if (ranked[0].population ?? -1) > (ranked[1].population ?? -1) {
            return .matched(ranked[0], note: "\(how), the most populous of \(ranked.count)")
        }
        return .ambiguous(ranked)
    }
}
