import Domain
import FluentKit
import Foundation

final class MembershipLevelModel: Model, @unchecked Sendable {
    static let schema = "membership_levels"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: ProgrammeModel
    @Field(key: "name") var name: String
    @OptionalField(key: "fee_minor") var feeMinor: Int64?
    @OptionalField(key: "fee_currency") var feeCurrency: String?
    @OptionalField(key: "term_months") var termMonths: Int?
    /// A fixed renewal day; both nil: on the anniversary.
    @OptionalField(key: "renewal_month") var renewalMonth: Int?
    @OptionalField(key: "renewal_day") var renewalDay: Int?
    @Field(key: "grace_days") var graceDays: Int

    init() {}

    func toDomain() throws -> MembershipLevel {
        var fee: Money?
        if let feeMinor, let code = feeCurrency, let currency = Currency(code: code) {
            fee = Money(minorUnits: feeMinor, currency: currency)
        }
        let renewal: MembershipLevel.Renewal =
            if let renewalMonth, let renewalDay { .fixed(month: renewalMonth, day: renewalDay) } else { .anniversary }
        return MembershipLevel(
            id: try requireID(), name: name, fee: fee, termMonths: termMonths, renewal: renewal, graceDays: graceDays)
    }
}

final class MembershipModel: Model, @unchecked Sendable {
    static let schema = "memberships"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: ProgrammeModel
    @Parent(key: "person_id") var person: PersonModel
    @Parent(key: "level_id") var level: MembershipLevelModel
    @Field(key: "joined") var joined: Date
    @OptionalField(key: "expires") var expires: Date?

    init() {}

    func toDomain(level: MembershipLevel) throws -> Membership {
        Membership(id: try requireID(), personID: $person.id, level: level, joined: joined, expires: expires)
    }
}

/// A renewal reminder, recorded once for each kind and expiry: queued as an email, or noted why not.
final class MembershipReminderModel: Model, @unchecked Sendable {
    static let schema = "membership_reminders"

    @ID(key: .id) var id: UUID?
    @Parent(key: "membership_id") var membership: MembershipModel
    @Field(key: "kind") var kind: String
    @Field(key: "expires") var expires: Date
    @Field(key: "recorded_at") var recordedAt: Date
    @OptionalField(key: "outbox_id") var outboxID: UUID?
    @OptionalField(key: "note") var note: String?

    init() {}
}
