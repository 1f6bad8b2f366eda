import Domain
import FluentKit
import Foundation

final class ShiftModel: Model, @unchecked Sendable {
    static let schema = "shifts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: ProgrammeModel
    @Parent(key: "event_id") var event: EventModel
    @Field(key: "role") var role: String
    @Field(key: "starts_at") var startsAt: Date
    @Field(key: "ends_at") var endsAt: Date
    @Field(key: "places") var places: Int

    init() {}

    func toDomain(taken: Int) throws -> Shift {
        Shift(
            id: try requireID(), eventID: $event.id,
            draft: ShiftDraft(role: role, start: startsAt, end: endsAt, places: places), taken: taken)
    }
}

final class ShiftSignupModel: Model, @unchecked Sendable {
    static let schema = "shift_signups"

    @ID(key: .id) var id: UUID?
    @Parent(key: "shift_id") var shift: ShiftModel
    @Parent(key: "person_id") var person: PersonModel
    @Field(key: "signed_up_at") var signedUpAt: Date

    init() {}
}

final class VolunteerHoursModel: Model, @unchecked Sendable {
    static let schema = "volunteer_hours"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: ProgrammeModel
    @Parent(key: "person_id") var person: PersonModel
    /// YYYY-MM-DD.
    @Field(key: "day") var day: String
    /// The day's year, for totals by year.
    @Field(key: "year") var year: Int
    @Field(key: "minutes") var minutes: Int
    @OptionalField(key: "logged_minutes") var loggedMinutes: Int?
    @Field(key: "activity") var activity: String
    @OptionalField(key: "event_id") var eventID: UUID?
    @OptionalField(key: "partnership_id") var partnershipID: UUID?
    @OptionalField(key: "note") var note: String?
    @Field(key: "status") var status: String
    @OptionalField(key: "reviewed_by") var reviewedBy: String?
    @OptionalField(key: "review_note") var reviewNote: String?
    @Field(key: "logged_at") var loggedAt: Date

    init() {}

    func toDomain(volunteerName: String) throws -> VolunteerHours {
        VolunteerHours(
            id: try requireID(),
            draft: HoursDraft(
                personID: $person.id, day: try StoredValue.date(day), minutes: minutes,
                activity: try StoredValue.decode(VolunteerActivity.self, activity), eventID: eventID,
                partnershipID: partnershipID, note: note),
            volunteerName: volunteerName, status: try StoredValue.decode(VolunteerHours.Status.self, status),
            loggedMinutes: loggedMinutes, reviewedBy: reviewedBy, reviewNote: reviewNote, loggedAt: loggedAt)
    }
}

final class VolunteerKeyModel: Model, @unchecked Sendable {
    static let schema = "volunteer_keys"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: ProgrammeModel
    @Parent(key: "person_id") var person: PersonModel
    @Field(key: "key_hash") var keyHash: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
