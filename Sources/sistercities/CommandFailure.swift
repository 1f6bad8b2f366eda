import ArgumentParser
import Domain
import Foundation
import Storage

/// Runs a command body and turns a failure an operator can fix into one clear line on stderr and exit 1.
func reportingFailures(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as ExitCode {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch {
        FileHandle.standardError.write(Data(("sistercities: " + describe(error) + "\n").utf8))
        throw ExitCode.failure
    }
}

private func describe(_ error: any Error) -> String {
    switch error {
    case let error as DomainError:
        switch error {
        case .invalid(let issues): return issues.map { "\($0.field) \($0.message)" }.joined(separator: "; ") + "."
        case .conflict(let message): return message + "."
        case .notFound(let entity, let id): return "no \(entity) with id \(id.uuidString.lowercased())."
        }
    case let error as DatabaseLocationError:
        return error.description
    default:
        break
    }
    // PostgresNIO hides details from `description`; the reflection is only matched, never printed whole.
    let text = String(reflecting: error)
    if text.contains("Address already in use") { return "the port is already in use; choose another with --port." }
    if text.contains("PSQLError") || text.contains("NIOConnectionError") || text.contains("connect(descriptor") {
        if text.contains("Connection refused") || text.contains("connectionRefused") {
            return "cannot connect to the database: the server refused the connection. Is PostgreSQL running there?"
        }
        if text.contains("28P01") || text.contains("28000") || text.contains("authentication") {
            return "cannot connect to the database: the server refused the credentials."
        }
        return "the database refused the request (\(String(describing: error)))."
    }
    if text.contains("SQLiteError") || text.contains("unable to open database") {
        return
            "cannot open the SQLite database (\(String(describing: error))). Check the path and its folder's permissions."
    }
    return String(describing: error)
}
