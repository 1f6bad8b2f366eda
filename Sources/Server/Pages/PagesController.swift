import Domain
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Storage

/// The public pages: the directory and each partnership.
struct PagesController {
    let services: Services
    /// The directory as anonymous readers get it, by list query: the site's most read page.
    let directoryCache: PublicReadCache<PartnershipQuery>

    init(services: Services) {
        self.services = services
        directoryCache = PublicReadCache(
            revisions: services.revisions, tag: "d", contentType: "text/html; charset=utf-8")
    }

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .directory, use: directory)
        routes.on(.get, SiteURL.partnership, use: partnership)
    }

    @Sendable func directory(_ request: Request, context: AppRequestContext) async throws -> Response {
        let query = try PartnershipListQuery.read(request)
        guard context.identity.actor == nil else {
            return HTMLResponse.private(
                try await directoryPage(query, signedInAs: context.identity.actor?.user.email, request, context))
        }
        return try await directoryCache.respond(to: request, key: query, language: context.localizer.language) {
            HTMLResponse.document(try await directoryPage(query, signedInAs: nil, request, context))
        }
    }

    private func directoryPage(
        _ query: PartnershipQuery, signedInAs: String?, _ request: Request, _ context: AppRequestContext
    ) async throws -> HTML {
        let programme = try context.programme
        let home = try await programme.homeCityID.asyncMap { try await services.cities.find($0) }
        let page = try await services.partnerships.list(in: programme.id, query)
        return DirectoryPage.view(
            DirectoryPage.Model(
                programme: programme, homeCity: home, page: page, query: query, signedInAs: signedInAs,
                context: context.page(request)),
            map: PartnerMap.Model(programme: programme, home: home, page: page, t: context.localizer))
    }

    @Sendable func partnership(_ request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.pathID()
        let programme = try context.programme
        let partnership = try await services.partnerships.find(id, in: programme.id)
        let agreements = try await services.agreements.list(
            partnership: id, in: programme.id, page: PageRequest(limit: PageRequest.maxLimit))
        let gifts = try await services.gifts.list(
            in: programme.id, GiftQuery(page: PageRequest(limit: PageRequest.maxLimit), partnershipID: id))
        let articles = try await services.articles.list(
            in: programme.id, ArticleQuery(page: PageRequest(limit: PageRequest.maxLimit), partnershipID: id))
        // Today is the home city's: a milestone or a quiet spell turns over at its midnight, not UTC's.
        let today = Self.day(of: context.now, in: partnership.homeCity.timeZone)
        let year = today.year
        let events = try await services.events.list(
            in: programme.id, EventQuery(page: PageRequest(limit: PageRequest.maxLimit), partnershipID: id))
        let timeline = Timeline.of(
            partnership, agreements: agreements.items, gifts: gifts.items, articles: articles.items,
            events: events.items, currentYear: year)
        let member = context.identity.actor.flatMap { $0.user.programmeID == programme.id ? $0 : nil }
        var health: HTML?
        if let member {
            let exchanges = try await services.exchanges.all(partnership: id, in: programme.id)
            let eventDays = events.items.map(\.draft.day)
            health = HealthSection.view(
                PartnershipHealth.of(
                    exchanges: exchanges, eventDates: eventDays, today: today,
                    dormantAfterYears: programme.dormantAfterYears),
                partnershipID: id, exchanges: exchanges,
                canEdit: member.may(.editActivity(partnerships: [id]), in: programme.id), t: context.localizer)
        }
        let html = PartnershipPage.view(
            PartnershipPage.Model(
                programme: programme, partnership: partnership, agreements: agreements.items, gifts: gifts.items,
                articles: articles.items, events: events.items, timeline: timeline, member: member,
                context: context.page(request)), health: health)
        return member == nil ? HTMLResponse.page(html) : HTMLResponse.private(html)
    }

    /// The calendar day of `moment` in the IANA zone `identifier` (UTC when there is none or it is unknown).
    private static func day(of moment: Date, in identifier: String?) -> PartialDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = identifier.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: moment)
        return PartialDate(year: parts.year ?? 1970, month: parts.month, day: parts.day) ?? PartialDate(year: 1970)!
    }
}
