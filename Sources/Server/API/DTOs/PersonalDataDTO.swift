import Domain
import Foundation

/// Everything kept about one person, as one JSON document they can take away.
struct PersonalDataDTO: Encodable, Sendable {
    struct EmailDTO: Encodable, Sendable {
        var to: String
        var subject: String
        var body: String
        var state: String
        var queuedAt: String
        var sentAt: String?

        init(_ message: OutboxMessage) {
            to = message.to
            subject = message.subject
            body = message.body
            state = message.state.rawValue
            queuedAt = Timestamp.format(message.createdAt)
            sentAt = message.sentAt.map(Timestamp.format)
        }
    }

    var exportedAt: String
    var programme: String
    var person: PersonDTO
    var memberships: [MembershipDTO]
    var contributions: [ContributionDTO]
    var pledges: [PledgeDTO]
    var registrations: [RegistrationDTO]
    var volunteerHours: [VolunteerHoursDTO]
    var shiftSignups: [ShiftSignupDTO]
    var emails: [EmailDTO]
    var history: [AuditEntryDTO]

    init(_ data: PersonalData, programme: String, now: Date, today: PartialDate) {
        exportedAt = Timestamp.format(now)
        self.programme = programme
        person = PersonDTO(data.person, withContact: true)
        memberships = data.memberships.map { MembershipDTO($0, now: now) }
        contributions = data.contributions.map(ContributionDTO.init)
        pledges = data.pledges.map { PledgeDTO($0, today: today) }
        registrations = data.registrations.map(RegistrationDTO.init)
        volunteerHours = data.volunteerHours.map(VolunteerHoursDTO.init)
        shiftSignups = data.shiftSignups.map(ShiftSignupDTO.init)
        emails = data.emails.map(EmailDTO.init)
        history = data.history.map(AuditEntryDTO.init)
    }
}
