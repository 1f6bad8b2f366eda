import Hummingbird
import Logging
import Prometheus
import Storage

/// Every route of the server, behind its middleware.
func buildRouter(services: Services, store: Store, config: AppConfig, assets: Assets) -> Router<AppRequestContext> {
    let routes = collectRoutes(services: services, store: store, config: config, assets: assets)
    let router = Router(context: AppRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.middlewares.add(LogRequestsMiddleware(.debug))
    router.middlewares.add(MetricsMiddleware())
    router.middlewares.add(SecurityHeadersMiddleware(hsts: config.hsts))
    router.middlewares.add(
        LanguageMiddleware(
            catalogs: .shipped, pseudoLocale: config.pseudoLocale, cookies: CookieSettings(secure: !config.devMode),
            clock: config.clock))
    router.middlewares.add(FlashMiddleware(cookies: CookieSettings(secure: !config.devMode)))
    router.middlewares.add(ErrorMiddleware(routes: routes.table))
    router.middlewares.add(BodyLimitMiddleware(maxBodySize: config.maxBodySize))
    router.middlewares.add(BodyTimeoutMiddleware(limit: config.bodyTimeout))
    router.middlewares.add(DatabaseBudgetMiddleware(limit: config.databaseTimeout))
    router.middlewares.add(
        AuthMiddleware(accounts: services.accounts, cookies: CookieSettings(secure: !config.devMode)))
    router.middlewares.add(UserLanguageMiddleware(catalogs: .shipped))
    routes.register(.system, on: router)
    router.middlewares.add(ProgrammeMiddleware(catalogs: .shipped, source: services.served))
    routes.register(.programme, on: router)
    return router
}

/// Every controller's routes, collected before the router is built: Hummingbird applies a middleware only
/// to the routes added after it, and the error middleware needs the whole table.
func collectRoutes(services: Services, store: Store, config: AppConfig, assets: Assets) -> RouteRegistrar {
    var routes = RouteRegistrar()
    SystemController(store: store, metrics: config.metrics, assets: assets).register(on: &routes)
    PagesController(services: services).register(on: &routes)
    let cookies = CookieSettings(secure: !config.devMode)
    LanguageController(catalogs: .shipped, cookies: cookies).register(on: &routes)
    let clientAddress = ClientAddress(trustForwardedFor: config.trustForwardedFor)
    AuthController(
        accounts: services.accounts, cookies: cookies, devMode: config.devMode,
        clientAddress: clientAddress
    ).register(on: &routes)
    StaffController(accounts: services.accounts, cookies: cookies, services: services, clientAddress: clientAddress)
        .register(on: &routes)
    CitiesController(cities: services.cities, programmeID: services.programmeID).register(on: &routes)
    PartnershipsController(
        partnerships: services.partnerships, programmeID: services.programmeID,
        publicLists: PublicReadCache(revisions: services.revisions, tag: "p", contentType: "application/json")
    ).register(on: &routes)
    AgreementsController(agreements: services.agreements, programmeID: services.programmeID).register(on: &routes)
    ArticlesController(
        articles: services.articles, partnerships: services.partnerships, programmeID: services.programmeID
    ).register(on: &routes)
    PlannerController(cities: services.cities).register(on: &routes)
    EventsController(
        events: services.events, partnerships: services.partnerships, organisations: services.organisations,
        programmeID: services.programmeID
    ).register(on: &routes)
    CalendarController(
        events: services.events, partnerships: services.partnerships, programmeID: services.programmeID,
        address: PublicAddress(config: config)
    ).register(on: &routes)
    PeopleController(organisations: services.organisations, people: services.people, programmeID: services.programmeID)
        .register(on: &routes)
    PlannerPagesController(services: services).register(on: &routes)
    PeoplePagesController(services: services).register(on: &routes)
    EventsPagesController(services: services).register(on: &routes)
    EventsEditingController(services: services).register(on: &routes)
    let address = PublicAddress(config: config)
    RegistrationsController(services: services, address: address, clientAddress: clientAddress).register(on: &routes)
    RegistrationPagesController(services: services, address: address, clientAddress: clientAddress)
        .register(on: &routes)
    OutboxPagesController(services: services).register(on: &routes)
    ExchangesController(services: services).register(on: &routes)
    ExchangesPagesController(services: services).register(on: &routes)
    ContributionsController(services: services).register(on: &routes)
    ContributionPagesController(services: services).register(on: &routes)
    ContributionsStaffController(services: services).register(on: &routes)
    StatementPagesController(services: services).register(on: &routes)
    ExportsController(services: services).register(on: &routes)
    PrivacyController(services: services).register(on: &routes)
    ReportsController(services: services).register(on: &routes)
    PledgesController(services: services).register(on: &routes)
    PledgesStaffController(services: services).register(on: &routes)
    WorldController(services: services).register(on: &routes)
    MembersController(services: services).register(on: &routes)
    MembersStaffController(services: services).register(on: &routes)
    VolunteersController(services: services, address: address).register(on: &routes)
    VolunteersStaffController(services: services, address: address).register(on: &routes)
    VolunteeringPagesController(services: services).register(on: &routes)
    PeopleEditingController(services: services).register(on: &routes)
    FeedsController(partnerships: services.partnerships, programmeID: services.programmeID).register(on: &routes)
    GiftsController(gifts: services.gifts, partnerships: services.partnerships, programmeID: services.programmeID)
        .register(on: &routes)
    MilestonesController(
        planner: MilestonePlanner(
            partnerships: services.partnerships, programmes: services.programmes, programmeID: services.programmeID)
    ).register(on: &routes)
    AnniversariesController(partnerships: services.partnerships, programmeID: services.programmeID).register(
        on: &routes)
    HistoryController(audit: services.audit, programmeID: services.programmeID).register(on: &routes)
    HistoryPagesController(services: services).register(on: &routes)
    EditingController(services: services).register(on: &routes)
    GiftsPagesController(services: services).register(on: &routes)
    NewsPagesController(services: services, address: PublicAddress(config: config)).register(on: &routes)
    ArticlesEditingController(services: services).register(on: &routes)
    GiftsEditingController(services: services).register(on: &routes)
    UsersController(services: services).register(on: &routes)
    CitiesEditingController(services: services).register(on: &routes)
    ProgrammeController(programmes: services.programmes, cities: services.cities, programmeID: services.programmeID)
        .register(on: &routes)
    return routes
}
