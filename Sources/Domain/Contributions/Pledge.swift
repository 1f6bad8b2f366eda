import Foundation

/// How often a recurring gift falls due.
public enum PledgeFrequency: String, Sendable, CaseIterable {
    case monthly, quarterly, yearly

    public var months: Int {
        switch self {
        case .monthly: 1
        case .quarterly: 3
        case .yearly: 12
        }
    }
}

/// A promise of money: paid once by a day, or recurring — monthly, quarterly or yearly — for a number of
/// instalments or until cancelled. Contributions recorded toward it fulfil it.
public struct Pledge: Sendable, Hashable, Identifiable {
    public enum Status: String, Sendable, CaseIterable {
        case open, fulfilled, cancelled
    }

    public var id: UUID
    public var draft: PledgeDraft
    public var donorName: String
    /// The day it was cancelled: no instalment falls due after it.
    public var cancelledOn: PartialDate?
    /// Money received toward it, in its currency, from receipts that stand.
    public var receivedMinorUnits: Int64
    public var payments: Int

    public init(
        id: UUID, draft: PledgeDraft, donorName: String, cancelledOn: PartialDate? = nil, receivedMinorUnits: Int64 = 0,
        payments: Int = 0
    ) {
        self.id = id
        self.draft = draft
        self.donorName = donorName
        self.cancelledOn = cancelledOn
        self.receivedMinorUnits = receivedMinorUnits
        self.payments = payments
    }

    public var received: Money { Money(minorUnits: receivedMinorUnits, currency: draft.amount.currency) }

    /// The whole promise, when it has an end.
    public var total: Money? {
        draft.instalmentCount.map {
            Money(minorUnits: draft.amount.minorUnits * Int64($0), currency: draft.amount.currency)
        }
    }

    public func status(on today: PartialDate) -> Status {
        if let total, receivedMinorUnits >= total.minorUnits { return .fulfilled }
        if cancelledOn != nil { return .cancelled }
        return .open
    }

    /// Instalments due on or before `day`, not counting those after a cancellation.
    public func dueDates(through day: PartialDate) -> [PartialDate] {
        var dates: [PartialDate] = []
        var index = 0
        while let date = draft.dueDate(index), date <= day {
            if let cancelledOn, date > cancelledOn { break }
            dates.append(date)
            index += 1
        }
        return dates
    }

    /// What should have come in by `day`.
    public func expected(by day: PartialDate) -> Money {
        Money(
            minorUnits: draft.amount.minorUnits * Int64(dueDates(through: day).count), currency: draft.amount.currency)
    }

    /// How far payments are behind the instalments due by `day`; zero when they are not.
    public func arrears(on day: PartialDate) -> Money {
        Money(
            minorUnits: max(0, expected(by: day).minorUnits - receivedMinorUnits), currency: draft.amount.currency)
    }

    /// The day of the first instalment not yet paid for, if one is still to come.
    public var nextDue: PartialDate? {
        guard cancelledOn == nil, draft.amount.minorUnits > 0 else { return nil }
        let paid = Int(receivedMinorUnits / draft.amount.minorUnits)
        return draft.dueDate(paid)
    }
}

public struct PledgeDraft: Sendable, Hashable {
    public var donorID: UUID
    /// Each instalment's amount; for a single payment, the whole.
    public var amount: Money
    /// nil: paid once, on `start`.
    public var frequency: PledgeFrequency?
    /// The first (or only) instalment's day.
    public var start: PartialDate
    /// How many instalments; nil with a frequency: until cancelled.
    public var instalments: Int?
    public var designation: Designation
    public var note: String?

    public init(
        donorID: UUID, amount: Money, frequency: PledgeFrequency? = nil, start: PartialDate, instalments: Int? = nil,
        designation: Designation = .programme, note: String? = nil
    ) {
        self.donorID = donorID
        self.amount = amount
        self.frequency = frequency
        self.start = start
        self.instalments = instalments
        self.designation = designation
        self.note = note
    }

    public static let instalmentRange = 1...600
    public static let startYears = 1900...2200

    /// How many instalments in all: 1 for a single payment, nil for a recurring gift until cancelled.
    public var instalmentCount: Int? { frequency == nil ? 1 : instalments }

    /// The day instalment `index` (from 0) falls due: the start day, moved on by whole months, on the last day
    /// of a shorter month (31 January, then 28 or 29 February, then 31 March).
    public func dueDate(_ index: Int) -> PartialDate? {
        guard index >= 0, index < (instalmentCount ?? Int.max), let day = start.day, let month = start.month else {
            return nil
        }
        let months = month - 1 + index * (frequency?.months ?? 0)
        let year = start.year + months / 12
        let m = months % 12 + 1
        return PartialDate(year: year, month: m, day: min(day, PartialDate.daysIn(month: m, year: year)))
    }

    public func validated(people: Set<UUID>, partnerships: Set<UUID>) throws(DomainError) -> PledgeDraft {
        var draft = self
        draft.note = note?.trimmingWhitespace.nilIfEmpty
        var v = Validator()
        if !people.contains(donorID) { v.add("donorId", .personUnavailable) }
        if amount.minorUnits <= 0 { v.add("amount.amount", .positive) }
        if start.precision != .day {
            v.add("start", .day)
        } else if !Self.startYears.contains(start.year) {
            // Also what keeps a pledge's sums far from overflowing: at most 3,600 monthly instalments to date.
            v.add("start", .range(from: 1900, to: 2200, .dayInYears))
        }
        if let instalments {
            if frequency == nil, instalments != 1 {
                v.add("instalments", .instalmentsNeedFrequency)
            } else if !Self.instalmentRange.contains(instalments) {
                v.add("instalments", .range(from: 1, to: 600, .count))
            }
        }
        if case .partnership(let id) = designation, !partnerships.contains(id) {
            v.add("partnershipId", .notInProgramme(.partnership))
        }
        v.checkText(draft.note, field: "note", maxLength: 2000)
        try v.check()
        if frequency == nil { draft.instalments = 1 }
        return draft
    }
}

public struct PledgeQuery: Sendable, Hashable {
    public var page: PageRequest
    public var donorID: UUID?

    public init(page: PageRequest = .init(), donorID: UUID? = nil) {
        self.page = page
        self.donorID = donorID
    }
}

public protocol PledgeRepository: Sendable {
    /// Newest first, each with what has come in toward it.
    func list(in programme: UUID, _ query: PledgeQuery) async throws -> Page<Pledge>
    func find(_ id: UUID, in programme: UUID) async throws -> Pledge
    func create(_ draft: PledgeDraft, in programme: UUID, by author: ChangeAuthor) async throws -> Pledge
    /// No instalment falls due after `day`; what was paid stays paid. 409 when it is cancelled already.
    func cancel(_ id: UUID, on day: PartialDate, in programme: UUID, by author: ChangeAuthor) async throws -> Pledge
}
