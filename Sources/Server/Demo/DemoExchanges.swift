import Domain
import Foundation

/// The Kyoto delegation of April 2019, with its week of events as the itinerary.
enum DemoExchanges {
    static func load(
        kyoto partnership: Partnership, people: any PersonRepository, events: any EventRepository,
        exchanges: any ExchangeRepository
    ) async throws {
        let programme = partnership.programmeID
        let everyone = try await people.list(
            in: programme, PersonQuery(page: PageRequest(limit: 50), includePrivate: true))
        func person(_ family: String) -> UUID? { everyone.items.first { $0.draft.familyName == family }?.id }
        let week = try await events.list(
            in: programme,
            EventQuery(page: PageRequest(limit: 50), partnershipID: partnership.id, includeInternal: true))
        let itinerary = week.items.sorted { ($0.draft.day, $0.draft.title) < ($1.draft.day, $1.draft.title) }.map(\.id)
        _ = try await exchanges.create(
            ExchangeDraft(
                title: "Kyoto delegation to Boston for the 60th year", direction: .inbound,
                partnershipID: partnership.id, purposes: [.people, .culture, .commerce],
                starts: PartialDate(year: 2019, month: 4)!,
                members: [
                    Exchange.Member(name: "Kadokawa Daisaku", role: .lead, personID: person("Kadokawa")),
                    Exchange.Member(name: "Terada Kazuhiro", role: .official, personID: person("Terada")),
                ], eventIDs: itinerary,
                outcomes: "The sister-city agreement renewed for the partnership's 60th year."),
            in: programme, by: DemoProgramme.author)
    }
}
