import ArgumentParser
import Domain
import Foundation
import Server

struct Tokens: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage API tokens for scripts.", subcommands: [Create.self, List.self, Revoke.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a token for a user and print it once. It acts with the user's role.")
        @Argument(help: "The user's email address.") var email: String
        @Option(help: "What the token is for, e.g. \"nightly export\".") var name: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await reportingFailures {
                try await AccountCommands.withAccounts(database: database) { accounts in
                    let (secret, token) = try await accounts.createToken(email: email, name: name)
                    FileHandle.standardError.write(
                        Data("Created token \(token.id.uuidString.lowercased()); it is shown only now:\n".utf8))
                    print(secret)
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a user's tokens.")
        @Argument(help: "The user's email address.") var email: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await reportingFailures {
                try await AccountCommands.withAccounts(database: database) { accounts in
                    for token in try await accounts.tokens(email: email) {
                        let status = token.revokedAt == nil ? "active" : "revoked"
                        print("\(token.id.uuidString.lowercased())\t\(status)\t\(token.name)")
                    }
                }
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token by its id.")
        @Argument(help: "The token's id (from `tokens list`).") var id: UUID
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await reportingFailures {
                try await AccountCommands.withAccounts(database: database) { accounts in
                    try await accounts.revokeToken(id)
                    print("Revoked token \(id.uuidString.lowercased()).")
                }
            }
        }
    }
}
