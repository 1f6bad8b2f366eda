import Foundation

/// What a volunteer did with their time.
public enum VolunteerActivity: String, Sendable, CaseIterable {
    case eventSupport = "event-support"
    case hosting
    case interpreting
    case teaching
    case office
    case fundraising
    case outreach
    case other

    public var label: String {
        switch self {
        case .eventSupport: "Event support"
        case .hosting: "Hosting visitors"
        case .interpreting: "Interpreting and translation"
        case .teaching: "Teaching and language classes"
        case .office: "Office and administration"
        case .fundraising: "Fundraising"
        case .outreach: "Outreach and publicity"
        case .other: "Other"
        }
    }
}

/// Time a volunteer gave, as they logged it, and what a coordinator made of it.
public struct VolunteerHours: Sendable, Hashable, Identifiable {
    public enum Status: String, Sendable, CaseIterable {
        /// Logged, not yet seen by a coordinator: not counted in totals.
        case pending
        case approved
    }

    public var id: UUID
    public var draft: HoursDraft
    public var volunteerName: String
    public var status: Status
    /// The minutes the volunteer logged, when a coordinator corrected them.
    public var loggedMinutes: Int?
    /// Who approved or corrected the entry, and why it was changed.
    public var reviewedBy: String?
    public var reviewNote: String?
    public var loggedAt: Date

    public init(
        id: UUID, draft: HoursDraft, volunteerName: String, status: Status, loggedMinutes: Int? = nil,
        reviewedBy: String? = nil, reviewNote: String? = nil, loggedAt: Date
    ) {
        self.id = id
        self.draft = draft
        self.volunteerName = volunteerName
        self.status = status
        self.loggedMinutes = loggedMinutes
        self.reviewedBy = reviewedBy
        self.reviewNote = reviewNote
        self.loggedAt = loggedAt
    }
}

public struct HoursDraft: Sendable, Hashable {
    public var personID: UUID
    /// The day the work was done.
    public var day: PartialDate
    public var minutes: Int
    public var activity: VolunteerActivity
    public var eventID: UUID?
    public var partnershipID: UUID?
    public var note: String?

    public init(
        personID: UUID, day: PartialDate, minutes: Int, activity: VolunteerActivity, eventID: UUID? = nil,
        partnershipID: UUID? = nil, note: String? = nil
    ) {
        self.personID = personID
        self.day = day
        self.minutes = minutes
        self.activity = activity
        self.eventID = eventID
        self.partnershipID = partnershipID
        self.note = note
    }

    /// One entry covers one day: at most 24 hours.
    public static let minuteRange = 1...1440

    /// Checks the entry against the programme's people, events and partnerships, and against `today`: time
    /// cannot be logged for a day that has not come.
    public func validated(
        people: Set<UUID>, events: Set<UUID>, partnerships: Set<UUID>, today: PartialDate
    ) throws(DomainError) -> HoursDraft {
        var draft = self
        draft.note = note?.trimmingWhitespace.nilIfEmpty
        var v = Validator()
        if !people.contains(personID) {
            v.add("personId", .personUnavailable)
        }
        if day.precision != .day {
            v.add("day", .day)
        } else if day > today {
            v.add("day", .notInFuture)
        }
        if !Self.minuteRange.contains(minutes) { v.add("minutes", .range(from: 1, to: 1440, .minutes)) }
        if let eventID, !events.contains(eventID) { v.add("eventId", .notInProgramme(.event)) }
        if let partnershipID, !partnerships.contains(partnershipID) {
            v.add("partnershipId", .notInProgramme(.partnership))
        }
        v.checkText(draft.note, field: "note", maxLength: 1000)
        try v.check()
        return draft
    }
}

/// Approved minutes, summed three ways. Pending entries are not counted until a coordinator approves them.
public struct HoursTotals: Sendable, Hashable {
    public struct Line: Sendable, Hashable {
        public var key: String
        public var label: String
        public var minutes: Int
        public var entries: Int
    }

    public private(set) var byVolunteer: [Line] = []
    public private(set) var byActivity: [Line] = []
    public private(set) var byYear: [Line] = []

    public init(_ hours: [VolunteerHours]) {
        let approved = hours.filter { $0.status == .approved }
        byVolunteer = Self.lines(approved) { ($0.draft.personID.uuidString.lowercased(), $0.volunteerName) }
            .sorted { ($1.minutes, $0.label) < ($0.minutes, $1.label) }
        byActivity = Self.lines(approved) { ($0.draft.activity.rawValue, $0.draft.activity.label) }
            .sorted { ($1.minutes, $0.label) < ($0.minutes, $1.label) }
        byYear = Self.lines(approved) { (String($0.draft.day.year), String($0.draft.day.year)) }
            .sorted { $0.key > $1.key }
    }

    public var totalMinutes: Int { byYear.reduce(0) { $0 + $1.minutes } }

    private static func lines(
        _ hours: [VolunteerHours], _ key: (VolunteerHours) -> (String, String)
    ) -> [Line] {
        var lines: [String: Line] = [:]
        for entry in hours {
            let (k, label) = key(entry)
            lines[k, default: Line(key: k, label: label, minutes: 0, entries: 0)].minutes += entry.draft.minutes
            lines[k]!.entries += 1
        }
        return Array(lines.values)
    }
}

public struct HoursQuery: Sendable, Hashable {
    public var page: PageRequest
    public var personID: UUID?
    public var status: VolunteerHours.Status?
    public var year: Int?

    public init(
        page: PageRequest = .init(), personID: UUID? = nil, status: VolunteerHours.Status? = nil, year: Int? = nil
    ) {
        self.page = page
        self.personID = personID
        self.status = status
        self.year = year
    }
}

/// A coordinator's verdict on logged time: approve as logged, or correct the minutes and say why.
public struct HoursReview: Sendable, Hashable {
    public var minutes: Int?
    public var note: String?

    public init(minutes: Int? = nil, note: String? = nil) {
        self.minutes = minutes
        self.note = note
    }

    public func validated(logged: Int) throws(DomainError) -> HoursReview {
        var review = self
        review.note = note?.trimmingWhitespace.nilIfEmpty
        var v = Validator()
        if let minutes, !HoursDraft.minuteRange.contains(minutes) {
            v.add("minutes", .range(from: 1, to: 1440, .minutes))
        }
        if let minutes, minutes != logged, review.note == nil {
            v.add("note", .correctionNeedsNote)
        }
        v.checkText(review.note, field: "note", maxLength: 1000)
        try v.check()
        return review
    }
}
