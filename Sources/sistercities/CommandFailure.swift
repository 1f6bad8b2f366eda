import ArgumentParser
import Foundation
import Storage

/// Runs a command body and turns a failure an operator can fix into one clear line on stderr and exit 1.
func reportingFailures(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as ExitCode {
        throw error
    } catch {
        FileHandle.standardError.write(Data(("sistercities: " + describe(error) + "\n").utf8))
        throw ExitCode.failure
    }
}

private func describe(_ error: any Error) -> String {
    // PostgresNIO hides details from `description`; the reflection is only matched, never printed whole.
    let text = String(reflecting: error)
    if text.contains("Address already in use") { return "the port is already in use; choose another with --port." }
    if let error = error as? DatabaseLocationError { return error.description }
    if text.contains("connectionRefused") || text.contains("Connection refused") || text.contains("connect(descriptor")
    {
        return "cannot connect to the database: the server refused the connection. Is PostgreSQL running there?"
    }
    if text.contains("authentication") || text.contains("password") {
        return "cannot connect to the database: the server refused the credentials."
    }
    if text.contains("unable to open database") || text.contains("SQLITE_CANTOPEN") || text.contains("SQLiteError") {
        return "cannot open the SQLite database (\(text)). Check the path and its folder's permissions."
    }
    if text.contains("PSQLError") { return "the database refused the request (\(String(describing: error)))." }
    return String(describing: error)
}
