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
        @Option(
            help: ArgumentHelp(
                "Days until the token stops working (1 to 3650), or \"never\" for a token that lasts until revoked.",
                valueName: "days|never"))
        var expires = TokenLifetime.standard.text
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            do {
                _ = try TokenLifetime(parsing: expires)
            } catch {
                throw ValidationError("--expires must be a number of days from 1 to 3650, or never.")
            }
        }

        func run() async throws {
            try await reportingFailures {
                try await AccountCommands.withAccounts(database: database) { accounts in
                    let (secret, token) = try await accounts.createToken(
                        email: email, name: name, lifetime: try TokenLifetime(parsing: expires))
                    let until = token.expiresAt.map { "expires \($0.ISO8601Format())" } ?? "never expires"
                    FileHandle.standardError.write(
                        Data(
                            "Created token \(token.id.uuidString.lowercased()) (\(until)); it is shown only now:\n".utf8
                        ))
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
                        let status =
                            token.revokedAt != nil
                            ? "revoked" : token.hasExpired(at: WallClock.system.now()) ? "expired" : "active"
                        let expires = token.expiresAt?.ISO8601Format() ?? "never"
                        print("\(token.id.uuidString.lowercased())\t\(status)\t\(expires)\t\(token.name)")
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
