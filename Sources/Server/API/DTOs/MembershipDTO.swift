import Domain
import Foundation

struct MembershipLevelDTO: Encodable, Sendable {
    var id: String
    var name: String
    var fee: MoneyDTO?
    var termMonths: Int?
    /// "MM-DD" for a fixed renewal day; absent: on the anniversary.
    var renewsOn: String?
    var graceDays: Int

    init(_ level: MembershipLevel) {
        id = level.id.lowercasedString
        name = level.name
        fee = level.fee.map(MoneyDTO.init)
        termMonths = level.termMonths
        if case .fixed(let month, let day) = level.renewal { renewsOn = String(format: "%02d-%02d", month, day) }
        graceDays = level.graceDays
    }
}

struct MembershipLevelInput: Decodable, Sendable {
    var name: String?
    var fee: MoneyInput?
    var termMonths: Int?
    var lifetime: Bool?
    var renewsOn: String?
    var graceDays: Int?

    func level() throws -> MembershipLevel {
        var issues: [FieldIssue] = []
        let fee = fee.flatMap { InputIssues.money($0, field: "fee", into: &issues) }
        if name == nil { issues.append(FieldIssue(field: "name", rule: .missing)) }
        if lifetime != true, termMonths == nil {
            issues.append(FieldIssue(field: "termMonths", message: "is required unless the level is lifetime"))
        }
        var renewal = MembershipLevel.Renewal.anniversary
        if let text = renewsOn?.trimmingWhitespace, !text.isEmpty {
            let parts = text.split(separator: "-").compactMap { Int($0) }
            if parts.count == 2 {
                renewal = .fixed(month: parts[0], day: parts[1])
            } else {
                issues.append(FieldIssue(field: "renewsOn", message: "must be a day of the year written MM-DD"))
            }
        }
        if !issues.isEmpty { throw DomainError.invalid(issues) }
        return MembershipLevel(
            id: UUID(), name: name ?? "", fee: fee, termMonths: lifetime == true ? nil : termMonths, renewal: renewal,
            graceDays: graceDays ?? 30)
    }
}

struct MembershipDTO: Encodable, Sendable {
    var id: String
    var personId: String
    var level: MembershipLevelDTO
    var joined: String
    var expires: String?
    var status: String

    init(_ membership: Membership, now: Date) {
        id = membership.id.lowercasedString
        personId = membership.personID.lowercasedString
        level = MembershipLevelDTO(membership.level)
        joined = Format.isoDay(membership.joined)
        expires = membership.expires.map(Format.isoDay)
        status = membership.status(at: now).rawValue
    }
}

struct JoinInput: Decodable, Sendable {
    var personId: UUID?
    var levelId: UUID?
    var joined: String?
}
