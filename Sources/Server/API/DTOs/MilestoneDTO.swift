import Domain

/// A milestone anniversary in the planner.
struct MilestoneDTO: Codable, Sendable {
    var partnershipId: String
    var partnerCity: String
    var partnerCountry: String
    var number: Int
    var year: Int
    var date: String
    var planningStarts: String
    var names: [AnniversaryNameDTO]

    init(_ milestone: Milestone) {
        partnershipId = milestone.partnership.id.lowercasedString
        partnerCity = milestone.partnership.partnerCity.name
        partnerCountry = milestone.partnership.partnerCity.countryCode
        number = milestone.anniversary.number
        year = milestone.anniversary.year
        date = milestone.anniversary.date.description
        planningStarts = milestone.planningStarts.description
        names = milestone.anniversary.names.map(AnniversaryNameDTO.init)
    }
}

struct MilestonesDTO: Codable, Sendable {
    var from: Int
    var to: Int
    var leadMonths: Int
    var items: [MilestoneDTO]
}
