import Domain
import Foundation

/// The programme the server serves.
struct ProgrammeDTO: Codable, Sendable {
    var id: String
    var name: String
    var organisation: String?
    var homeCity: CityDTO?
    var milestoneLeadMonths: Int
    var dormantAfterYears: Int
    var fiscalYearStartMonth: Int
    var language: String

    init(_ programme: Programme, homeCity: City?) {
        milestoneLeadMonths = programme.milestoneLeadMonths
        dormantAfterYears = programme.dormantAfterYears
        fiscalYearStartMonth = programme.fiscalYearStartMonth
        language = programme.language
        id = programme.id.lowercasedString
        name = programme.name
        organisation = programme.organisation
        self.homeCity = homeCity.map(CityDTO.init)
    }
}

/// The programme as an operator writes it.
struct ProgrammeInput: Decodable, Sendable {
    var name: String?
    var organisation: String?
    var homeCityId: UUID?
    /// Omitted: the programme keeps its lead time.
    var milestoneLeadMonths: Int?
    /// Omitted: the programme keeps its setting.
    var dormantAfterYears: Int?
    /// Omitted: the programme keeps its fiscal year.
    var fiscalYearStartMonth: Int?
    /// Omitted: the programme keeps its language.
    var language: String?

    func draft(current: Programme) -> ProgrammeDraft {
        ProgrammeDraft(
            name: name ?? "", organisation: organisation, homeCityID: homeCityId,
            milestoneLeadMonths: milestoneLeadMonths ?? current.milestoneLeadMonths,
            dormantAfterYears: dormantAfterYears ?? current.dormantAfterYears,
            fiscalYearStartMonth: fiscalYearStartMonth ?? current.fiscalYearStartMonth,
            language: language ?? current.language)
    }
}
