import Domain
import Foundation

/// A partnership as the API shows it, with both cities embedded.
struct PartnershipDTO: Codable, Sendable {
    var id: String
    var homeCity: CityDTO
    var partnerCity: CityDTO
    var kind: String
    var status: String
    var established: String?
    var ended: String?
    var focusAreas: [String]
    var summary: String?
    var sources: [LinkDTO]
    var translations: TranslationsDTO

    init(_ partnership: Partnership) {
        id = partnership.id.lowercasedString
        homeCity = CityDTO(partnership.homeCity)
        partnerCity = CityDTO(partnership.partnerCity)
        kind = partnership.kind.rawValue
        status = partnership.status.rawValue
        established = partnership.established?.description
        ended = partnership.ended?.description
        focusAreas = partnership.focusAreas.map(\.rawValue)
        summary = partnership.summary
        sources = partnership.sources.map(LinkDTO.init)
        translations = partnership.translations.byLanguage
    }
}

/// A partnership as a client writes it. `homeCityId` defaults to the programme's home city.
struct PartnershipInput: Decodable, Sendable {
    var homeCityId: UUID?
    var partnerCityId: UUID?
    var kind: String?
    var status: String?
    var established: String?
    var ended: String?
    var focusAreas: [String]?
    var summary: String?
    var sources: [LinkDTO]?
    var translations: TranslationsDTO?

    func draft(defaultHomeCity: UUID?) throws -> PartnershipDraft {
        var issues: [FieldIssue] = []
        let home = homeCityId ?? defaultHomeCity
        if home == nil {
            issues.append(FieldIssue(field: "homeCityId", message: "is required: the programme has no home city"))
        }
        if partnerCityId == nil { issues.append(FieldIssue(field: "partnerCityId", rule: .missing)) }
        let kind = InputIssues.choice(kind, "kind", default: PartnershipKind.sister, into: &issues)
        let status = InputIssues.choice(status, "status", default: PartnershipStatus.active, into: &issues)
        let established = InputIssues.date(established, "established", into: &issues)
        let ended = InputIssues.date(ended, "ended", into: &issues)
        var areas: [FocusArea] = []
        for (index, raw) in (focusAreas ?? []).enumerated() {
            if let area = InputIssues.choice(raw, "focusAreas[\(index)]", default: FocusArea?.none, into: &issues) {
                areas.append(area)
            }
        }
        guard let home, let partner = partnerCityId, let kind, let status else { throw DomainError.invalid(issues) }
        let draft = PartnershipDraft(
            homeCityID: home, partnerCityID: partner, kind: kind, status: status, established: established,
            ended: ended, focusAreas: areas, summary: summary, sources: (sources ?? []).map(\.domain),
            translations: Translations(translations ?? [:]))
        return try InputIssues.merge(issues) { draft }
    }
}
