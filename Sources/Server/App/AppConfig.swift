import Domain
import Foundation
import Logging
import Prometheus
import Storage

/// Everything `buildApplication` needs; the CLI and the tests fill it in, nothing reads globals.
public struct AppConfig: Sendable {
    public var host: String
    public var port: Int
    public var database: DatabaseLocation
    /// Load the demo programme (Boston's sister cities) when it is not there yet, and serve it.
    public var demo: Bool
    public var logLevel: Logger.Level
    /// Largest request body accepted, in bytes; larger ones get 413.
    public var maxBodySize: Int
    /// A connection that sends nothing (not even a whole request head) for this long is closed.
    public var idleTimeout: Duration = .seconds(30)
    /// A request whose body has not arrived in full this long after its head loses its connection.
    public var bodyTimeout: Duration = .seconds(60)
    /// Where `/metrics` reads from; `main` bootstraps swift-metrics with the same registry.
    public var metrics: PrometheusCollectorRegistry
    /// Plain-http development: cookies lose `Secure` and the `__Host-` prefix. Never in production.
    public var devMode: Bool = false
    /// Send `Strict-Transport-Security`: the server is reached over HTTPS (directly or through a proxy).
    public var hsts: Bool = false
    /// Take the client's address from `X-Forwarded-For` (only behind a proxy that sets it).
    public var trustForwardedFor: Bool = false
    /// Where people reach the site, without a trailing slash, for absolute links in mail and feeds; when nil,
    /// the address the server listens on (see ``publicBase``). Never taken from a request.
    public var publicURL: String?
    /// bcrypt cost for new password hashes; 12 or more in production.
    public var passwordHashCost: UInt8 = 12
    /// Where outgoing mail is written, one `.eml` file a message; nil keeps it queued in the outbox.
    public var mailDirectory: String?
    /// `smtp://[user:password@]host[:port]` or `smtps://…`: send mail there instead of into `mailDirectory`.
    public var smtpURL: String?
    /// The SMTP password when it is given apart from `smtpURL` (from a file or the environment); it wins.
    public var smtpPassword: String?
    /// The `From` of every message.
    public var mailFrom = "Sister Cities <no-reply@localhost>"
    /// The longest one unit of database work may take before the request is answered 503.
    public var databaseTimeout: Duration = .seconds(10)
    /// Offers the test-only pseudo-locale (``PseudoLocale``), which marks every catalog message.
    public var pseudoLocale = false
    /// The application's clock: every request reads "now" from it once (`AppRequestContext.now`).
    public var clock: WallClock = .system
    /// PostgreSQL connections per event loop.
    public var databaseConnectionsPerEventLoop = 4
    /// How old this server's reading of the content revision may be before it asks the database again: how
    /// soon a change made through another server (or the command line) shows here. Its own changes show at once.
    public var revisionMaxAge: Duration = .seconds(1)
    public var sessionPolicy = SessionPolicy()
    /// How many anonymous registrations are taken per address and per event.
    public var registrationLimits = RegistrationLimits()
    /// Where the server logs; by default swift-log's bootstrapped handler.
    public var logHandler: (@Sendable (String) -> any LogHandler)?

    public init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        database: DatabaseLocation = .sqlite(path: DatabaseLocation.defaultSQLitePath),
        demo: Bool = false,
        logLevel: Logger.Level = .info,
        maxBodySize: Int = 1 << 20,
        metrics: PrometheusCollectorRegistry = PrometheusCollectorRegistry()
    ) {
        self.host = host
        self.port = port
        self.database = database
        self.demo = demo
        self.logLevel = logLevel
        self.maxBodySize = maxBodySize
        self.metrics = metrics
    }
}

extension AppConfig {
    /// The base of every absolute link: `publicURL`, or else the listening address (`localhost` for a wildcard
    /// host), which is right for a server tried out on one machine and visibly wrong anywhere else.
    public var publicBase: String {
        if let publicURL { return publicURL }
        let host = ["0.0.0.0", "::", ""].contains(host) ? "localhost" : host.contains(":") ? "[\(host)]" : host
        return "http://\(host):\(port)"
    }
}

extension AppConfig {
    struct InvalidSMTPURL: Error, CustomStringConvertible {
        var description: String { "the SMTP address must be smtp://[user:password@]host[:port] or smtps://…" }
    }

    /// SMTP when an SMTP address is set, else the mail folder, else none (mail stays queued in the outbox).
    func mailer() throws -> (any Mailer)? {
        if let smtpURL {
            guard var settings = SMTPMailer.Settings(url: smtpURL) else { throw InvalidSMTPURL() }
            if let smtpPassword { settings.password = smtpPassword }
            return SMTPMailer(settings: settings)
        }
        return mailDirectory.map { FolderMailer(directory: URL(fileURLWithPath: $0)) }
    }
}
