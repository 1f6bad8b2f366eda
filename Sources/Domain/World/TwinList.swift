import Foundation

/// How two places are tied in the world directory.
public enum TieKind: String, Sendable, CaseIterable {
    case sister, partnership, friendship, contact
}

/// A place as a twin-town list names it: "Kispest (Budapest)" in "Hungary".
public struct PlaceLabel: Sendable, Hashable {
    public var name: String
    public var countryLabel: String

    public init(name: String, countryLabel: String) {
        self.name = name
        self.countryLabel = countryLabel
    }

    /// The names to look for, best first: the name as written; without its bracketed qualifier, then the
    /// qualifier ("Kispest (Budapest)": Kispest, then Budapest; "Praha (Prag)": Praha, then Prag); each side
    /// of a slash ("Halifax/Calderdale"); a city's district, then the city ("Tokyo – Arakawa": Arakawa, then
    /// Tokyo); the name before a comma ("Lengnau, Bern"); and a county or district named after its town
    /// ("Krosno County": Krosno).
    public var variants: [String] {
        func trim<S: StringProtocol>(_ s: S) -> String { s.trimmingCharacters(in: .whitespaces) }
        var out = [name]
        if let open = name.firstIndex(of: "("), let close = name.lastIndex(of: ")"), open < close {
            out.append(trim(name[..<open]))
            out.append(trim(name[name.index(after: open)..<close]))
        }
        if name.contains("/") { out += name.split(separator: "/").map(trim) }
        for dash in [" – ", " — ", " - "] where name.contains(dash) {
            let parts = name.components(separatedBy: dash).map(trim)
            out += parts.reversed()
        }
        if let comma = name.firstIndex(of: ",") { out.append(trim(name[..<comma])) }
        for suffix in [" County", " District", " Municipality", " Township", " City", " (district)"]
        where name.hasSuffix(suffix) {
            out.append(trim(name.dropLast(suffix.count)))
        }
        // "St Neot" is "Saint Neot" in the gazetteer, and the other way round.
        for (short, long) in [("St. ", "Saint "), ("St ", "Saint ")] where name.hasPrefix(short) {
            out.append(long + name.dropFirst(short.count))
        }
        if name.hasPrefix("Saint ") { out.append("St. " + name.dropFirst(6)) }
        var seen = Set<String>()
        return out.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}

/// One line of a twin-town list.
public struct TwinRow: Sendable, Hashable {
    public var line: Int
    public var a: PlaceLabel
    public var b: PlaceLabel
    public var year: Int?
    public var kind: TieKind

    public init(line: Int, a: PlaceLabel, b: PlaceLabel, year: Int? = nil, kind: TieKind) {
        self.line = line
        self.a = a
        self.b = b
        self.year = year
        self.kind = kind
    }
}

/// The twin-town lists the importer reads, each with its columns and its language of country names.
public enum TwinFormat: String, Sendable, CaseIterable {
    /// Wikipedia's list: `city1,country1,city2,country2`, English country labels, no years.
    case wikipediaList = "wikipedia-list"
    /// German municipalities' partnerships: 12 columns, German country names, a year and a form.
    case germanPartnerships = "german-partnerships"

    public var language: CountryLabels.Language { self == .wikipediaList ? .english : .german }

    /// The row of one line's fields; nil for the header line.
    public func row(_ fields: [String], line: Int) -> Result<TwinRow, GeoNamesLine.Problem>? {
        func fail(_ reason: String) -> Result<TwinRow, GeoNamesLine.Problem> {
            .failure(GeoNamesLine.Problem(line: line, reason: reason))
        }
        switch self {
        case .wikipediaList:
            if fields == ["city1", "country1", "city2", "country2"] { return nil }
            guard fields.count == 4 else { return fail("\(fields.count) columns where the list has 4") }
            let a = PlaceLabel(name: fields[0].trimmed, countryLabel: fields[1].trimmed)
            let b = PlaceLabel(name: fields[2].trimmed, countryLabel: fields[3].trimmed)
            guard !a.name.isEmpty, !b.name.isEmpty else { return fail("a city without a name") }
            return .success(TwinRow(line: line, a: a, b: b, kind: .sister))
        case .germanPartnerships:
            if fields.first == "gemeindename" { return nil }
            guard fields.count == 12 else { return fail("\(fields.count) columns where the list has 12") }
            let a = PlaceLabel(name: fields[0].trimmed, countryLabel: "Deutschland")
            let b = PlaceLabel(name: fields[5].trimmed, countryLabel: fields[6].trimmed)
            guard !a.name.isEmpty, !b.name.isEmpty else { return fail("a municipality without a name") }
            let year = Int(fields[8].trimmed).flatMap { (1000...2100).contains($0) ? $0 : nil }
            let kind: TieKind =
                switch fields[9].trimmed {
                case "f": .friendship
                case "k": .contact
                default: .partnership
                }
            return .success(TwinRow(line: line, a: a, b: b, year: year, kind: kind))
        }
    }
}

/// Splits one CSV line (RFC 4180: quoted fields, doubled quotes) into its fields.
public enum CSVLine {
    public static func fields(_ line: Substring) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var index = line.startIndex
        while index < line.endIndex {
            let c = line[index]
            if quoted {
                if c == "\"" {
                    let next = line.index(after: index)
                    if next < line.endIndex, line[next] == "\"" {
                        field.append("\"")
                        index = next
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(c)
            }
            index = line.index(after: index)
        }
        fields.append(field)
        return fields
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespaces) }
}
