import Foundation
import HTTPTypes

/// Every path the server answers, in one place: the same value registers a route and builds each link to it.
enum SiteURL: Sendable, Hashable {
    case directory
    case partnership(UUID)
    case stylesheet
    case favicon
    case health
    case metrics
    case openAPI
    case apiCities
    case apiCity(UUID)
    case apiPartnerships
    case apiPartnership(UUID)
    case apiPartnershipAgreements(UUID)
    case apiAgreement(UUID)
    case apiProgramme
    case login
    /// The language switcher: `?to=ja&next=/path` keeps the choice and goes back.
    case language
    case staffLanguage
    case logout
    case staff
    case staffPassword
    case staffTokens
    case staffTokenRevoke(UUID)
    case apiCityHistory(UUID)
    case apiPartnershipHistory(UUID)
    case apiAgreementHistory(UUID)
    case apiRestore(UUID)
    case partnershipHistory(UUID)
    case restore(UUID)
    case newPartnership
    case staffUsers
    case staffCities
    case apiSexagenary(Int)
    case apiMilestones
    case milestonesCalendar
    case staffMilestones
    case apiAnniversaries(UUID)
    case newCity
    case editCity(UUID)
    case staffUserRole(UUID)
    case staffUserDisable(UUID)
    case editPartnership(UUID)
    case deletePartnership(UUID)
    case newAgreement(UUID)
    case editAgreement(UUID)
    case deleteAgreement(UUID)
    case apiGifts
    case apiPartnershipGifts(UUID)
    case apiGift(UUID)
    case apiGiftHistory(UUID)
    case apiGiftImages(UUID)
    case apiGiftImage(UUID)
    case giftImage(UUID)
    case gifts
    case gift(UUID)
    case newGift(UUID)
    case editGift(UUID)
    case deleteGift(UUID)
    case uploadGiftImage(UUID)
    case deleteGiftImage(UUID)
    case worldMap
    case partnershipsGeoJSON
    case apiMeetingPlanner
    case staffPlanner
    case apiOrganisations
    case apiOrganisation(UUID)
    case apiPeople
    case apiPerson(UUID)
    case apiOrganisationHistory(UUID)
    case apiPersonHistory(UUID)
    case organisations
    case organisation(UUID)
    case person(UUID)
    case staffPeople
    case newOrganisation
    case editOrganisation(UUID)
    case deleteOrganisation(UUID)
    case newPerson
    case editPerson(UUID)
    case deletePerson(UUID)
    case apiEvents
    case apiEvent(UUID)
    case apiEventHistory(UUID)
    case events
    case event(UUID)
    case newEvent
    case editEvent(UUID)
    case deleteEvent(UUID)
    case calendar
    case partnershipCalendar(UUID)
    case apiEventRegistrations(UUID)
    case apiRegistration(UUID)
    case apiRegistrationAttendance(UUID)
    case register(UUID)
    case eventRegistrations(UUID)
    case cancelRegistration
    case staffCancelRegistration(UUID)
    case staffOutbox
    case apiMembershipLevels
    case apiMembers
    case apiMemberRenew(UUID)
    case apiMemberReminders
    case staffMembers
    case staffMemberReminders
    case staffMemberRenew(UUID)
    case apiContributions
    case apiContribution(UUID)
    case apiContributionVoid(UUID)
    case apiContributionTotals
    case receipt(UUID)
    case staffContributions
    case apiExchanges
    case apiExchange(UUID)
    case apiExchangeHistory(UUID)
    case exchange(UUID)
    case newExchange(UUID)
    case editExchange(UUID)
    case deleteExchange(UUID)
    case apiArticles
    case apiArticle(UUID)
    case apiArticleHistory(UUID)
    case news
    case newsFeed
    case article(UUID)
    case newArticle
    case editArticle(UUID)
    case deleteArticle(UUID)
    case apiEventShifts(UUID)
    case apiShift(UUID)
    case apiShiftSignups(UUID)
    case apiShiftWithdraw(UUID)
    case apiVolunteerHours
    case apiVolunteerHoursTotals
    case apiVolunteerHoursEntry(UUID)
    case apiVolunteerHoursReview(UUID)
    case apiVolunteerLink(UUID)
    case volunteering
    case volunteeringSignup
    case volunteeringWithdraw
    case volunteeringHours
    case staffVolunteers
    case staffVolunteerShifts
    case staffVolunteerLink
    case staffReviewHours(UUID)
    case apiContributionStatement
    case contributionStatement
    case staffExport(StaffExport)
    case eventRegistrationsCSV(UUID)
    case apiPersonalData(UUID)
    case apiErasePerson(UUID)
    case erasePerson(UUID)
    case apiContributionsReport
    case apiMembersReport
    case staffReports
    case apiPledges
    case apiPledge(UUID)
    case apiPledgeCancel(UUID)
    case staffPledges
    case staffPledgeCancel(UUID)
    case staffMembershipLevels
    case apiWorldCities
    case cityPicker
    case apiWorldPartners(Int)
    case worldCity(Int)
    case apiWorldPartnersOfPartners(Int)
    case apiWorldPath
    case apiWorldCountries
    case world
    case apiWorldAdopt
    case worldAdopt

    /// The path of this URL, for links and `Location` headers.
    var path: String { path(.values) }

    /// The router pattern for this URL, with `:id` (`:geonameId`, `:year`) where a parameter goes.
    var pattern: String { path(.keys) }

    /// Each path, written once: `write` puts a parameter's value for a link, its `:name` for the router.
    private func path(_ write: Parameters) -> String {
        switch self {
        case .directory: "/"
        case .partnership(let id): "/partnerships/\(write.id(id))"
        case .stylesheet: "/assets/app.css"
        case .favicon: "/assets/favicon.svg"
        case .health: "/health"
        case .metrics: "/metrics"
        case .openAPI: "/openapi.json"
        case .apiCities: "/api/v1/cities"
        case .apiCity(let id): "/api/v1/cities/\(write.id(id))"
        case .apiPartnerships: "/api/v1/partnerships"
        case .apiPartnership(let id): "/api/v1/partnerships/\(write.id(id))"
        case .apiPartnershipAgreements(let id): "/api/v1/partnerships/\(write.id(id))/agreements"
        case .apiAgreement(let id): "/api/v1/agreements/\(write.id(id))"
        case .apiProgramme: "/api/v1/programme"
        case .login: "/login"
        case .language: "/language"
        case .staffLanguage: "/staff/language"
        case .logout: "/logout"
        case .staff: "/staff"
        case .staffPassword: "/staff/password"
        case .staffTokens: "/staff/tokens"
        case .staffTokenRevoke(let id): "/staff/tokens/\(write.id(id))/revoke"
        case .apiCityHistory(let id): "/api/v1/cities/\(write.id(id))/history"
        case .apiPartnershipHistory(let id): "/api/v1/partnerships/\(write.id(id))/history"
        case .apiAgreementHistory(let id): "/api/v1/agreements/\(write.id(id))/history"
        case .apiRestore(let id): "/api/v1/history/\(write.id(id))/restore"
        case .partnershipHistory(let id): "/partnerships/\(write.id(id))/history"
        case .restore(let id): "/history/\(write.id(id))/restore"
        case .newPartnership: "/staff/partnerships/new"
        case .staffUsers: "/staff/users"
        case .staffCities: "/staff/cities"
        case .apiSexagenary(let year): "/api/v1/sexagenary/\(write.year(year))"
        case .apiMilestones: "/api/v1/milestones"
        case .milestonesCalendar: "/milestones.ics"
        case .staffMilestones: "/staff/milestones"
        case .apiAnniversaries(let id): "/api/v1/partnerships/\(write.id(id))/anniversaries"
        case .newCity: "/staff/cities/new"
        case .editCity(let id): "/staff/cities/\(write.id(id))/edit"
        case .staffUserRole(let id): "/staff/users/\(write.id(id))/role"
        case .staffUserDisable(let id): "/staff/users/\(write.id(id))/disable"
        case .editPartnership(let id): "/partnerships/\(write.id(id))/edit"
        case .deletePartnership(let id): "/partnerships/\(write.id(id))/delete"
        case .newAgreement(let id): "/partnerships/\(write.id(id))/agreements/new"
        case .editAgreement(let id): "/agreements/\(write.id(id))/edit"
        case .deleteAgreement(let id): "/agreements/\(write.id(id))/delete"
        case .apiGifts: "/api/v1/gifts"
        case .apiPartnershipGifts(let id): "/api/v1/partnerships/\(write.id(id))/gifts"
        case .apiGift(let id): "/api/v1/gifts/\(write.id(id))"
        case .apiGiftHistory(let id): "/api/v1/gifts/\(write.id(id))/history"
        case .apiGiftImages(let id): "/api/v1/gifts/\(write.id(id))/images"
        case .apiGiftImage(let id): "/api/v1/gift-images/\(write.id(id))"
        case .giftImage(let id): "/gift-images/\(write.id(id))"
        case .gifts: "/gifts"
        case .gift(let id): "/gifts/\(write.id(id))"
        case .newGift(let id): "/partnerships/\(write.id(id))/gifts/new"
        case .editGift(let id): "/gifts/\(write.id(id))/edit"
        case .deleteGift(let id): "/gifts/\(write.id(id))/delete"
        case .uploadGiftImage(let id): "/gifts/\(write.id(id))/images"
        case .deleteGiftImage(let id): "/gift-images/\(write.id(id))/delete"
        case .worldMap: "/assets/world-map.svg"
        case .partnershipsGeoJSON: "/partnerships.geojson"
        case .apiMeetingPlanner: "/api/v1/planner/meeting"
        case .staffPlanner: "/staff/planner"
        case .apiOrganisations: "/api/v1/organizations"
        case .apiOrganisation(let id): "/api/v1/organizations/\(write.id(id))"
        case .apiPeople: "/api/v1/people"
        case .apiPerson(let id): "/api/v1/people/\(write.id(id))"
        case .apiOrganisationHistory(let id): "/api/v1/organizations/\(write.id(id))/history"
        case .apiPersonHistory(let id): "/api/v1/people/\(write.id(id))/history"
        case .organisations: "/organisations"
        case .organisation(let id): "/organisations/\(write.id(id))"
        case .person(let id): "/people/\(write.id(id))"
        case .staffPeople: "/staff/people"
        case .newOrganisation: "/staff/organisations/new"
        case .editOrganisation(let id): "/organisations/\(write.id(id))/edit"
        case .deleteOrganisation(let id): "/organisations/\(write.id(id))/delete"
        case .newPerson: "/staff/people/new"
        case .editPerson(let id): "/people/\(write.id(id))/edit"
        case .deletePerson(let id): "/people/\(write.id(id))/delete"
        case .apiEvents: "/api/v1/events"
        case .apiEvent(let id): "/api/v1/events/\(write.id(id))"
        case .apiEventHistory(let id): "/api/v1/events/\(write.id(id))/history"
        case .events: "/events"
        case .event(let id): "/events/\(write.id(id))"
        case .newEvent: "/staff/events/new"
        case .editEvent(let id): "/events/\(write.id(id))/edit"
        case .deleteEvent(let id): "/events/\(write.id(id))/delete"
        case .calendar: "/calendar.ics"
        case .partnershipCalendar(let id): "/partnerships/\(write.id(id))/calendar.ics"
        case .apiEventRegistrations(let id): "/api/v1/events/\(write.id(id))/registrations"
        case .apiRegistration(let id): "/api/v1/registrations/\(write.id(id))"
        case .apiRegistrationAttendance(let id): "/api/v1/registrations/\(write.id(id))/attendance"
        case .register(let id): "/events/\(write.id(id))/register"
        case .eventRegistrations(let id): "/events/\(write.id(id))/registrations"
        case .cancelRegistration: "/registrations/cancel"
        case .staffCancelRegistration(let id): "/registrations/\(write.id(id))/cancel"
        case .staffOutbox: "/staff/outbox"
        case .apiMembershipLevels: "/api/v1/membership-levels"
        case .apiMembers: "/api/v1/members"
        case .apiMemberRenew(let id): "/api/v1/members/\(write.id(id))/renew"
        case .apiMemberReminders: "/api/v1/members/reminders"
        case .staffMembers: "/staff/members"
        case .staffMemberReminders: "/staff/members/reminders"
        case .staffMemberRenew(let id): "/staff/members/\(write.id(id))/renew"
        case .apiContributions: "/api/v1/contributions"
        case .apiContribution(let id): "/api/v1/contributions/\(write.id(id))"
        case .apiContributionVoid(let id): "/api/v1/contributions/\(write.id(id))/void"
        case .apiContributionTotals: "/api/v1/contributions/totals"
        case .receipt(let id): "/contributions/\(write.id(id))/receipt"
        case .staffContributions: "/staff/contributions"
        case .apiExchanges: "/api/v1/exchanges"
        case .apiExchange(let id): "/api/v1/exchanges/\(write.id(id))"
        case .apiExchangeHistory(let id): "/api/v1/exchanges/\(write.id(id))/history"
        case .exchange(let id): "/exchanges/\(write.id(id))"
        case .newExchange(let id): "/partnerships/\(write.id(id))/exchanges/new"
        case .editExchange(let id): "/exchanges/\(write.id(id))/edit"
        case .deleteExchange(let id): "/exchanges/\(write.id(id))/delete"
        case .apiArticles: "/api/v1/articles"
        case .apiArticle(let id): "/api/v1/articles/\(write.id(id))"
        case .apiArticleHistory(let id): "/api/v1/articles/\(write.id(id))/history"
        case .news: "/news"
        case .newsFeed: "/news.atom"
        case .article(let id): "/news/\(write.id(id))"
        case .newArticle: "/staff/news/new"
        case .editArticle(let id): "/news/\(write.id(id))/edit"
        case .deleteArticle(let id): "/news/\(write.id(id))/delete"
        case .apiEventShifts(let id): "/api/v1/events/\(write.id(id))/shifts"
        case .apiShift(let id): "/api/v1/shifts/\(write.id(id))"
        case .apiShiftSignups(let id): "/api/v1/shifts/\(write.id(id))/signups"
        case .apiShiftWithdraw(let id): "/api/v1/shifts/\(write.id(id))/withdraw"
        case .apiVolunteerHours: "/api/v1/volunteer-hours"
        case .apiVolunteerHoursTotals: "/api/v1/volunteer-hours/totals"
        case .apiVolunteerHoursEntry(let id): "/api/v1/volunteer-hours/\(write.id(id))"
        case .apiVolunteerHoursReview(let id): "/api/v1/volunteer-hours/\(write.id(id))/review"
        case .apiVolunteerLink(let id): "/api/v1/volunteers/\(write.id(id))/link"
        case .volunteering: "/volunteering"
        case .volunteeringSignup: "/volunteering/signup"
        case .volunteeringWithdraw: "/volunteering/withdraw"
        case .volunteeringHours: "/volunteering/hours"
        case .staffVolunteers: "/staff/volunteers"
        case .staffVolunteerShifts: "/staff/volunteers/shifts"
        case .staffVolunteerLink: "/staff/volunteers/link"
        case .staffReviewHours(let id): "/staff/volunteer-hours/\(write.id(id))/review"
        case .apiContributionStatement: "/api/v1/contributions/statement"
        case .contributionStatement: "/staff/contributions/statement"
        case .staffExport(let kind): "/staff/\(kind.rawValue).csv"
        case .eventRegistrationsCSV(let id): "/events/\(write.id(id))/registrations.csv"
        case .apiPersonalData(let id): "/api/v1/people/\(write.id(id))/personal-data"
        case .apiErasePerson(let id): "/api/v1/people/\(write.id(id))/erase"
        case .erasePerson(let id): "/people/\(write.id(id))/erase"
        case .apiContributionsReport: "/api/v1/reports/contributions"
        case .apiMembersReport: "/api/v1/reports/members"
        case .staffReports: "/staff/reports"
        case .apiPledges: "/api/v1/pledges"
        case .apiPledge(let id): "/api/v1/pledges/\(write.id(id))"
        case .apiPledgeCancel(let id): "/api/v1/pledges/\(write.id(id))/cancel"
        case .staffPledges: "/staff/pledges"
        case .staffPledgeCancel(let id): "/staff/pledges/\(write.id(id))/cancel"
        case .staffMembershipLevels: "/staff/members/levels"
        case .apiWorldCities: "/api/v1/world/cities"
        case .cityPicker: "/assets/city-picker.js"
        case .apiWorldPartners(let geonameID): "/api/v1/world/cities/\(write.geonameID(geonameID))/partners"
        case .worldCity(let geonameID): "/world/cities/\(write.geonameID(geonameID))"
        case .apiWorldPartnersOfPartners(let geonameID):
            "/api/v1/world/cities/\(write.geonameID(geonameID))/partners-of-partners"
        case .apiWorldPath: "/api/v1/world/path"
        case .apiWorldCountries: "/api/v1/world/countries"
        case .world: "/world"
        case .apiWorldAdopt: "/api/v1/world/adopt"
        case .worldAdopt: "/world/adopt"
        }
    }

    /// The path with query items, for links with filters or a page number.
    func path(query items: [(String, String?)]) -> String {
        var components = URLComponents()
        components.path = path
        let present = items.compactMap { name, value in value.map { URLQueryItem(name: name, value: $0) } }
        components.queryItems = present.isEmpty ? nil : present
        return components.string ?? path
    }
}

extension SiteURL {
    /// How a path's parameters are written: their values (a link) or their names (the router's pattern).
    enum Parameters {
        case values, keys

        func id(_ id: UUID) -> String { self == .keys ? ":id" : id.lowercasedString }
        func geonameID(_ id: Int) -> String { self == .keys ? ":geonameId" : String(id) }
        func year(_ year: Int) -> String { self == .keys ? ":year" : String(year) }
    }
}
