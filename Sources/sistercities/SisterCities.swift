import ArgumentParser

@main
struct SisterCities: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sistercities",
        abstract: "Runs a city's sister-city programme and publishes it.",
        subcommands: [
            Serve.self, Migrate.self, Users.self, Tokens.self, Milestones.self, Outbox.self, Members.self, Export.self,
            People.self, Import.self, Backup.self,
        ],
        defaultSubcommand: nil
    )
}
