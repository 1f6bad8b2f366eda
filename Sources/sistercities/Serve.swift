import ArgumentParser
import Domain
import Foundation
import Hummingbird
import Logging
import Metrics
import Prometheus
import Server

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start the web server (creates or migrates the schema first).")

    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 8080
    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Load the demo programme (Boston's sister cities) if it is not there yet, and serve it.")
    var demo = false
    @Option(help: "Log level: trace, debug, info, notice, warning, error or critical.")
    var logLevel: Logger.Level = .info
    @Flag(help: "Development over plain http: cookies without Secure and the __Host- prefix. Never in production.")
    var dev = false
    @Flag(help: "Send Strict-Transport-Security: clients reach the server over HTTPS (directly or through a proxy).")
    var hsts = false
    @Flag(help: "Take the client address (for sign-in throttling) from X-Forwarded-For, set by your proxy.")
    var trustForwardedFor = false
    @Option(
        help: ArgumentHelp(
            "The address people reach the site at (https://sistercities.example.org), for links in mail and feeds.",
            discussion: "Required with --smtp. Without it, links point to http://HOST:PORT."))
    var publicURL: String?
    @Option(help: "Seconds a connection may send nothing (not even a whole request head) before it is closed.")
    var idleTimeout = 30
    @Option(help: "Seconds a request body may take to arrive in full before its connection is closed.")
    var bodyTimeout = 60
    @Option(help: "Seconds one unit of database work may take before the request is answered 503.")
    var databaseTimeout = 10
    @Option(help: "Anonymous registrations one client address may make in an hour.")
    var registrationsPerAddress = RegistrationLimits().perAddress
    @Option(help: "Anonymous registrations one event takes in ten minutes.")
    var registrationsPerEvent = RegistrationLimits().perEvent
    @Option(help: "Folder that outgoing mail is written to, one .eml file a message.")
    var mailDir = "sistercities-mail"
    @OptionGroup var smtp: SMTPOptions
    @Option(help: "The From of outgoing mail.")
    var mailFrom = "Sister Cities <no-reply@localhost>"

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535.") }
        guard registrationsPerAddress > 0, registrationsPerEvent > 0 else {
            throw ValidationError("--registrations-per-address and --registrations-per-event must be at least 1.")
        }
        guard databaseTimeout > 0 else { throw ValidationError("--database-timeout must be at least 1 second.") }
        guard idleTimeout > 0, bodyTimeout > 0 else {
            throw ValidationError("--idle-timeout and --body-timeout must be at least 1 second.")
        }
        if let publicURL {
            guard let url = URL(string: publicURL), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
                url.host != nil, url.query == nil
            else { throw ValidationError("--public-url must be an http or https address such as https://example.org.") }
        }
        if smtp.smtp != nil, publicURL == nil {
            throw ValidationError(
                "--smtp needs --public-url: links in mail must point to the site's address, which a request cannot tell."
            )
        }
    }

    func run() async throws {
        try await reportingFailures {
            let registry = PrometheusCollectorRegistry()
            MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
            var config = AppConfig(
                host: host, port: port, database: try database.location(), demo: demo, logLevel: logLevel,
                metrics: registry)
            config.devMode = dev
            config.hsts = hsts
            config.trustForwardedFor = trustForwardedFor
            config.idleTimeout = .seconds(idleTimeout)
            config.bodyTimeout = .seconds(bodyTimeout)
            config.databaseTimeout = .seconds(databaseTimeout)
            config.registrationLimits.perAddress = registrationsPerAddress
            config.registrationLimits.perEvent = registrationsPerEvent
            config.mailDirectory = mailDir
            config.smtpURL = smtp.smtp
            config.smtpPassword = try smtp.password()
            config.mailFrom = mailFrom
            config.publicURL = publicURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
            let app = try await buildApplication(config)
            try await app.runService()
        }
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
