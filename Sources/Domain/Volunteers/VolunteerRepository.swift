import Foundation

/// Shifts, sign-ups, logged hours and the volunteers' personal links of one programme.
public protocol VolunteerRepository: Sendable {
    /// The event's shifts, earliest first, with the places taken.
    func shifts(event: UUID, in programme: UUID) async throws -> [Shift]
    /// Shifts that have not ended by `now`, of every event, earliest first.
    func upcomingShifts(in programme: UUID, now: Date) async throws -> [Shift]
    func shift(_ id: UUID, in programme: UUID) async throws -> Shift
    func addShift(_ draft: ShiftDraft, event: UUID, in programme: UUID) async throws -> Shift
    /// Deletes the shift with its sign-ups.
    func deleteShift(_ id: UUID, in programme: UUID) async throws

    /// Signs the person up while places are left; concurrent sign-ups never overfill a shift. Throws
    /// ``DomainError/conflict(_:)`` when the shift is full, over, or the person is already on it.
    func signUp(person: UUID, shift: UUID, in programme: UUID, now: Date) async throws -> ShiftSignup
    func withdraw(person: UUID, shift: UUID, in programme: UUID) async throws
    func signups(shift: UUID, in programme: UUID) async throws -> [ShiftSignup]
    /// The sign-ups of many shifts of the programme at once, by shift, each in sign-up order.
    func signups(shifts: [UUID], in programme: UUID) async throws -> [UUID: [ShiftSignup]]
    /// The shifts a person signed up for, earliest first.
    func signups(person: UUID, in programme: UUID) async throws -> [ShiftSignup]

    /// Records time; a coordinator's entry may be approved at once.
    func log(
        _ draft: HoursDraft, in programme: UUID, approvedBy: String?, today: PartialDate, now: Date
    ) async throws -> VolunteerHours
    func hours(in programme: UUID, _ query: HoursQuery) async throws -> Page<VolunteerHours>
    func findHours(_ id: UUID, in programme: UUID) async throws -> VolunteerHours
    /// Approves the entry, with corrected minutes when given; the volunteer's own figure is kept beside.
    func review(
        _ id: UUID, _ review: HoursReview, by reviewer: String, in programme: UUID
    ) async throws
        -> VolunteerHours
    /// Totals of approved time, for one year or all.
    func totals(in programme: UUID, year: Int?) async throws -> HoursTotals

    /// Keeps the hash of a new personal link for the person and queues `mail`, which carries the link, in the
    /// same transaction. The new link replaces every earlier link of the person.
    func addKey(hash: String, person: UUID, in programme: UUID, now: Date, mail: MailDraft) async throws
    /// The person whose live link hashes to `hash` (see `VolunteerLink`): not found for a replaced or
    /// expired link.
    func person(keyHash: String, now: Date) async throws -> (person: UUID, programme: UUID)
}
