import Domain
import Foundation
import Hummingbird
import Logging
import Storage

/// Assembles the whole server: database, schema, programme, routes. `main` and every test call it.
public func buildApplication(_ config: AppConfig) async throws -> some ApplicationProtocol {
    var logger = config.logHandler.map { Logger(label: "sistercities", factory: $0) } ?? Logger(label: "sistercities")
    logger.logLevel = config.logLevel
    let store = try Store(
        location: config.database, logger: logger, connectionsPerEventLoop: config.databaseConnectionsPerEventLoop,
        revisionMaxAge: config.revisionMaxAge, databaseTimeout: config.databaseTimeout, clock: config.clock)
    let services: Services
    do {
        try await store.migrate()
        let programmeID = try await ProgrammeSetup.programmeToServe(store: store, demo: config.demo, logger: logger)
        services = Services(
            store: store, programmeID: programmeID, passwordPolicy: try PasswordPolicy.bundled(), config: config)
    } catch {
        await store.shutdown()
        throw error
    }
    let router = buildRouter(services: services, store: store, config: config, assets: try Assets.load())
    var app = Application(
        router: router,
        server: .http1(configuration: .init(idleTimeout: .nanoseconds(config.idleTimeout.nanoseconds))),
        configuration: .init(address: .hostname(config.host, port: config.port), serverName: "sistercities"),
        logger: logger
    )
    app.addServices(StoreService(store: store))
    app.addServices(ReminderScheduler(services: services, logger: logger))
    if let mailer = try config.mailer() {
        app.addServices(
            OutboxDispatcher(
                outbox: services.outbox, mailer: mailer, sender: config.mailFrom, programme: services.programmeID,
                logger: logger, clock: services.clock))
    }
    if config.devMode {
        logger.warning(
            "development mode: cookies are sent without Secure over plain http; never use this in production")
    }
    if config.publicURL == nil {
        logger.notice("no public URL is set: links in mail and feeds point to \(config.publicBase)")
    }
    logger.info("serving", metadata: ["database": "\(store.location)", "demo": "\(config.demo)"])
    return app
}
