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
    /// Each of the cities with the cities it is tied to: one step of the graph, read at once.
    func neighbours(of cities: Set<UUID>) async throws -> [UUID: Set<UUID>]
    /// Ties and cities per country, most ties first.
    func countries() async throws -> [WorldCountryCount]
    func cities(_ ids: Set<UUID>) async throws -> [UUID: City]
}

public struct WorldCountryCount: Sendable, Hashable {
    public var countryCode: String
    /// Ties with at least one end in the country (a domestic tie counts once).
    public var ties: Int
    /// The country's cities with at least one tie.
    public var cities: Int

    public init(countryCode: String, ties: Int, cities: Int) {
        self.countryCode = countryCode
        self.ties = ties
        self.cities = cities
    }
}

/// Questions the twinning graph answers: who else is twinned with our partners, and how two cities connect.
public enum TwinningGraph {
    /// Cities twinned with two or more of `city`'s partners (not the city itself, nor its own partners), with
    /// the partners they share, most shared first.
    public static func partnersOfPartners(
        of city: UUID, in ties: any WorldTieRepository
    ) async throws -> [(city: UUID, shared: Set<UUID>)] {
        let partners = try await ties.neighbours(of: [city])[city] ?? []
        guard partners.count >= 2 else { return [] }
        let around = try await ties.neighbours(of: partners)
        var shared: [UUID: Set<UUID>] = [:]
        for partner in partners {
            for other in around[partner] ?? [] where other != city && !partners.contains(other) {
                shared[other, default: []].insert(partner)
            }
        }
        return shared.filter { $0.value.count >= 2 }.map { ($0.key, $0.value) }
            .sorted { ($1.shared.count, $0.city.uuidString) < ($0.shared.count, $1.city.uuidString) }
    }

    /// The fewest ties from one city to another, both ends included: [from] when they are the same city, nil
    /// when no path of at most `maxSteps` ties joins them. Searched from both ends at once, a level at a time.
    public static func shortestPath(
        from start: UUID, to goal: UUID, in ties: any WorldTieRepository, maxSteps: Int = 8
    ) async throws -> [UUID]? {
        if start == goal { return [start] }
        var parentsA: [UUID: UUID] = [start: start]
        var parentsB: [UUID: UUID] = [goal: goal]
        var frontierA: Set<UUID> = [start]
        var frontierB: Set<UUID> = [goal]
        var steps = 0
        while !frontierA.isEmpty, !frontierB.isEmpty, steps < maxSteps {
            steps += 1
            // Grow the smaller side: fewer rows read.
            let growA = frontierA.count <= frontierB.count
            let frontier = growA ? frontierA : frontierB
            let neighbours = try await ties.neighbours(of: frontier)
            var next: Set<UUID> = []
            for city in frontier.sorted(by: { $0.uuidString < $1.uuidString }) {
                for other in (neighbours[city] ?? []).sorted(by: { $0.uuidString < $1.uuidString }) {
                    if growA {
                        if parentsA[other] != nil { continue }
                        parentsA[other] = city
                    } else {
                        if parentsB[other] != nil { continue }
                        parentsB[other] = city
                    }
                    if (growA ? parentsB[other] : parentsA[other]) != nil {
                        return path(meeting: other, parentsA, parentsB)
                    }
                    next.insert(other)
                }
            }
            if growA { frontierA = next } else { frontierB = next }
        }
        return nil
    }

    private static func path(meeting: UUID, _ parentsA: [UUID: UUID], _ parentsB: [UUID: UUID]) -> [UUID] {
        var left: [UUID] = [meeting]
        var city = meeting
        while let parent = parentsA[city], parent != city {
            left.append(parent)
            city = parent
        }
        var right: [UUID] = []
        city = meeting
        while let parent = parentsB[city], parent != city {
            right.append(parent)
            city = parent
        }
        return left.reversed() + right
    }
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
        // The most populous first; among equals, the lowest GeoNames id, so the report reads the same every run.
        let ranked = candidates.sorted {
            ($0.population ?? -1, -($0.geonameID ?? Int.max), $1.id.uuidString)
                > ($1.population ?? -1, -($1.geonameID ?? Int.max), $0.id.uuidString)
        }
        let how = variant == original ? "by name" : "as \"\(variant)\""
        if ranked.count == 1 { return .matched(ranked[0], note: how) }
        if (ranked[0].population ?? -1) > (ranked[1].population ?? -1) {
            return .matched(ranked[0], note: "\(how), the most populous of \(ranked.count)")
        }
        return .ambiguous(ranked)
    }
}

extension WorldPartner {
    /// The sources a partnership adopted from this tie cites.
    public var sourceLinks: [WebLink] {
        sources.compactMap { source in
            switch source {
            case "wikipedia-list":
                WebLink(
                    title: "Wikipedia: List of twin towns and sister cities",
                    url: "https://en.wikipedia.org/wiki/List_of_twin_towns_and_sister_cities")
            case "german-partnerships":
                WebLink(
                    title: "Partnerschaften deutscher Gemeinden (muenchdo/TwinTowns)",
                    url: "https://github.com/muenchdo/TwinTowns")
            default: nil
            }
        }
    }

    /// The partnership a programme whose home city is `home` records when it adopts this tie: its kind, the
    /// year as the established date, the lists as sources. A mere contact is no partnership.
    public func partnership(home: UUID) throws(DomainError) -> PartnershipDraft {
        let kind: PartnershipKind
        switch self.kind {
        case .sister: kind = .sister
        case .partnership: kind = .partner
        case .friendship: kind = .friendship
        case .contact:
            throw .conflict("the lists record only a contact between these cities, not a partnership")
        }
        return PartnershipDraft(
            homeCityID: home, partnerCityID: city.id, kind: kind,
            established: year.flatMap { PartialDate(year: $0) }, sources: sourceLinks)
    }
}
