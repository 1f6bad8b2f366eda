import Domain
import Foundation

/// A shift as the API shows it: `start` and `end` in the venue's offset.
struct ShiftDTO: Encodable, Sendable {
    var id: String
    var eventId: String
    var role: String
    var start: String
    var end: String
    var places: Int
    var taken: Int
    var placesLeft: Int

    init(_ shift: Shift, zone: TimeZone?) {
        id = shift.id.lowercasedString
        eventId = shift.eventID.lowercasedString
        role = shift.draft.role
        let zone = zone ?? TimeZone(identifier: "UTC")!
        start = MeetingPlanDTO.local(shift.draft.start, zone)
        end = MeetingPlanDTO.local(shift.draft.end, zone)
        places = shift.draft.places
        taken = shift.taken
        placesLeft = shift.placesLeft
    }
}

struct ShiftInput: Decodable, Sendable {
    var role: String?
    var start: String?
    var end: String?
    var places: Int?

    /// `start` and `end` are RFC 3339, or local times read in the event venue's zone.
    func draft(zone: TimeZone?) throws -> ShiftDraft {
        var issues: [FieldIssue] = []
        if role == nil { issues.append(FieldIssue(field: "role", rule: .missing)) }
        let from = start.flatMap { EventDates.instant($0, zone: zone, field: "start", into: &issues) }
        let to = end.flatMap { EventDates.instant($0, zone: zone, field: "end", into: &issues) }
        if start == nil { issues.append(FieldIssue(field: "start", rule: .missing)) }
        if end == nil { issues.append(FieldIssue(field: "end", rule: .missing)) }
        if places == nil { issues.append(FieldIssue(field: "places", rule: .missing)) }
        let draft = ShiftDraft(
            role: role ?? "", start: from ?? Date(timeIntervalSince1970: 0), end: to ?? Date(timeIntervalSince1970: 1),
            places: places ?? 1)
        return try InputIssues.merge(issues) { try draft.validated() }
    }
}

struct ShiftSignupDTO: Encodable, Sendable {
    var id: String
    var shiftId: String
    var personId: String
    var volunteerName: String
    var signedUpAt: String

    init(_ signup: ShiftSignup) {
        id = signup.id.lowercasedString
        shiftId = signup.shiftID.lowercasedString
        personId = signup.personID.lowercasedString
        volunteerName = signup.volunteerName
        signedUpAt = Timestamp.format(signup.signedUpAt)
    }
}

struct PersonRefInput: Decodable, Sendable {
    var personId: UUID?

    func person() throws -> UUID {
        guard let personId else { throw DomainError.invalid([FieldIssue(field: "personId", rule: .missing)]) }
        return personId
    }
}

struct VolunteerHoursDTO: Encodable, Sendable {
    var id: String
    var personId: String
    var volunteerName: String
    var day: String
    var minutes: Int
    var loggedMinutes: Int?
    var activity: String
    var eventId: String?
    var partnershipId: String?
    var note: String?
    var status: String
    var reviewedBy: String?
    var reviewNote: String?
    var loggedAt: String

    init(_ hours: VolunteerHours) {
        id = hours.id.lowercasedString
        personId = hours.draft.personID.lowercasedString
        volunteerName = hours.volunteerName
        day = hours.draft.day.description
        minutes = hours.draft.minutes
        loggedMinutes = hours.loggedMinutes
        activity = hours.draft.activity.rawValue
        eventId = hours.draft.eventID?.lowercasedString
        partnershipId = hours.draft.partnershipID?.lowercasedString
        note = hours.draft.note
        status = hours.status.rawValue
        reviewedBy = hours.reviewedBy
        reviewNote = hours.reviewNote
        loggedAt = Timestamp.format(hours.loggedAt)
    }
}

struct HoursInput: Decodable, Sendable {
    var personId: UUID?
    var day: String?
    var minutes: Int?
    var activity: String?
    var eventId: UUID?
    var partnershipId: UUID?
    var note: String?

    func draft() throws -> HoursDraft {
        var issues: [FieldIssue] = []
        if personId == nil { issues.append(FieldIssue(field: "personId", rule: .missing)) }
        if day == nil { issues.append(FieldIssue(field: "day", rule: .missing)) }
        if minutes == nil { issues.append(FieldIssue(field: "minutes", rule: .missing)) }
        let parsedDay = InputIssues.date(day, "day", into: &issues)
        let kind = InputIssues.choice(activity, "activity", default: nil, into: &issues) as VolunteerActivity?
        if !issues.isEmpty { throw DomainError.invalid(issues) }
        return HoursDraft(
            personID: personId!, day: parsedDay!, minutes: minutes!, activity: kind!, eventID: eventId,
            partnershipID: partnershipId, note: note)
    }
}

struct HoursReviewInput: Decodable, Sendable {
    var minutes: Int?
    var note: String?
}

struct HoursTotalsDTO: Encodable, Sendable {
    struct Line: Encodable, Sendable {
        var key: String
        var label: String
        var minutes: Int
        var hours: String
        var entries: Int

        init(_ line: HoursTotals.Line) {
            key = line.key
            label = line.label
            minutes = line.minutes
            hours = VolunteerHoursFormat.hours(line.minutes)
            entries = line.entries
        }
    }

    var year: Int?
    var totalMinutes: Int
    var byVolunteer: [Line]
    var byActivity: [Line]
    var byYear: [Line]

    init(_ totals: HoursTotals, year: Int?) {
        self.year = year
        totalMinutes = totals.totalMinutes
        byVolunteer = totals.byVolunteer.map(Line.init)
        byActivity = totals.byActivity.map(Line.init)
        byYear = totals.byYear.map(Line.init)
    }
}

enum VolunteerHoursFormat {
    /// "2:30" for 150 minutes: hours and minutes, never a fraction that rounds.
    static func hours(_ minutes: Int) -> String {
        "\(minutes / 60):" + String(format: "%02d", minutes % 60)
    }

    /// Reads "2:30" (hours and minutes) or "90" (minutes) as a form gives them; nil for anything else.
    static func minutes(_ text: String) -> Int? {
        let trimmed = text.trimmingWhitespace
        if let match = trimmed.wholeMatch(of: /(\d{1,2}):([0-5]\d)/) {
            return Int(match.1)! * 60 + Int(match.2)!
        }
        if trimmed.count <= 4, let minutes = Int(trimmed), minutes >= 0 { return minutes }
        return nil
    }
}
