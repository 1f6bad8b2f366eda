import Foundation

/// A stint of volunteering at an event: "welcome desk, 09:00–12:00, 4 places".
public struct Shift: Sendable, Hashable, Identifiable {
    public var id: UUID
    public var eventID: UUID
    public var draft: ShiftDraft
    /// Places taken by volunteers signed up.
    public var taken: Int

    public init(id: UUID, eventID: UUID, draft: ShiftDraft, taken: Int) {
        self.id = id
        self.eventID = eventID
        self.draft = draft
        self.taken = taken
    }

    public var placesLeft: Int { max(0, draft.places - taken) }
}

public struct ShiftDraft: Sendable, Hashable {
    public var role: String
    public var start: Date
    public var end: Date
    public var places: Int

    public init(role: String, start: Date, end: Date, places: Int) {
        self.role = role
        self.start = start
        self.end = end
        self.places = places
    }

    public static let placeRange = 1...1000

    public func validated() throws(DomainError) -> ShiftDraft {
        var draft = self
        draft.role = role.trimmingWhitespace
        var v = Validator()
        v.requireText(draft.role, field: "role", maxLength: 200)
        if end <= start { v.add("end", .afterStart) }
        if end.timeIntervalSince(start) > 24 * 3600 { v.add("end", .withinADayOfStart) }
        if !Self.placeRange.contains(places) { v.add("places", .range(from: 1, to: 1000, .count)) }
        try v.check()
        return draft
    }
}

/// A volunteer's place on a shift.
public struct ShiftSignup: Sendable, Hashable, Identifiable {
    public var id: UUID
    public var shiftID: UUID
    public var personID: UUID
    public var volunteerName: String
    public var signedUpAt: Date

    public init(id: UUID, shiftID: UUID, personID: UUID, volunteerName: String, signedUpAt: Date) {
        self.id = id
        self.shiftID = shiftID
        self.personID = personID
        self.volunteerName = volunteerName
        self.signedUpAt = signedUpAt
    }
}
