import Foundation

/// A city's sister-city programme and the organisation that runs it. One install may host several.
public struct Programme: Sendable, Hashable, Identifiable {
    public var id: UUID
    /// "Boston Sister Cities".
    public var name: String
    /// "City of Boston, Office of Tourism, Sports and Entertainment".
    public var organisation: String?
    public var homeCityID: UUID?

    public init(id: UUID, _ draft: ProgrammeDraft) {
        self.id = id
        self.name = draft.name
        self.organisation = draft.organisation
        self.homeCityID = draft.homeCityID
    }
}

/// The fields of a programme as an operator writes them.
public struct ProgrammeDraft: Sendable, Hashable {
    public var name: String
    public var organisation: String?
    public var homeCityID: UUID?

    public init(name: String, organisation: String? = nil, homeCityID: UUID? = nil) {
        self.name = name
        self.organisation = organisation
        self.homeCityID = homeCityID
    }

    public func validated(homeCityExists: Bool) throws(DomainError) -> ProgrammeDraft {
        var draft = self
        draft.name = name.trimmingWhitespace
        draft.organisation = organisation?.trimmingWhitespace.nilIfEmpty
        var v = Validator()
        v.requireText(draft.name, field: "name", maxLength: 200)
        v.checkText(draft.organisation, field: "organisation", maxLength: 300)
        if let homeCityID, !homeCityExists {
            v.add("homeCityId", "no city with id \(homeCityID.uuidString.lowercased())")
        }
        try v.check()
        return draft
    }
}
