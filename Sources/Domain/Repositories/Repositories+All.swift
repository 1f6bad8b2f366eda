import Foundation

extension PartnershipRepository {
    /// Every partnership of the programme, oldest tie first: for the map, the feeds and the timeline,
    /// which show the whole programme rather than a page of it.
    public func all(in programme: UUID) async throws -> [Partnership] {
        var items: [Partnership] = []
        var page = 1
        while true {
            let batch = try await list(
                in: programme, PartnershipQuery(page: PageRequest(page: page, limit: PageRequest.maxLimit)))
            items += batch.items
            guard batch.hasNext else { return items }
            page += 1
        }
    }
}

extension OrganisationRepository {
    /// Every organisation of the programme, by name.
    public func all(in programme: UUID) async throws -> [Organisation] {
        var items: [Organisation] = []
        var page = 1
        while true {
            let batch = try await list(
                in: programme, OrganisationQuery(page: PageRequest(page: page, limit: PageRequest.maxLimit)))
            items += batch.items
            guard batch.hasNext else { return items }
            page += 1
        }
    }
}
