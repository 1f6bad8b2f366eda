import Foundation

/// Where the registry lives: an embedded SQLite file (the default) or a PostgreSQL server.
public enum DatabaseLocation: Sendable, Hashable, CustomStringConvertible {
    case sqlite(path: String)
    /// A private in-memory SQLite database, gone when the process ends.
    case sqliteInMemory
    /// A `postgres://user:pass@host:port/db` URL, and an optional schema to work in (tests use one each).
    case postgres(url: String, schema: String? = nil)

    public static let defaultSQLitePath = "sistercities.sqlite"

    /// Reads `--database`: a `postgres://` or `postgresql://` URL, `sqlite:PATH`, `sqlite::memory:`, or a file path.
    public init(parsing text: String) throws(DatabaseLocationError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw DatabaseLocationError(text: text, reason: "it is empty") }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") {
            guard let url = URLComponents(string: trimmed), let host = url.host, !host.isEmpty,
                url.user?.isEmpty == false
            else {
                throw DatabaseLocationError(
                    text: text,
                    reason: "a PostgreSQL URL looks like postgres://user:password@host:5432/database"
                )
            }
            if let port = url.port, !(1...65535).contains(port) {
                throw DatabaseLocationError(text: text, reason: "the port must be between 1 and 65535")
            }
            self = .postgres(url: trimmed)
        } else if lower == "sqlite::memory:" {
            self = .sqliteInMemory
        } else if lower.hasPrefix("sqlite:") {
            let path = String(trimmed.dropFirst("sqlite:".count)).replacingOccurrences(of: "//", with: "")
            guard !path.isEmpty else { throw DatabaseLocationError(text: text, reason: "no file path after sqlite:") }
            self = .sqlite(path: path)
        } else if lower.contains("://") {
            throw DatabaseLocationError(
                text: text, reason: "only postgres:// URLs and SQLite file paths are supported")
        } else {
            self = .sqlite(path: trimmed)
        }
    }

    /// The location with any password hidden, for logs.
    public var description: String {
        switch self {
        case .sqlite(let path): "SQLite file \(path)"
        case .sqliteInMemory: "in-memory SQLite"
        case .postgres(let url, let schema):
            "PostgreSQL \(Self.redacted(url))" + (schema.map { " (schema \($0))" } ?? "")
        }
    }

    public var isPostgres: Bool {
        if case .postgres = self { true } else { false }
    }

    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return "<unparsable URL>" }
        if components.password != nil { components.password = "***" }
        return components.string ?? "<unparsable URL>"
    }
}

/// A `--database` value that names no usable database.
public struct DatabaseLocationError: Error, CustomStringConvertible {
    public let text: String
    public let reason: String
    public var description: String { "Invalid database \"\(DatabaseLocation.redacted(text))\": \(reason)." }
}
