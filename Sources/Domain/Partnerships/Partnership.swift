import Foundation

/// A tie between a programme's home city and a city of another nation.
public struct Partnership: Sendable, Hashable, Identifiable {
    public var id: UUID
    public var programmeID: UUID
    public var homeCity: City
    public var partnerCity: City
    public var kind: PartnershipKind
    public var status: PartnershipStatus
    public var established: PartialDate?
    public var ended: PartialDate?
    public var focusAreas: [FocusArea]
    public var summary: String?
    public var sources: [WebLink]
    /// The summary in other languages.
    public var translations: Translations

    public init(
        id: UUID, programmeID: UUID, homeCity: City, partnerCity: City, kind: PartnershipKind,
        status: PartnershipStatus, established: PartialDate?, ended: PartialDate?, focusAreas: [FocusArea],
        summary: String?, sources: [WebLink], translations: Translations = .none
    ) {
        self.id = id
        self.programmeID = programmeID
        self.homeCity = homeCity
        self.partnerCity = partnerCity
        self.kind = kind
        self.status = status
        self.established = established
        self.ended = ended
        self.focusAreas = focusAreas
        self.summary = summary
        self.sources = sources
        self.translations = translations
    }
}

extension Partnership {
    /// "Boston – Kyoto": the tie's name wherever one is listed.
    public var pairName: String { "\(homeCity.name) – \(partnerCity.name)" }
}
