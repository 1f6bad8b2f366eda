import Foundation

/// Who is asking: a signed-in user (through a session or an API token), or the public.
public struct Actor: Sendable, Hashable {
    public let user: User
    /// The API token the request came with, if it came with one.
    public let tokenID: UUID?

    public init(user: User, tokenID: UUID? = nil) {
        self.user = user
        self.tokenID = tokenID
    }
}

/// What a request wants to do; ``Actor/may(_:)`` decides. Every decision is made here, in one place.
public enum Action: Sendable, Hashable {
    /// Create, change or delete a city of the shared gazetteer.
    case editCities
    /// Create a partnership, or edit the programme's settings.
    case editProgramme
    /// Change or delete one partnership, or its agreements.
    case editPartnership(UUID)
    /// Read data that is not published.
    case readInternal
    /// Manage users and their roles.
    case manageUsers
    /// Create, change or delete organisations and people.
    case editPeople
    /// Read people's contact details.
    case readContacts
    /// Erase a person's data on their request: irreversible, so for staff and administrators.
    case erasePersonalData
    /// Create, change or delete an event or an exchange of these partnerships (none: programme-wide).
    case editActivity(partnerships: Set<UUID>)
}

extension Actor {
    /// Whether the actor may do `action` in `programme`. Nobody acts in a programme they do not belong to.
    public func may(_ action: Action, in programme: UUID) -> Bool {
        let role = user.role
        guard !user.isDisabled, user.programmeID == programme else { return false }
        switch action {
        case .editCities, .editProgramme, .erasePersonalData:
            return role >= .staff
        case .editPartnership(let id):
            return role >= .staff || (role == .partnerEditor && user.partnershipScope.contains(id))
        case .readInternal:
            return true
        case .manageUsers:
            return role == .admin
        case .editPeople, .readContacts:
            return role >= .coordinator
        case .editActivity(let partnerships):
            // A partner editor keeps to the events of the partnerships they edit.
            return role >= .coordinator
                || (role == .partnerEditor && !partnerships.isEmpty && partnerships.isSubset(of: user.partnershipScope))
        }
    }
}
