import Domain
import Foundation
import Hummingbird

/// `/events` and each event's page.
struct EventsPagesController {
    let services: Services

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .events, use: list)
        routes.on(.get, .event(.init()), use: show)
    }

    private var programmeID: UUID { services.programmeID }

    private func member(_ context: AppRequestContext) -> Actor? {
        context.identity.actor.flatMap { $0.may(.readInternal, in: programmeID) ? $0 : nil }
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let query = QueryReader(request)
        let past = try query.choice("when", as: EventQuery.When.self) == .past
        let member = member(context)
        let page = try await services.events.list(
            in: programmeID,
            EventQuery(page: try query.page(), when: past ? .past : .upcoming, includeInternal: member != nil))
        let programme = try await services.programmes.find(programmeID)
        func url(_ number: Int) -> String {
            SiteURL.events.path(query: [("when", past ? "past" : nil), ("page", number == 1 ? nil : String(number))])
        }
        let html = EventsPage.view(
            EventsPage.Model(
                programmeName: programme.name, signedInAs: context.identity.actor?.user.email,
                canWrite: member?.may(.editActivity(partnerships: []), in: programmeID) ?? false, past: past,
                items: page.items.map {
                    .init(
                        title: $0.draft.title, url: SiteURL.event($0.id).path,
                        when: EventDates.describe($0.draft.schedule, zone: $0.draft.zone), kind: $0.draft.kind.label,
                        venue: $0.draft.venue?.name, isInternal: !$0.draft.isPublic)
                }, pageNumber: page.request.page, pageCount: page.pageCount,
                previousPageURL: page.request.page > 1 ? url(page.request.page - 1) : nil,
                nextPageURL: page.hasNext ? url(page.request.page + 1) : nil))
        return member == nil ? HTMLResponse.page(html) : HTMLResponse.private(html)
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let event = try await services.events.find(try context.pathID(), in: programmeID)
        return try await page(event, context: context)
    }

    /// The event's page; with `registration` values and errors when a registration was refused.
    func page(
        _ event: Event, context: AppRequestContext, values: [String: String] = [:], errors: [FieldIssue] = []
    ) async throws -> Response {
        let member = member(context)
        guard event.draft.isPublic || member != nil else { throw DomainError.notFound(entity: "event", id: event.id) }
        let programme = try await services.programmes.find(programmeID)
        let d = event.draft
        var hosts: [(String, String)] = []
        for id in d.hostIDs {
            if let host = try? await services.organisations.find(id, in: programmeID) {
                hosts.append((host.name, SiteURL.organisation(host.id).path))
            }
        }
        var partnerships: [(String, String)] = []
        for id in d.partnershipIDs {
            if let p = try? await services.partnerships.find(id, in: programmeID) {
                partnerships.append((p.pairName, SiteURL.partnership(p.id).path))
            }
        }
        let city = try? await d.venue?.cityID.asyncMap { try await services.cities.find($0) }
        var approximate = false
        if case .approximate = d.schedule { approximate = true }
        var box: EventPage.RegistrationBox?
        if let capacity = d.capacity, d.schedule.endKey(in: d.zone) > Date() {
            let registrations = try await services.registrations.list(event: event.id, in: programmeID)
            box = EventPage.RegistrationBox(
                capacity: capacity, confirmed: registrations.filter { $0.status == .confirmed }.count,
                waitlisted: registrations.filter { $0.status == .waitlisted }.count,
                csrfToken: context.identity.session?.csrfToken, values: values, errors: errors)
        }
        let html = EventPage.view(
            EventPage.Model(
                programmeName: programme.name, signedInAs: context.identity.actor?.user.email, id: event.id,
                title: d.title, kind: d.kind.label, when: EventDates.describe(d.schedule, zone: d.zone),
                isApproximate: approximate, description: d.description,
                translations: d.translations.sorted { $0.key < $1.key }.map {
                    ($0.key, $0.value.title, $0.value.description)
                },
                venue: d.venue.map { ($0.name, $0.address, city?.name) }, hosts: hosts, partnerships: partnerships,
                isInternal: !d.isPublic,
                canEdit: member?.may(.editActivity(partnerships: Set(d.partnershipIDs)), in: programmeID) ?? false,
                jsonLD: EventJSONLD(event, hosts: hosts.map(\.0)), registration: box))
        var response = d.isPublic && member == nil && box == nil ? HTMLResponse.page(html) : HTMLResponse.private(html)
        if !errors.isEmpty { response.status = .unprocessableContent }
        return response
    }
}
