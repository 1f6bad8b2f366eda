import Domain
import Foundation

/// A contribution and its receipt, as coordinators see it.
struct ContributionDTO: Encodable, Sendable {
    struct ReceiptDTO: Encodable, Sendable {
        var number: String
        var fiscalYear: Int
        var voided: Bool
        var voidReason: String?
        var url: String
    }

    var id: String
    var donorId: String
    var donorName: String
    var amount: MoneyDTO?
    var inKind: String?
    var received: String
    var partnershipId: String?
    var note: String?
    var pledgeId: String?
    var receipt: ReceiptDTO

    init(_ contribution: Contribution) {
        let d = contribution.draft
        id = contribution.id.lowercasedString
        donorId = d.donorID.lowercasedString
        donorName = contribution.donorName
        switch d.gift {
        case .money(let money): amount = MoneyDTO(money)
        case .inKind(let description): inKind = description
        }
        received = d.received.description
        if case .partnership(let id) = d.designation { partnershipId = id.lowercasedString }
        note = d.note
        pledgeId = d.pledgeID?.lowercasedString
        let r = contribution.receipt
        receipt = ReceiptDTO(
            number: r.number, fiscalYear: r.fiscalYear, voided: r.voided, voidReason: r.voidReason,
            url: SiteURL.receipt(contribution.id).path)
    }
}

struct ContributionInput: Decodable, Sendable {
    var donorId: UUID?
    var amount: MoneyInput?
    var inKind: String?
    var received: String?
    var partnershipId: UUID?
    var note: String?
    /// The pledge this gift pays toward.
    var pledgeId: UUID?

    func draft() throws -> ContributionDraft {
        var issues: [FieldIssue] = []
        if donorId == nil { issues.append(FieldIssue(field: "donorId", rule: .missing)) }
        let received = InputIssues.date(received, "received", into: &issues)
        if self.received == nil { issues.append(FieldIssue(field: "received", rule: .missing)) }
        if let received, received.precision != .day {
            issues.append(FieldIssue(field: "received", rule: .day))
        }
        var gift: ContributionDraft.Gift?
        switch (amount, inKind) {
        case (let amount?, nil):
            gift = InputIssues.money(amount, field: "amount", into: &issues).map { .money($0) }
        case (nil, let description?):
            gift = .inKind(description)
        default:
            issues.append(FieldIssue(field: "amount", message: "give either an amount or an in-kind description"))
        }
        guard let donorId, let received, let gift else { throw DomainError.invalid(issues) }
        let draft = ContributionDraft(
            donorID: donorId, gift: gift, received: received,
            designation: partnershipId.map { .partnership($0) } ?? .programme, note: note, pledgeID: pledgeId)
        return try InputIssues.merge(issues) { draft }
    }
}

struct VoidInput: Decodable, Sendable {
    var reason: String?
}
