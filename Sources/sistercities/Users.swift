import ArgumentParser
import Domain
import Foundation
import Logging
import Server
import Storage

struct Users: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage the people who sign in.",
        subcommands: [Create.self, List.self, Disable.self, SetRole.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a user. The password is read from standard input, or asked for on a terminal.")

        @Argument(help: "Email address; the sign-in name.") var email: String
        @Option(help: "admin, staff, coordinator, partner-editor or viewer.") var role: Role
        @Option(help: "Display name.") var name: String?
        @Option(help: "The language their pages are in (en, ja, …); default: as their browser asks.")
        var language: String?
        @Option(
            name: .customLong("partnership"),
            help: "For a partner editor: a partnership id they may edit (repeat for several).")
        var partnerships: [UUID] = []
        @Option(help: "Programme id (default: the programme `serve` serves, the install's first).")
        var programme: UUID?
        @Flag(help: "Join the demo programme, the one `serve --demo` serves (loaded now if it is not there yet).")
        var demo = false
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if demo && programme != nil { throw ValidationError("Give --programme or --demo, not both.") }
        }

        func run() async throws {
            try await reportingFailures {
                try await AccountCommands.withAccounts(database: database) { accounts in
                    let joined = try await accounts.programme(programme, demo: demo)
                    let password = try PasswordInput.read(prompt: "Password for \(email): ", confirm: true)
                    let user = try await accounts.createUser(
                        email: email, name: name, role: role, scope: Set(partnerships), language: language,
                        password: password, in: joined.id)
                    let served = programme == nil ? ", the one `serve\(demo ? " --demo" : "")` serves" : ""
                    print(
                        "Created \(user.role.rawValue) \(user.email) (\(user.id.uuidString.lowercased())) in "
                            + "“\(joined.name)” (\(joined.id.uuidString.lowercased()))\(served).")
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List users: email, role, status, id.")
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await reportingFailures {
                try await AccountCommands.withAccounts(database: database) { accounts in
                    for user in try await accounts.users() {
                        let status = user.isDisabled ? "disabled" : "active"
                        print("\(user.email)\t\(user.role.rawValue)\t\(status)\t\(user.id.uuidString.lowercased())")
                    }
                }
            }
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable a user and end their sessions.")
        @Argument(help: "Email address.") var email: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await reportingFailures {
                try await AccountCommands.withAccounts(database: database) { accounts in
                    let user = try await accounts.disable(email: email)
                    print("Disabled \(user.email); their sessions have ended.")
                }
            }
        }
    }

    struct SetRole: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set-role", abstract: "Change a user's role.")
        @Argument(help: "Email address.") var email: String
        @Argument(help: "admin, staff, coordinator, partner-editor or viewer.") var role: Role
        @Option(name: .customLong("partnership"), help: "For a partner editor: a partnership id (repeat for several).")
        var partnerships: [UUID] = []
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await reportingFailures {
                try await AccountCommands.withAccounts(database: database) { accounts in
                    let user = try await accounts.setRole(email: email, role: role, scope: Set(partnerships))
                    print("\(user.email) is now \(user.role.rawValue).")
                }
            }
        }
    }
}

extension Role: ExpressibleByArgument {}
extension UUID: @retroactive ExpressibleByArgument {
    public init?(argument: String) { self.init(uuidString: argument) }
}
