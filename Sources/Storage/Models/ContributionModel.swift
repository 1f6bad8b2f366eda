import Domain
import FluentKit
import Foundation

final class ContributionModel: Model, @unchecked Sendable {
    static let schema = "contributions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: ProgrammeModel
    @OptionalField(key: "donor_id") var donorID: UUID?
    /// The donor's name when the receipt was issued: the receipt says what it said then.
    @Field(key: "donor_name") var donorName: String
    /// `money` or `in-kind`.
    @Field(key: "gift_kind") var giftKind: String
    @OptionalField(key: "amount_minor") var amountMinor: Int64?
    @OptionalField(key: "currency") var currency: String?
    @OptionalField(key: "in_kind") var inKind: String?
    @Field(key: "received") var received: String
    @OptionalField(key: "partnership_id") var partnershipID: UUID?
    @OptionalField(key: "note") var note: String?
    @OptionalField(key: "pledge_id") var pledgeID: UUID?
    @Field(key: "fiscal_year") var fiscalYear: Int
    @Field(key: "receipt_sequence") var receiptSequence: Int
    @Field(key: "voided") var voided: Bool
    @OptionalField(key: "void_reason") var voidReason: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    func toDomain() throws -> Contribution {
        let gift: ContributionDraft.Gift
        if giftKind == "money" {
            guard let amountMinor, let code = currency, let currency = Currency(code: code) else {
                throw StoredValue.Corrupt(description: "a money contribution without its amount")
            }
            gift = .money(Money(minorUnits: amountMinor, currency: currency))
        } else {
            gift = .inKind(inKind ?? "")
        }
        return Contribution(
            id: try requireID(),
            ContributionDraft(
                donorID: donorID ?? UUID(uuidString: "00000000-0000-0000-0000-000000000000")!, gift: gift,
                received: try StoredValue.date(received),
                designation: partnershipID.map { .partnership($0) } ?? .programme, note: note, pledgeID: pledgeID),
            receipt: Receipt(
                fiscalYear: fiscalYear, sequence: receiptSequence, voided: voided, voidReason: voidReason),
            donorName: donorName)
    }
}

/// The last receipt number issued in each fiscal year of a programme.
final class ReceiptCounterModel: Model, @unchecked Sendable {
    static let schema = "receipt_counters"

    @ID(key: .id) var id: UUID?
    @Field(key: "programme_id") var programmeID: UUID
    @Field(key: "fiscal_year") var fiscalYear: Int
    @Field(key: "last") var last: Int

    init() {}
}

/// A contribution as the audit trail keeps it.
struct ContributionSnapshot: Codable {
    var donorName: String
    var giftKind: String
    var amountMinor: Int64?
    var currency: String?
    var inKind: String?
    var received: String
    var receipt: String
    var voided: Bool
    var voidReason: String?

    init(_ model: ContributionModel) {
        donorName = model.donorName
        giftKind = model.giftKind
        amountMinor = model.amountMinor
        currency = model.currency
        inKind = model.inKind
        received = model.received
        receipt = Receipt.number(fiscalYear: model.fiscalYear, sequence: model.receiptSequence)
        voided = model.voided
        voidReason = model.voidReason
    }
}
