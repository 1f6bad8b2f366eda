import Domain
import Foundation

/// A link as stored in a JSON column; kept apart from the domain type so the stored shape changes only on purpose.
struct StoredLink: Codable, Sendable {
    var title: String
    var url: String

    init(_ link: WebLink) {
        title = link.title
        url = link.url
    }

    var domain: WebLink { WebLink(title: title, url: url) }
}

/// A signatory as stored in a JSON column.
struct StoredSignatory: Codable, Sendable {
    var name: String
    var title: String?
    var cityID: UUID?

    init(_ signatory: Signatory) {
        name = signatory.name
        title = signatory.title
        cityID = signatory.cityID
    }

    var domain: Signatory { Signatory(name: name, title: title, cityID: cityID) }
}

/// Reads stored text columns back into domain values; a mismatch means the database was edited by hand.
enum StoredValue {
    struct Corrupt: Error, CustomStringConvertible {
        let description: String
    }

    static func decode<T: RawRepresentable<String>>(_ type: T.Type, _ raw: String) throws -> T {
        guard let value = T(rawValue: raw) else {
            throw Corrupt(description: "unknown \(T.self) \"\(raw)\" in database")
        }
        return value
    }

    static func date(_ raw: String) throws -> PartialDate {
        guard let date = PartialDate(raw) else { throw Corrupt(description: "unreadable date \"\(raw)\" in database") }
        return date
    }
}
