import Domain
import Foundation

/// Any JSON value: how the stored versions of a record are shown.
enum JSONValue: Codable, Sendable, Equatable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    static func parse(_ text: String?) -> JSONValue? {
        text.flatMap { try? JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) }
    }
}

/// One change in a record's history.
struct AuditEntryDTO: Codable, Sendable {
    struct Author: Codable, Sendable {
        var label: String
        var userId: String?
    }

    var id: String
    var action: String
    var entity: String
    var entityId: String
    var parentId: String?
    var at: String
    var author: Author
    var before: JSONValue?
    var after: JSONValue?

    init(_ entry: AuditEntry) {
        id = entry.id.lowercasedString
        action = entry.action.rawValue
        entity = entry.entity.rawValue
        entityId = entry.entityID.lowercasedString
        parentId = entry.parentID?.lowercasedString
        at = ISO8601DateFormatter().string(from: entry.at)
        author = Author(label: entry.author.label, userId: entry.author.userID?.lowercasedString)
        before = JSONValue.parse(entry.before)
        after = JSONValue.parse(entry.after)
    }
}

/// A record's history, newest first.
struct HistoryDTO: Codable, Sendable {
    var items: [AuditEntryDTO]
}
