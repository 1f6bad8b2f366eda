import Domain
import Foundation
import Storage

/// The repositories one running app uses, and the programme it serves.
struct Services: Sendable {
    let cities: any CityRepository
    let partnerships: any PartnershipRepository
    let agreements: any AgreementRepository
    let programmes: any ProgrammeRepository
    /// The programme the public pages and the API act on.
    let programmeID: UUID

    init(store: Store, programmeID: UUID) {
        cities = FluentCityRepository(store: store)
        partnerships = FluentPartnershipRepository(store: store)
        agreements = FluentAgreementRepository(store: store)
        programmes = FluentProgrammeRepository(store: store)
        self.programmeID = programmeID
    }
}
