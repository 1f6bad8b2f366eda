import Domain
import Foundation
import Hummingbird

/// `/events` and each event's page.
struct EventsPagesController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .events, use: list)
        routes.on(.get, SiteURL.event, use: show)
    }

    private var programmeID: UUID { services.programmeID }

    private func member(_ context: AppRequestContext) -> Actor? {
        context.identity.actor.flatMap { $0.may(.readInternal, in: programmeID) ? $0 : nil }
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let query = QueryReader(request)
        let past = try query.choice("when", as: EventQuery.Period.self) == .past
        let member = member(context)
        let events = try await services.events.list(
            in: programmeID,
            EventQuery(
                page: try query.page(), when: past ? .past(at: context.now) : .upcoming(at: context.now),
                includeInternal: member != nil))
        let programme = try context.programme
        func url(_ number: Int) -> String {
            SiteURL.events.path(query: [("when", past ? "past" : nil), ("page", number == 1 ? nil : String(number))])
        }
        let page = context.page(request)
        let t = page.t
        let html = EventsPage.view(
            EventsPage.Model(
                programmeName: programme.name, signedInAs: context.identity.actor?.user.email,
                canWrite: member?.may(.editActivity(partnerships: []), in: programmeID) ?? false, past: past,
                items: events.items.map {
                    .init(
                        title: page.title(of: $0),
                        url: SiteURL.event($0.id).path,
                        when: t.eventSchedule($0.draft.schedule, zone: $0.draft.zone),
                        kind: t.label("events.kind", $0.draft.kind),
                        venue: $0.draft.venue?.name, isInternal: !$0.draft.isPublic)
                }, pager: Pager(events, url: url), page: page))
        return member == nil ? HTMLResponse.page(html) : HTMLResponse.private(html)
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let event = try await services.events.find(try context.pathID(), in: programmeID)
        return try await page(event, request, context: context)
    }

    /// The event's page; with `registration` values and errors (in the page's language) when a registration was
    /// refused.
    func page(
        _ event: Event, _ request: Request, context: AppRequestContext, values: [String: String] = [:],
        errors: [FieldIssue] = []
    ) async throws -> Response {
        let member = member(context)
        guard event.draft.isPublic || member != nil else { throw DomainError.notFound(entity: "event", id: event.id) }
        let programme = try context.programme
        let d = event.draft
        let page = context.page(request)
        let t = page.t
        var hosts: [(String, String)] = []
        for id in d.hostIDs {
            if let host = try? await services.organisations.find(id, in: programmeID) {
                hosts.append((host.name, SiteURL.organisation(host.id).path))
            }
        }
        var partnerships: [(String, String)] = []
        for id in d.partnershipIDs {
            if let p = try? await services.partnerships.find(id, in: programmeID) {
                partnerships.append(
                    (
                        "\(p.homeCity.name(in: t.language)) – \(p.partnerCity.name(in: t.language))",
                        SiteURL.partnership(p.id).path
                    ))
            }
        }
        let city = try? await d.venue?.cityID.asyncMap { try await services.cities.find($0) }
        var approximate = false
        if case .approximate = d.schedule { approximate = true }
        var box: EventPage.RegistrationBox?
        if let capacity = d.capacity, d.schedule.endKey(in: d.zone) > page.now {
            let registrations = try await services.registrations.list(event: event.id, in: programmeID)
            box = EventPage.RegistrationBox(
                capacity: capacity, confirmed: registrations.filter { $0.status == .confirmed }.count,
                waitlisted: registrations.filter { $0.status == .waitlisted }.count,
                csrfToken: context.identity.session?.csrfToken, values: values, errors: errors)
        }
        // The title and description in the reader's language where the event has them; the other texts follow,
        // the original among them when a translation is shown in its place.
        let title = page.title(of: event)
        var others = d.translations.languages.filter { $0 != title.language }.compactMap { language in
            d.translations[language].flatMap { fields in
                fields["title"].map { (language: language, title: $0, description: fields["description"]) }
            }
        }
        if title.language != page.contentLanguage {
            others.insert((page.contentLanguage, d.title, d.description), at: 0)
        }
        let html = EventPage.view(
            EventPage.Model(
                programmeName: programme.name, signedInAs: context.identity.actor?.user.email, id: event.id,
                title: title, kind: t.label("events.kind", d.kind),
                when: t.eventSchedule(d.schedule, zone: d.zone), isApproximate: approximate,
                description: page.description(of: event), translations: others,
                venue: d.venue.map { ($0.name, $0.address, city?.name(in: t.language)) }, hosts: hosts,
                partnerships: partnerships, isInternal: !d.isPublic,
                canEdit: member?.may(.editActivity(partnerships: Set(d.partnershipIDs)), in: programmeID) ?? false,
                jsonLD: EventJSONLD(event, hosts: hosts.map(\.0)), registration: box, page: page))
        var response = d.isPublic && member == nil && box == nil ? HTMLResponse.page(html) : HTMLResponse.private(html)
        if !errors.isEmpty { response.status = .unprocessableContent }
        return response
    }
}
