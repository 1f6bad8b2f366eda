import Foundation

/// A kind of membership a committee offers: its fee, its term, how it renews and how long a lapsed one is kept.
public struct MembershipLevel: Sendable, Hashable, Identifiable {
    public enum Renewal: Sendable, Hashable {
        /// A term from the day the member joined (or last renewed to).
        case anniversary
        /// Every membership of the level ends on the same day of the year: 31 December, say.
        case fixed(month: Int, day: Int)
    }

    public var id: UUID
    public var name: String
    /// Nil: free.
    public var fee: Money?
    /// Nil: lifetime; the membership never expires.
    public var termMonths: Int?
    public var renewal: Renewal
    /// Days after expiry during which the member is still counted, in grace.
    public var graceDays: Int

    public init(
        id: UUID, name: String, fee: Money? = nil, termMonths: Int?, renewal: Renewal = .anniversary,
        graceDays: Int = 30
    ) {
        self.id = id
        self.name = name
        self.fee = fee
        self.termMonths = termMonths
        self.renewal = renewal
        self.graceDays = graceDays
    }

    public var isLifetime: Bool { termMonths == nil }

    /// When a term that starts on `start` ends.
    public func expiry(startingOn start: Date) -> Date? {
        guard let termMonths else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        switch renewal {
        case .anniversary:
            return calendar.date(byAdding: .month, value: termMonths, to: start)
        case .fixed(let month, let day):
            // The first fixed day after the start, then whole years for longer terms.
            let year = calendar.component(.year, from: start)
            var end = calendar.date(from: DateComponents(year: year, month: month, day: day))!
            if end <= start { end = calendar.date(byAdding: .year, value: 1, to: end)! }
            let extraYears = max(0, termMonths / 12 - 1)
            return calendar.date(byAdding: .year, value: extraYears, to: end)
        }
    }
}

/// A person's membership.
public struct Membership: Sendable, Hashable, Identifiable {
    public enum Status: String, Sendable, CaseIterable {
        case active, grace, expired, lifetime
    }

    public var id: UUID
    public var personID: UUID
    public var level: MembershipLevel
    public var joined: Date
    /// Nil for a lifetime membership.
    public var expires: Date?

    public init(id: UUID, personID: UUID, level: MembershipLevel, joined: Date, expires: Date?) {
        self.id = id
        self.personID = personID
        self.level = level
        self.joined = joined
        self.expires = expires
    }

    public func status(at now: Date) -> Status {
        guard let expires else { return .lifetime }
        if now < expires { return .active }
        if now < expires.addingTimeInterval(Double(level.graceDays) * 86_400) { return .grace }
        return .expired
    }

    /// The expiry after renewing at `now`: a term from the current expiry while it has not passed its grace,
    /// from today after that.
    public func renewedExpiry(at now: Date) -> Date? {
        guard let expires else { return nil }
        let from = status(at: now) == .expired ? now : expires
        return level.expiry(startingOn: from)
    }
}

/// The reminders a membership gets before and at its expiry.
public enum RenewalReminder: String, Sendable, CaseIterable {
    case thirtyDays = "30-days"
    case sevenDays = "7-days"
    case expired

    /// How long before expiry the reminder is due.
    public var lead: TimeInterval {
        switch self {
        case .thirtyDays: 30 * 86_400
        case .sevenDays: 7 * 86_400
        case .expired: 0
        }
    }

    /// The reminders due for a membership expiring at `expires`, as of `now`: every one whose day has come,
    /// even if the server was down when it came, so none is skipped.
    public static func due(expires: Date, now: Date) -> [RenewalReminder] {
        allCases.filter { expires.addingTimeInterval(-$0.lead) <= now }
    }
}

public protocol MembershipRepository: Sendable {
    func levels(in programme: UUID) async throws -> [MembershipLevel]
    func createLevel(_ level: MembershipLevel, in programme: UUID) async throws -> MembershipLevel
    /// Every membership, soonest expiry first, lifetime last.
    func list(in programme: UUID) async throws -> [Membership]
    func join(person: UUID, level: UUID, on day: Date, in programme: UUID) async throws -> Membership
    func renew(_ id: UUID, at now: Date, in programme: UUID) async throws -> Membership
    /// Queues every reminder due and not yet sent for the current expiry, recording each with its outbox message
    /// in one transaction. Answers how many were queued. `message` is given the member (their name, and the
    /// language they read emails in) and the address it goes to.
    func queueReminders(
        at now: Date, in programme: UUID,
        message: @escaping @Sendable (Membership, RenewalReminder, _ member: Person, _ email: String) -> MailDraft
    ) async throws -> ReminderRun
    /// The reminders recorded for a membership, oldest first.
    func reminders(of membership: UUID, in programme: UUID) async throws -> [ReminderRecord]
}

/// What a run of the reminder scheduler did.
public struct ReminderRun: Sendable, Hashable {
    /// Emails queued in the outbox.
    public var queued: Int
    /// Reminders recorded without an email: superseded by a later one, or the member has no address.
    public var recordedWithoutEmail: Int

    public init(queued: Int = 0, recordedWithoutEmail: Int = 0) {
        self.queued = queued
        self.recordedWithoutEmail = recordedWithoutEmail
    }
}

/// One reminder as recorded: sent, or why not.
public struct ReminderRecord: Sendable, Hashable {
    public var kind: RenewalReminder
    /// The expiry it was about.
    public var expires: Date
    public var recordedAt: Date
    /// Nil when an email was queued; otherwise why none was.
    public var note: String?

    public init(kind: RenewalReminder, expires: Date, recordedAt: Date, note: String?) {
        self.kind = kind
        self.expires = expires
        self.recordedAt = recordedAt
        self.note = note
    }
}
