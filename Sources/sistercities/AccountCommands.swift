import Server

/// Opens the accounts of the database named by `--database`.
enum AccountCommands {
    static func withAccounts(database: DatabaseOptions, _ body: (AccountAdmin) async throws -> Void) async throws {
        try await AccountAdmin.with(location: try database.location(), body)
    }
}
