import Domain
import Foundation

struct ExchangeMemberDTO: Codable, Sendable {
    var name: String
    var role: String
    var personId: UUID?
}

/// A delegation or exchange as the API shows it.
struct ExchangeDTO: Encodable, Sendable {
    var id: String
    var url: String
    var title: String
    var direction: String
    var partnershipId: String
    var purposes: [String]
    var starts: String
    var ends: String?
    var members: [ExchangeMemberDTO]
    var eventIds: [String]
    var outcomes: String?

    init(_ exchange: Exchange) {
        let d = exchange.draft
        id = exchange.id.lowercasedString
        url = SiteURL.exchange(exchange.id).path
        title = d.title
        direction = d.direction.rawValue
        partnershipId = d.partnershipID.lowercasedString
        purposes = d.purposes.map(\.rawValue)
        starts = d.starts.description
        ends = d.ends?.description
        members = d.members.map { ExchangeMemberDTO(name: $0.name, role: $0.role.rawValue, personId: $0.personID) }
        eventIds = d.eventIDs.map(\.lowercasedString)
        outcomes = d.outcomes
    }
}

struct ExchangeInput: Decodable, Sendable {
    var title: String?
    var direction: String?
    var partnershipId: UUID?
    var purposes: [String]?
    var starts: String?
    var ends: String?
    var members: [ExchangeMemberDTO]?
    var eventIds: [UUID]?
    var outcomes: String?

    func draft(partnerships: Set<UUID>, events: Set<UUID>, people: Set<UUID>) throws -> ExchangeDraft {
        var issues: [FieldIssue] = []
        let direction = InputIssues.choice(direction, "direction", default: Exchange.Direction?.none, into: &issues)
        var purposes: [ExchangePurpose] = []
        for (index, raw) in (self.purposes ?? []).enumerated() {
            if let purpose = ExchangePurpose(rawValue: raw) {
                purposes.append(purpose)
            } else {
                issues.append(
                    FieldIssue(
                        field: "purposes[\(index)]",
                        message:
                            "must be one of \(ExchangePurpose.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))"
                    ))
            }
        }
        let starts = InputIssues.date(starts, "starts", into: &issues)
        if self.starts == nil { issues.append(FieldIssue(field: "starts", rule: .missing)) }
        let ends = InputIssues.date(ends, "ends", into: &issues)
        var members: [Exchange.Member] = []
        for (index, member) in (self.members ?? []).enumerated() {
            let role = InputIssues.choice(
                member.role, "members[\(index)].role", default: Exchange.Member.Role.other, into: &issues)
            members.append(Exchange.Member(name: member.name, role: role ?? .other, personID: member.personId))
        }
        if title == nil { issues.append(FieldIssue(field: "title", rule: .missing)) }
        if partnershipId == nil { issues.append(FieldIssue(field: "partnershipId", rule: .missing)) }
        guard let direction, let starts, let partnershipId else { throw DomainError.invalid(issues) }
        let draft = ExchangeDraft(
            title: title ?? "", direction: direction, partnershipID: partnershipId, purposes: purposes, starts: starts,
            ends: ends, members: members, eventIDs: eventIds ?? [], outcomes: outcomes)
        return try InputIssues.merge(issues) {
            try draft.validated(partnerships: partnerships, events: events, people: people)
        }
    }
}
