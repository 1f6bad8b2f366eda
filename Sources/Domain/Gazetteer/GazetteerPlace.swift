import Foundation

/// A populated place from a gazetteer, as one line of GeoNames' cities dump gives it.
public struct GazetteerPlace: Sendable, Hashable {
    public var geonameID: Int
    public var name: String
    public var asciiName: String
    /// Other names and spellings, in every script: "Straßburg", "京都".
    public var alternateNames: [String]
    public var coordinate: Coordinate
    public var countryCode: String
    public var population: Int?
    public var timeZone: String?

    public init(
        geonameID: Int, name: String, asciiName: String, alternateNames: [String], coordinate: Coordinate,
        countryCode: String, population: Int?, timeZone: String?
    ) {
        self.geonameID = geonameID
        self.name = name
        self.asciiName = asciiName
        self.alternateNames = alternateNames
        self.coordinate = coordinate
        self.countryCode = countryCode
        self.population = population
        self.timeZone = timeZone
    }

    /// A fingerprint of the fields the import writes: a re-run compares it and leaves unchanged rows alone.
    public var fingerprint: String {
        // FNV-1a, 64 bits: stable across runs and platforms, unlike Hasher.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let text = [
            String(geonameID), name, asciiName, alternateNames.joined(separator: ","),
            String(coordinate.latitude), String(coordinate.longitude), countryCode, population.map(String.init) ?? "",
            timeZone ?? "",
        ].joined(separator: "\t")
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}

/// Reads the 19 tab-separated columns of GeoNames' `cities500.txt` (and the other dumps of the same layout).
/// A line that cannot be read is reported with its reason, never guessed at.
public enum GeoNamesLine {
    public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
        public var line: Int
        public var reason: String

        public init(line: Int, reason: String) {
            self.line = line
            self.reason = reason
        }

        public var description: String { "line \(line): \(reason)" }
    }

    /// `countries` are the codes a place may have: ISO 3166-1 and the few GeoNames adds (XK, Kosovo).
    public static func parse(
        _ line: Substring, number: Int, countries: Set<String>
    ) -> Result<GazetteerPlace, Problem> {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        func fail(_ reason: String) -> Result<GazetteerPlace, Problem> {
            .failure(Problem(line: number, reason: reason))
        }
        guard fields.count == 19 else { return fail("\(fields.count) columns where GeoNames has 19") }
        guard let id = Int(fields[0]), id > 0 else { return fail("the GeoNames id \"\(fields[0])\" is not a number") }
        let name = fields[1].trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return fail("the place has no name") }
        guard let latitude = Double(fields[4]), let longitude = Double(fields[5]), (-90...90).contains(latitude),
            (-180...180).contains(longitude)
        else { return fail("no coordinates: \"\(fields[4])\", \"\(fields[5])\"") }
        let coordinate = Coordinate(latitude: latitude, longitude: longitude)
        let country = String(fields[8])
        guard countries.contains(country) else { return fail("unknown country code \"\(country)\"") }
        var population: Int?
        if !fields[14].isEmpty {
            guard let value = Int(fields[14]), value >= 0 else {
                return fail("the population \"\(fields[14])\" is not a number")
            }
            population = value
        }
        let zone = fields[17].isEmpty ? nil : String(fields[17])
        let alternates = fields[3].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && $0 != name }
        return .success(
            GazetteerPlace(
                geonameID: id, name: name, asciiName: String(fields[2]), alternateNames: alternates,
                coordinate: coordinate, countryCode: country, population: population,
                timeZone: zone))
    }

    /// The country codes of GeoNames' `countryInfo.txt` (comment lines start with #).
    public static func countryCodes(countryInfo text: String) -> Set<String> {
        Set(
            text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
                let code = line.split(separator: "\t", maxSplits: 1).first.map(String.init) ?? ""
                return code.count == 2 && code.allSatisfy(\.isUppercase) ? code : nil
            })
    }
}

/// What writing one batch of places did.
public struct GazetteerWrite: Sendable, Hashable {
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0

    public init(inserted: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.inserted = inserted
        self.updated = updated
        self.unchanged = unchanged
    }

    public static func + (a: GazetteerWrite, b: GazetteerWrite) -> GazetteerWrite {
        GazetteerWrite(
            inserted: a.inserted + b.inserted, updated: a.updated + b.updated, unchanged: a.unchanged + b.unchanged)
    }
}

public protocol GazetteerRepository: Sendable {
    /// Inserts new places and updates changed ones, by GeoNames id, in one transaction; unchanged rows are not
    /// written at all. The programme's own translations of a city's name are kept.
    func upsert(_ places: [GazetteerPlace]) async throws -> GazetteerWrite
}
