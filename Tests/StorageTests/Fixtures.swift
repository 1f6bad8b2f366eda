import Domain
import Foundation
import Storage

/// A programme with a home city, for repository tests.
struct Fixture {
    let cities: FluentCityRepository
    let programmes: FluentProgrammeRepository
    let partnerships: FluentPartnershipRepository
    let agreements: FluentAgreementRepository
    let gifts: FluentGiftRepository
    let audit: FluentAuditRepository
    let boston: City
    let programme: Programme

    init(store: Store) async throws {
        cities = FluentCityRepository(store: store)
        programmes = FluentProgrammeRepository(store: store)
        partnerships = FluentPartnershipRepository(store: store)
        agreements = FluentAgreementRepository(store: store)
        gifts = FluentGiftRepository(store: store)
        audit = FluentAuditRepository(store: store)
        boston = try await cities.create(
            CityDraft(name: "Boston", countryCode: "US", geonameID: 4_930_956), by: .system("test"))
        programme = try await programmes.create(
            ProgrammeDraft(name: "Boston Sister Cities", homeCityID: boston.id), by: .system("test"))
    }

    func city(_ name: String, _ country: String, population: Int? = nil) async throws -> City {
        try await cities.create(
            CityDraft(name: name, countryCode: country, population: population), by: .system("test"))
    }

    func partner(
        _ city: City, established: PartialDate? = nil, kind: PartnershipKind = .sister, in programme: UUID? = nil
    ) async throws -> Partnership {
        try await partnerships.create(
            PartnershipDraft(homeCityID: boston.id, partnerCityID: city.id, kind: kind, established: established),
            in: programme ?? self.programme.id, by: .system("test"))
    }
}

/// The error a call threw, or nil.
func caught(_ body: () async throws -> Void) async -> (any Error)? {
    do {
        try await body()
        return nil
    } catch {
        return error
    }
}
