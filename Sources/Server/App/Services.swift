import Domain
import Foundation
import Storage

/// The repositories one running app uses, and the programme it serves.
struct Services: Sendable {
    let cities: any CityRepository
    let partnerships: any PartnershipRepository
    let agreements: any AgreementRepository
    let gifts: any GiftRepository
    let articles: any ArticleRepository
    let organisations: any OrganisationRepository
    let people: any PersonRepository
    let events: any EventRepository
    let registrations: any RegistrationRepository
    let outbox: any OutboxRepository
    let exchanges: any ExchangeRepository
    let contributions: any ContributionRepository
    let memberships: any MembershipRepository
    let volunteers: any VolunteerRepository
    let privacy: any PrivacyRepository
    let pledges: any PledgeRepository
    let worldTies: any WorldTieRepository
    let programmes: any ProgrammeRepository
    let audit: any AuditRepository
    let revisions: any ContentRevisionRepository
    /// The programme the public pages and the API act on.
    let programmeID: UUID
    let accounts: AccountService
    let registrationThrottle: RegistrationThrottle
    /// The programme as requests see it, read once per content revision.
    let served: ServedProgrammeSource
    /// What time it is outside a request (commands, jobs); a request reads its own `context.now`.
    let clock: WallClock

    init(store: Store, programmeID: UUID, passwordPolicy: PasswordPolicy, config: AppConfig) {
        cities = FluentCityRepository(store: store)
        partnerships = FluentPartnershipRepository(store: store)
        agreements = FluentAgreementRepository(store: store)
        gifts = FluentGiftRepository(store: store)
        articles = FluentArticleRepository(store: store)
        organisations = FluentOrganisationRepository(store: store)
        people = FluentPersonRepository(store: store)
        events = FluentEventRepository(store: store)
        registrations = FluentRegistrationRepository(store: store)
        outbox = FluentOutboxRepository(store: store)
        exchanges = FluentExchangeRepository(store: store)
        contributions = FluentContributionRepository(store: store)
        memberships = FluentMembershipRepository(store: store)
        volunteers = FluentVolunteerRepository(store: store)
        privacy = FluentPrivacyRepository(store: store)
        pledges = FluentPledgeRepository(store: store)
        worldTies = FluentWorldTieRepository(store: store)
        programmes = FluentProgrammeRepository(store: store)
        audit = FluentAuditRepository(store: store)
        revisions = ContentRevisionStore(store: store)
        self.programmeID = programmeID
        clock = store.clock
        served = ServedProgrammeSource(
            programmes: programmes, cities: cities, revisions: revisions, programmeID: programmeID)
        accounts = AccountService(
            users: FluentUserRepository(store: store), sessions: FluentSessionRepository(store: store),
            tokens: FluentAPITokenRepository(store: store), attempts: FluentAttemptRepository(store: store),
            hasher: PasswordHasher(cost: config.passwordHashCost), policy: passwordPolicy,
            sessionPolicy: config.sessionPolicy, clock: store.clock)
        registrationThrottle = RegistrationThrottle(
            attempts: FluentAttemptRepository(store: store), limits: config.registrationLimits, clock: store.clock)
    }
}
