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
    var path: String {
        switch self {
        case .partnership(let id): "/partnerships/\(id.lowercasedString)"
        case .apiCity(let id): "/api/v1/cities/\(id.lowercasedString)"
        case .apiPartnership(let id): "/api/v1/partnerships/\(id.lowercasedString)"
        case .apiPartnershipAgreements(let id): "/api/v1/partnerships/\(id.lowercasedString)/agreements"
        case .apiAgreement(let id): "/api/v1/agreements/\(id.lowercasedString)"
        case .staffTokenRevoke(let id): "/staff/tokens/\(id.lowercasedString)/revoke"
        case .apiCityHistory(let id): "/api/v1/cities/\(id.lowercasedString)/history"
        case .apiPartnershipHistory(let id): "/api/v1/partnerships/\(id.lowercasedString)/history"
        case .apiAgreementHistory(let id): "/api/v1/agreements/\(id.lowercasedString)/history"
        case .apiRestore(let id): "/api/v1/history/\(id.lowercasedString)/restore"
        case .partnershipHistory(let id): "/partnerships/\(id.lowercasedString)/history"
        case .restore(let id): "/history/\(id.lowercasedString)/restore"
        case .editPartnership(let id): "/partnerships/\(id.lowercasedString)/edit"
        case .staffUserRole(let id): "/staff/users/\(id.lowercasedString)/role"
        case .editCity(let id): "/staff/cities/\(id.lowercasedString)/edit"
        case .apiSexagenary(let year): "/api/v1/sexagenary/\(year)"
        case .apiAnniversaries(let id): "/api/v1/partnerships/\(id.lowercasedString)/anniversaries"
        case .staffUserDisable(let id): "/staff/users/\(id.lowercasedString)/disable"
        case .deletePartnership(let id): "/partnerships/\(id.lowercasedString)/delete"
        case .newAgreement(let id): "/partnerships/\(id.lowercasedString)/agreements/new"
        case .editAgreement(let id): "/agreements/\(id.lowercasedString)/edit"
        case .deleteAgreement(let id): "/agreements/\(id.lowercasedString)/delete"
        case .apiPartnershipGifts(let id): "/api/v1/partnerships/\(id.lowercasedString)/gifts"
        case .apiGift(let id): "/api/v1/gifts/\(id.lowercasedString)"
        case .apiGiftHistory(let id): "/api/v1/gifts/\(id.lowercasedString)/history"
        case .apiGiftImages(let id): "/api/v1/gifts/\(id.lowercasedString)/images"
        case .apiGiftImage(let id): "/api/v1/gift-images/\(id.lowercasedString)"
        case .giftImage(let id): "/gift-images/\(id.lowercasedString)"
        case .gift(let id): "/gifts/\(id.lowercasedString)"
        case .newGift(let id): "/partnerships/\(id.lowercasedString)/gifts/new"
        case .editGift(let id): "/gifts/\(id.lowercasedString)/edit"
        case .deleteGift(let id): "/gifts/\(id.lowercasedString)/delete"
        case .uploadGiftImage(let id): "/gifts/\(id.lowercasedString)/images"
        case .deleteGiftImage(let id): "/gift-images/\(id.lowercasedString)/delete"
        case .apiArticle(let id): "/api/v1/articles/\(id.lowercasedString)"
        case .apiArticleHistory(let id): "/api/v1/articles/\(id.lowercasedString)/history"
        case .article(let id): "/news/\(id.lowercasedString)"
        case .editArticle(let id): "/news/\(id.lowercasedString)/edit"
        case .deleteArticle(let id): "/news/\(id.lowercasedString)/delete"
        case .apiOrganisation(let id): "/api/v1/organizations/\(id.lowercasedString)"
        case .apiPerson(let id): "/api/v1/people/\(id.lowercasedString)"
        case .apiOrganisationHistory(let id): "/api/v1/organizations/\(id.lowercasedString)/history"
        case .apiPersonHistory(let id): "/api/v1/people/\(id.lowercasedString)/history"
        case .organisation(let id): "/organisations/\(id.lowercasedString)"
        case .person(let id): "/people/\(id.lowercasedString)"
        case .editOrganisation(let id): "/organisations/\(id.lowercasedString)/edit"
        case .deleteOrganisation(let id): "/organisations/\(id.lowercasedString)/delete"
        case .editPerson(let id): "/people/\(id.lowercasedString)/edit"
        case .deletePerson(let id): "/people/\(id.lowercasedString)/delete"
        case .apiEvent(let id): "/api/v1/events/\(id.lowercasedString)"
        case .apiEventHistory(let id): "/api/v1/events/\(id.lowercasedString)/history"
        case .event(let id): "/events/\(id.lowercasedString)"
        case .editEvent(let id): "/events/\(id.lowercasedString)/edit"
        case .deleteEvent(let id): "/events/\(id.lowercasedString)/delete"
        case .partnershipCalendar(let id): "/partnerships/\(id.lowercasedString)/calendar.ics"
        case .apiEventRegistrations(let id): "/api/v1/events/\(id.lowercasedString)/registrations"
        case .apiRegistration(let id): "/api/v1/registrations/\(id.lowercasedString)"
        case .apiRegistrationAttendance(let id): "/api/v1/registrations/\(id.lowercasedString)/attendance"
        case .register(let id): "/events/\(id.lowercasedString)/register"
        case .eventRegistrations(let id): "/events/\(id.lowercasedString)/registrations"
        case .staffCancelRegistration(let id): "/registrations/\(id.lowercasedString)/cancel"
        case .apiExchange(let id): "/api/v1/exchanges/\(id.lowercasedString)"
        case .apiExchangeHistory(let id): "/api/v1/exchanges/\(id.lowercasedString)/history"
        case .exchange(let id): "/exchanges/\(id.lowercasedString)"
        case .newExchange(let id): "/partnerships/\(id.lowercasedString)/exchanges/new"
        case .editExchange(let id): "/exchanges/\(id.lowercasedString)/edit"
        case .deleteExchange(let id): "/exchanges/\(id.lowercasedString)/delete"
        case .apiContribution(let id): "/api/v1/contributions/\(id.lowercasedString)"
        case .apiContributionVoid(let id): "/api/v1/contributions/\(id.lowercasedString)/void"
        case .receipt(let id): "/contributions/\(id.lowercasedString)/receipt"
        case .apiMemberRenew(let id): "/api/v1/members/\(id.lowercasedString)/renew"
        case .staffMemberRenew(let id): "/staff/members/\(id.lowercasedString)/renew"
        case .apiEventShifts(let id): "/api/v1/events/\(id.lowercasedString)/shifts"
        case .apiShift(let id): "/api/v1/shifts/\(id.lowercasedString)"
        case .apiShiftSignups(let id): "/api/v1/shifts/\(id.lowercasedString)/signups"
        case .apiShiftWithdraw(let id): "/api/v1/shifts/\(id.lowercasedString)/withdraw"
        case .apiVolunteerHoursEntry(let id): "/api/v1/volunteer-hours/\(id.lowercasedString)"
        case .apiVolunteerHoursReview(let id): "/api/v1/volunteer-hours/\(id.lowercasedString)/review"
        case .apiVolunteerLink(let id): "/api/v1/volunteers/\(id.lowercasedString)/link"
        case .staffReviewHours(let id): "/staff/volunteer-hours/\(id.lowercasedString)/review"
        case .eventRegistrationsCSV(let id): "/events/\(id.lowercasedString)/registrations.csv"
        case .apiPersonalData(let id): "/api/v1/people/\(id.lowercasedString)/personal-data"
        case .apiErasePerson(let id): "/api/v1/people/\(id.lowercasedString)/erase"
        case .erasePerson(let id): "/people/\(id.lowercasedString)/erase"
        case .apiWorldPartners(let id): "/api/v1/world/cities/\(id)/partners"
        case .worldCity(let id): "/world/cities/\(id)"
        case .apiWorldPartnersOfPartners(let id): "/api/v1/world/cities/\(id)/partners-of-partners"
        case .apiPledge(let id): "/api/v1/pledges/\(id.lowercasedString)"
        case .apiPledgeCancel(let id): "/api/v1/pledges/\(id.lowercasedString)/cancel"
        case .staffPledgeCancel(let id): "/staff/pledges/\(id.lowercasedString)/cancel"
        default: pattern
        }
    }

    /// The router pattern for this URL, with `:id` where an id goes.
    var pattern: String {
        switch self {
        case .directory: "/"
        case .partnership: "/partnerships/:id"
        case .stylesheet: "/assets/app.css"
        case .favicon: "/assets/favicon.svg"
        case .health: "/health"
        case .metrics: "/metrics"
        case .openAPI: "/openapi.json"
        case .apiCities: "/api/v1/cities"
        case .apiCity: "/api/v1/cities/:id"
        case .apiPartnerships: "/api/v1/partnerships"
        case .apiPartnership: "/api/v1/partnerships/:id"
        case .apiPartnershipAgreements: "/api/v1/partnerships/:id/agreements"
        case .apiAgreement: "/api/v1/agreements/:id"
        case .apiProgramme: "/api/v1/programme"
        case .login: "/login"
        case .language: "/language"
        case .staffLanguage: "/staff/language"
        case .logout: "/logout"
        case .staff: "/staff"
        case .staffPassword: "/staff/password"
        case .staffTokens: "/staff/tokens"
        case .staffTokenRevoke: "/staff/tokens/:id/revoke"
        case .apiCityHistory: "/api/v1/cities/:id/history"
        case .apiPartnershipHistory: "/api/v1/partnerships/:id/history"
        case .apiAgreementHistory: "/api/v1/agreements/:id/history"
        case .apiRestore: "/api/v1/history/:id/restore"
        case .partnershipHistory: "/partnerships/:id/history"
        case .restore: "/history/:id/restore"
        case .newPartnership: "/staff/partnerships/new"
        case .staffUsers: "/staff/users"
        case .staffCities: "/staff/cities"
        case .apiSexagenary: "/api/v1/sexagenary/:year"
        case .apiMilestones: "/api/v1/milestones"
        case .milestonesCalendar: "/milestones.ics"
        case .staffMilestones: "/staff/milestones"
        case .apiAnniversaries: "/api/v1/partnerships/:id/anniversaries"
        case .newCity: "/staff/cities/new"
        case .editCity: "/staff/cities/:id/edit"
        case .staffUserRole: "/staff/users/:id/role"
        case .staffUserDisable: "/staff/users/:id/disable"
        case .editPartnership: "/partnerships/:id/edit"
        case .deletePartnership: "/partnerships/:id/delete"
        case .newAgreement: "/partnerships/:id/agreements/new"
        case .editAgreement: "/agreements/:id/edit"
        case .deleteAgreement: "/agreements/:id/delete"
        case .apiGifts: "/api/v1/gifts"
        case .apiPartnershipGifts: "/api/v1/partnerships/:id/gifts"
        case .apiGift: "/api/v1/gifts/:id"
        case .apiGiftHistory: "/api/v1/gifts/:id/history"
        case .apiGiftImages: "/api/v1/gifts/:id/images"
        case .apiGiftImage: "/api/v1/gift-images/:id"
        case .giftImage: "/gift-images/:id"
        case .gifts: "/gifts"
        case .gift: "/gifts/:id"
        case .newGift: "/partnerships/:id/gifts/new"
        case .editGift: "/gifts/:id/edit"
        case .deleteGift: "/gifts/:id/delete"
        case .uploadGiftImage: "/gifts/:id/images"
        case .deleteGiftImage: "/gift-images/:id/delete"
        case .worldMap: "/assets/world-map.svg"
        case .partnershipsGeoJSON: "/partnerships.geojson"
        case .apiMeetingPlanner: "/api/v1/planner/meeting"
        case .staffPlanner: "/staff/planner"
        case .apiOrganisations: "/api/v1/organizations"
        case .apiOrganisation: "/api/v1/organizations/:id"
        case .apiPeople: "/api/v1/people"
        case .apiPerson: "/api/v1/people/:id"
        case .apiOrganisationHistory: "/api/v1/organizations/:id/history"
        case .apiPersonHistory: "/api/v1/people/:id/history"
        case .organisations: "/organisations"
        case .organisation: "/organisations/:id"
        case .person: "/people/:id"
        case .staffPeople: "/staff/people"
        case .newOrganisation: "/staff/organisations/new"
        case .editOrganisation: "/organisations/:id/edit"
        case .deleteOrganisation: "/organisations/:id/delete"
        case .newPerson: "/staff/people/new"
        case .editPerson: "/people/:id/edit"
        case .deletePerson: "/people/:id/delete"
        case .apiEvents: "/api/v1/events"
        case .apiEvent: "/api/v1/events/:id"
        case .apiEventHistory: "/api/v1/events/:id/history"
        case .events: "/events"
        case .event: "/events/:id"
        case .newEvent: "/staff/events/new"
        case .editEvent: "/events/:id/edit"
        case .deleteEvent: "/events/:id/delete"
        case .calendar: "/calendar.ics"
        case .partnershipCalendar: "/partnerships/:id/calendar.ics"
        case .apiEventRegistrations: "/api/v1/events/:id/registrations"
        case .apiRegistration: "/api/v1/registrations/:id"
        case .apiRegistrationAttendance: "/api/v1/registrations/:id/attendance"
        case .register: "/events/:id/register"
        case .eventRegistrations: "/events/:id/registrations"
        case .cancelRegistration: "/registrations/cancel"
        case .staffCancelRegistration: "/registrations/:id/cancel"
        case .staffOutbox: "/staff/outbox"
        case .apiMembershipLevels: "/api/v1/membership-levels"
        case .apiMembers: "/api/v1/members"
        case .apiMemberRenew: "/api/v1/members/:id/renew"
        case .apiMemberReminders: "/api/v1/members/reminders"
        case .staffMembers: "/staff/members"
        case .staffMemberReminders: "/staff/members/reminders"
        case .staffMemberRenew: "/staff/members/:id/renew"
        case .apiContributions: "/api/v1/contributions"
        case .apiContribution: "/api/v1/contributions/:id"
        case .apiContributionVoid: "/api/v1/contributions/:id/void"
        case .apiContributionTotals: "/api/v1/contributions/totals"
        case .receipt: "/contributions/:id/receipt"
        case .staffContributions: "/staff/contributions"
        case .apiExchanges: "/api/v1/exchanges"
        case .apiExchange: "/api/v1/exchanges/:id"
        case .apiExchangeHistory: "/api/v1/exchanges/:id/history"
        case .exchange: "/exchanges/:id"
        case .newExchange: "/partnerships/:id/exchanges/new"
        case .editExchange: "/exchanges/:id/edit"
        case .deleteExchange: "/exchanges/:id/delete"
        case .apiArticles: "/api/v1/articles"
        case .apiArticle: "/api/v1/articles/:id"
        case .apiArticleHistory: "/api/v1/articles/:id/history"
        case .news: "/news"
        case .newsFeed: "/news.atom"
        case .article: "/news/:id"
        case .newArticle: "/staff/news/new"
        case .editArticle: "/news/:id/edit"
        case .deleteArticle: "/news/:id/delete"
        case .apiEventShifts: "/api/v1/events/:id/shifts"
        case .apiShift: "/api/v1/shifts/:id"
        case .apiShiftSignups: "/api/v1/shifts/:id/signups"
        case .apiShiftWithdraw: "/api/v1/shifts/:id/withdraw"
        case .apiVolunteerHours: "/api/v1/volunteer-hours"
        case .apiVolunteerHoursTotals: "/api/v1/volunteer-hours/totals"
        case .apiVolunteerHoursEntry: "/api/v1/volunteer-hours/:id"
        case .apiVolunteerHoursReview: "/api/v1/volunteer-hours/:id/review"
        case .apiVolunteerLink: "/api/v1/volunteers/:id/link"
        case .volunteering: "/volunteering"
        case .volunteeringSignup: "/volunteering/signup"
        case .volunteeringWithdraw: "/volunteering/withdraw"
        case .volunteeringHours: "/volunteering/hours"
        case .staffVolunteers: "/staff/volunteers"
        case .staffVolunteerShifts: "/staff/volunteers/shifts"
        case .staffVolunteerLink: "/staff/volunteers/link"
        case .staffReviewHours: "/staff/volunteer-hours/:id/review"
        case .apiContributionStatement: "/api/v1/contributions/statement"
        case .contributionStatement: "/staff/contributions/statement"
        case .staffExport(let kind): "/staff/\(kind.rawValue).csv"
        case .eventRegistrationsCSV: "/events/:id/registrations.csv"
        case .apiPersonalData: "/api/v1/people/:id/personal-data"
        case .apiErasePerson: "/api/v1/people/:id/erase"
        case .erasePerson: "/people/:id/erase"
        case .apiContributionsReport: "/api/v1/reports/contributions"
        case .apiMembersReport: "/api/v1/reports/members"
        case .staffReports: "/staff/reports"
        case .apiPledges: "/api/v1/pledges"
        case .apiPledge: "/api/v1/pledges/:id"
        case .apiPledgeCancel: "/api/v1/pledges/:id/cancel"
        case .staffPledges: "/staff/pledges"
        case .staffPledgeCancel: "/staff/pledges/:id/cancel"
        case .staffMembershipLevels: "/staff/members/levels"
        case .apiWorldCities: "/api/v1/world/cities"
        case .cityPicker: "/assets/city-picker.js"
        case .apiWorldPartners: "/api/v1/world/cities/:geonameId/partners"
        case .worldCity: "/world/cities/:geonameId"
        case .apiWorldPartnersOfPartners: "/api/v1/world/cities/:geonameId/partners-of-partners"
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
