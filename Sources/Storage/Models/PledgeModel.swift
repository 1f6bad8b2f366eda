import Domain
import FluentKit
import Foundation

final class PledgeModel: Model, @unchecked Sendable {
    static let schema = "pledges"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: ProgrammeModel
    @Field(key: "donor_id") var donorID: UUID
    /// The donor's name when the pledge was made (and "Erased person" after an erasure).
    @Field(key: "donor_name") var donorName: String
    @Field(key: "amount_minor") var amountMinor: Int64
    @Field(key: "currency") var currency: String
    @OptionalField(key: "frequency") var frequency: String?
    @Field(key: "start") var start: String
    @OptionalField(key: "instalments") var instalments: Int?
    @OptionalField(key: "partnership_id") var partnershipID: UUID?
    @OptionalField(key: "note") var note: String?
    @OptionalField(key: "cancelled_on") var cancelledOn: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    func toDomain(received: Int64, payments: Int) throws -> Pledge {
        guard let currency = Currency(code: currency) else {
            throw StoredValue.Corrupt(description: "unknown currency \(self.currency) in database")
        }
        return Pledge(
            id: try requireID(),
            draft: PledgeDraft(
                donorID: donorID, amount: Money(minorUnits: amountMinor, currency: currency),
                frequency: try frequency.map { try StoredValue.decode(PledgeFrequency.self, $0) },
                start: try StoredValue.date(start), instalments: instalments,
                designation: partnershipID.map { .partnership($0) } ?? .programme, note: note),
            donorName: donorName, cancelledOn: try cancelledOn.map(StoredValue.date), receivedMinorUnits: received,
            payments: payments)
    }
}

/// A pledge as the audit trail keeps it.
struct PledgeSnapshot: Codable {
    var donorName: String
    var amountMinor: Int64
    var currency: String
    var frequency: String?
    var start: String
    var instalments: Int?
    var partnershipID: UUID?
    var cancelledOn: String?

    init(_ model: PledgeModel) {
        donorName = model.donorName
        amountMinor = model.amountMinor
        currency = model.currency
        frequency = model.frequency
        start = model.start
        instalments = model.instalments
        partnershipID = model.partnershipID
        cancelledOn = model.cancelledOn
    }
}
