import Foundation

/// A gift to the programme: money in one currency, or a thing given in kind, described without a value.
public struct Contribution: Sendable, Hashable, Identifiable {
    public var id: UUID
    public var draft: ContributionDraft
    public var receipt: Receipt
    /// The donor's name as the receipt gives it: as it was when the receipt was issued.
    public var donorName: String

    public init(id: UUID, _ draft: ContributionDraft, receipt: Receipt, donorName: String) {
        self.id = id
        self.draft = draft
        self.receipt = receipt
        self.donorName = donorName
    }
}

/// Where a contribution goes: the programme's general fund, or one partnership.
public enum Designation: Sendable, Hashable {
    case programme
    case partnership(UUID)
}

public struct ContributionDraft: Sendable, Hashable {
    public enum Gift: Sendable, Hashable {
        case money(Money)
        /// Books, artwork, hospitality: recorded by description; the receipt attests no value.
        case inKind(String)
    }

    /// The donor: a person of the programme.
    public var donorID: UUID
    public var gift: Gift
    /// When the money or the thing was received: the receipt's date and its fiscal year.
    public var received: PartialDate
    public var designation: Designation
    public var note: String?
    /// The pledge this gift pays toward, if any: same donor, same currency.
    public var pledgeID: UUID?

    public init(
        donorID: UUID, gift: Gift, received: PartialDate, designation: Designation = .programme, note: String? = nil,
        pledgeID: UUID? = nil
    ) {
        self.donorID = donorID
        self.gift = gift
        self.received = received
        self.designation = designation
        self.note = note
        self.pledgeID = pledgeID
    }

    public func validated(people: Set<UUID>, partnerships: Set<UUID>) throws(DomainError) -> ContributionDraft {
        var draft = self
        draft.note = note?.trimmingWhitespace.nilIfEmpty
        var v = Validator()
        if !people.contains(donorID) { v.add("donorId", .personUnavailable) }
        switch gift {
        case .money(let money):
            if money.minorUnits <= 0 { v.add("amount.amount", .positive) }
        case .inKind(let description):
            let trimmed = description.trimmingWhitespace
            draft.gift = .inKind(trimmed)
            v.requireText(trimmed, field: "inKind", maxLength: 1000)
        }
        if received.precision != .day { v.add("received", .day) }
        if case .partnership(let id) = designation, !partnerships.contains(id) {
            v.add("partnershipId", .notInProgramme(.partnership))
        }
        v.checkText(draft.note, field: "note", maxLength: 2000)
        try v.check()
        return draft
    }
}

/// A receipt: numbered without gaps within its programme and fiscal year, dated by when the gift was received.
/// A voided receipt keeps its number; nothing is ever renumbered.
public struct Receipt: Sendable, Hashable {
    /// "FY2019-0007".
    public var number: String
    /// The year the fiscal year starts in.
    public var fiscalYear: Int
    public var sequence: Int
    public var voided: Bool
    public var voidReason: String?

    public init(fiscalYear: Int, sequence: Int, voided: Bool = false, voidReason: String? = nil) {
        self.fiscalYear = fiscalYear
        self.sequence = sequence
        self.number = Self.number(fiscalYear: fiscalYear, sequence: sequence)
        self.voided = voided
        self.voidReason = voidReason
    }

    public static func number(fiscalYear: Int, sequence: Int) -> String {
        let digits = String(sequence)
        return "FY\(fiscalYear)-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The fiscal year a day falls in, for a year starting in `startMonth`: with July, 2020-03-15 is in FY2019.
    public static func fiscalYear(of day: PartialDate, startMonth: Int) -> Int {
        (day.month ?? 1) >= startMonth ? day.year : day.year - 1
    }
}

/// Sums of money, one per currency: amounts in different currencies are never added together.
public struct MoneyTotals: Sendable, Hashable {
    public private(set) var byCurrency: [String: Int64] = [:]

    public init() {}

    public mutating func add(_ money: Money) {
        byCurrency[money.currency.code, default: 0] += money.minorUnits
    }

    /// The totals as money, by currency code.
    public var amounts: [Money] {
        byCurrency.keys.sorted().compactMap { code in
            Currency(code: code).map { Money(minorUnits: byCurrency[code]!, currency: $0) }
        }
    }
}

public struct ContributionQuery: Sendable, Hashable {
    public var page: PageRequest
    public var donorID: UUID?
    public var fiscalYear: Int?

    public init(page: PageRequest = .init(), donorID: UUID? = nil, fiscalYear: Int? = nil) {
        self.page = page
        self.donorID = donorID
        self.fiscalYear = fiscalYear
    }
}

public protocol ContributionRepository: Sendable {
    /// Newest receipt first.
    func list(in programme: UUID, _ query: ContributionQuery) async throws -> Page<Contribution>
    func find(_ id: UUID, in programme: UUID) async throws -> Contribution
    /// Records the contribution and issues its receipt, numbered next in its fiscal year, in one transaction:
    /// concurrent recordings never share or skip a number.
    func record(_ draft: ContributionDraft, in programme: UUID, by author: ChangeAuthor) async throws -> Contribution
    /// Sums by fiscal year, fund and currency, voided receipts left out, computed by the database.
    func summary(in programme: UUID) async throws -> ContributionSummary
    /// Voids the receipt; the number stays taken.
    func void(_ id: UUID, reason: String, in programme: UUID, by author: ChangeAuthor) async throws -> Contribution
}
