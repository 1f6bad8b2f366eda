import Foundation

/// Everything the programme keeps about one person, for a request to see it (GDPR article 15, and its
/// equivalents elsewhere).
public struct PersonalData: Sendable, Hashable {
    public var person: Person
    public var memberships: [Membership]
    public var contributions: [Contribution]
    public var pledges: [Pledge]
    /// Event registrations made with the person's email address.
    public var registrations: [Registration]
    public var volunteerHours: [VolunteerHours]
    public var shiftSignups: [ShiftSignup]
    /// Emails the programme sent or is sending to the person's address.
    public var emails: [OutboxMessage]
    /// Changes to the person's record.
    public var history: [AuditEntry]

    public init(
        person: Person, memberships: [Membership], contributions: [Contribution], pledges: [Pledge] = [],
        registrations: [Registration],
        volunteerHours: [VolunteerHours], shiftSignups: [ShiftSignup], emails: [OutboxMessage], history: [AuditEntry]
    ) {
        self.person = person
        self.memberships = memberships
        self.contributions = contributions
        self.pledges = pledges
        self.registrations = registrations
        self.volunteerHours = volunteerHours
        self.shiftSignups = shiftSignups
        self.emails = emails
        self.history = history
    }
}

/// What an erasure did. Financial records (receipts, memberships) and volunteer time are kept for the
/// programme's accounts, tied to a record that no longer says who it was.
public struct ErasureReport: Sendable, Hashable, Codable {
    /// Receipts kept with their amounts and numbers, the donor's name replaced.
    public var contributionsAnonymised: Int
    /// Memberships kept, with their fees and dates.
    public var membershipsKept: Int
    /// Pledges kept with their amounts and payments, the donor's name replaced.
    public var pledgesAnonymised: Int
    /// Volunteer time kept for the totals, its notes removed.
    public var volunteerEntriesKept: Int
    /// Event registrations made with the address, their name and address removed.
    public var registrationsAnonymised: Int
    /// Shift sign-ups and personal volunteer links removed.
    public var signupsRemoved: Int
    public var linksRemoved: Int
    /// Emails to the address, their recipient and text removed.
    public var emailsScrubbed: Int
    /// Earlier versions of the record, emptied from the history.
    public var historyScrubbed: Int

    public init(
        contributionsAnonymised: Int = 0, membershipsKept: Int = 0, pledgesAnonymised: Int = 0,
        volunteerEntriesKept: Int = 0,
        registrationsAnonymised: Int = 0, signupsRemoved: Int = 0, linksRemoved: Int = 0, emailsScrubbed: Int = 0,
        historyScrubbed: Int = 0
    ) {
        self.contributionsAnonymised = contributionsAnonymised
        self.membershipsKept = membershipsKept
        self.pledgesAnonymised = pledgesAnonymised
        self.volunteerEntriesKept = volunteerEntriesKept
        self.registrationsAnonymised = registrationsAnonymised
        self.signupsRemoved = signupsRemoved
        self.linksRemoved = linksRemoved
        self.emailsScrubbed = emailsScrubbed
        self.historyScrubbed = historyScrubbed
    }
}

public protocol PrivacyRepository: Sendable {
    func personalData(_ person: UUID, in programme: UUID) async throws -> PersonalData
    /// Erases the person in one transaction: their record keeps its id and says "Erased person"; what must stay
    /// for the accounts stays, anonymised; the rest is removed. Recorded in the history without the data.
    func erase(_ person: UUID, in programme: UUID, by author: ChangeAuthor) async throws -> ErasureReport
}

extension Person {
    /// What an erased person's record is called from then on.
    public static let erasedName = "Erased person"
}
