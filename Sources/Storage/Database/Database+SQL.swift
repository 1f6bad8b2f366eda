import FluentKit
import SQLKit

extension Database {
    /// The SQL view of the database, for queries Fluent's builder does not express. Both drivers the store
    /// opens (SQLite, PostgreSQL) are SQL databases; any other would be a wiring error, reported, not a crash.
    var sql: any SQLDatabase {
        get throws {
            guard let sql = self as? any SQLDatabase else {
                throw NotSQLDatabase(driver: String(describing: type(of: self)))
            }
            return sql
        }
    }
}

/// A database without SQL was handed where the store needs SQL.
struct NotSQLDatabase: Error, CustomStringConvertible {
    let driver: String
    var description: String { "the database driver \(driver) does not speak SQL" }
}
