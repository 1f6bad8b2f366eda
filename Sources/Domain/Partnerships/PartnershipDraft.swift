import Foundation

/// The fields of a partnership as a client writes them.
public struct PartnershipDraft: Sendable, Hashable {
    public var homeCityID: UUID
    public var partnerCityID: UUID
    public var kind: PartnershipKind
    public var status: PartnershipStatus
    public var established: PartialDate?
    public var ended: PartialDate?
    public var focusAreas: [FocusArea]
    public var summary: String?
    public var sources: [WebLink]
    /// The summary in other languages.
    public var translations: Translations

    /// What a partnership gives in other languages.
    public static let translatedFields = [TranslatedField("summary", maxLength: 10_000)]

    public init(
        homeCityID: UUID, partnerCityID: UUID, kind: PartnershipKind = .sister, status: PartnershipStatus = .active,
        established: PartialDate? = nil, ended: PartialDate? = nil, focusAreas: [FocusArea] = [],
        summary: String? = nil, sources: [WebLink] = [], translations: Translations = .none
    ) {
        self.homeCityID = homeCityID
        self.partnerCityID = partnerCityID
        self.kind = kind
        self.status = status
        self.established = established
        self.ended = ended
        self.focusAreas = focusAreas
        self.summary = summary
        self.sources = sources
        self.translations = translations
    }

    /// Checks the draft against the two cities it names (nil where no such city exists).
    ///
    /// A sister-city tie joins communities of two nations: a city cannot partner itself, nor a city of its
    /// own country.
    public func validated(homeCity: City?, partnerCity: City?) throws(DomainError) -> PartnershipDraft {
        var draft = self
        draft.summary = summary?.trimmingWhitespace.nilIfEmpty
        draft.sources = sources.map { WebLink(title: $0.title.trimmingWhitespace, url: $0.url.trimmingWhitespace) }
        var seen = Set<FocusArea>()
        draft.focusAreas = focusAreas.filter { seen.insert($0).inserted }
        var v = Validator()
        if homeCity == nil { v.add("homeCityId", .noSuchCity(homeCityID)) }
        if partnerCity == nil { v.add("partnerCityId", .noSuchCity(partnerCityID)) }
        if homeCityID == partnerCityID {
            v.add("partnerCityId", .cityPartnersItself)
        } else if let homeCity, let partnerCity, homeCity.countryCode == partnerCity.countryCode {
            v.add("partnerCityId", .sameCountry(partner: partnerCity.name, home: homeCity.name))
        }
        if let established, let ended, ended < established {
            v.add("ended", .notBeforeEstablished(established))
        }
        if ended != nil, status != .ended {
            v.add("status", .endedStatus)
        }
        v.checkText(draft.summary, field: "summary", maxLength: 10_000)
        v.checkLinks(draft.sources, field: "sources")
        draft.translations = translations.validated(fields: Self.translatedFields, into: &v)
        try v.check()
        return draft
    }
}
