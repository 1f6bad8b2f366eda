import Domain
import Foundation

/// A pledge as the API shows it, with where it stands today.
struct PledgeDTO: Encodable, Sendable {
    var id: String
    var donorId: String
    var donorName: String
    var amount: MoneyDTO
    var frequency: String?
    var start: String
    var instalments: Int?
    var partnershipId: String?
    var note: String?
    var status: String
    var cancelledOn: String?
    var total: MoneyDTO?
    var received: MoneyDTO
    var payments: Int
    var expectedToDate: MoneyDTO
    var arrears: MoneyDTO
    var nextDue: String?

    init(_ pledge: Pledge, today: PartialDate) {
        let d = pledge.draft
        id = pledge.id.lowercasedString
        donorId = d.donorID.lowercasedString
        donorName = pledge.donorName
        amount = MoneyDTO(d.amount)
        frequency = d.frequency?.rawValue
        start = d.start.description
        instalments = d.instalmentCount
        if case .partnership(let id) = d.designation { partnershipId = id.lowercasedString }
        note = d.note
        status = pledge.status(on: today).rawValue
        cancelledOn = pledge.cancelledOn?.description
        total = pledge.total.map(MoneyDTO.init)
        received = MoneyDTO(pledge.received)
        payments = pledge.payments
        expectedToDate = MoneyDTO(pledge.expected(by: today))
        arrears = MoneyDTO(pledge.arrears(on: today))
        nextDue = pledge.status(on: today) == .open ? pledge.nextDue?.description : nil
    }
}

struct PledgeInput: Decodable, Sendable {
    var donorId: UUID?
    var amount: MoneyInput?
    var frequency: String?
    var start: String?
    var instalments: Int?
    var partnershipId: UUID?
    var note: String?

    func draft() throws -> PledgeDraft {
        var issues: [FieldIssue] = []
        if donorId == nil { issues.append(FieldIssue(field: "donorId", rule: .missing)) }
        if amount == nil { issues.append(FieldIssue(field: "amount", rule: .missing)) }
        if start == nil { issues.append(FieldIssue(field: "start", rule: .missing)) }
        let money = amount.flatMap { InputIssues.money($0, field: "amount", into: &issues) }
        let first = InputIssues.date(start, "start", into: &issues)
        let frequency: PledgeFrequency? =
            frequency == nil ? nil : InputIssues.choice(frequency, "frequency", default: nil, into: &issues)
        guard let donorId, let money, let first else { throw DomainError.invalid(issues) }
        let draft = PledgeDraft(
            donorID: donorId, amount: money, frequency: frequency, start: first, instalments: instalments,
            designation: partnershipId.map { .partnership($0) } ?? .programme, note: note)
        return try InputIssues.merge(issues) { draft }
    }
}
