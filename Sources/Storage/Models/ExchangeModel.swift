import Domain
import FluentKit
import Foundation

final class ExchangeModel: Model, @unchecked Sendable {
    static let schema = "exchanges"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: ProgrammeModel
    @Parent(key: "partnership_id") var partnership: PartnershipModel
    @Field(key: "title") var title: String
    @Field(key: "direction") var direction: String
    @Field(key: "purposes") var purposes: [String]
    @Field(key: "starts") var starts: String
    @OptionalField(key: "ends") var ends: String?
    @Field(key: "members") var members: [StoredMember]
    @Field(key: "event_ids") var eventIDs: [UUID]
    @OptionalField(key: "outcomes") var outcomes: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(_ draft: ExchangeDraft, programmeID: UUID) {
        $programme.id = programmeID
        apply(draft)
    }

    func apply(_ draft: ExchangeDraft) {
        $partnership.id = draft.partnershipID
        title = draft.title
        direction = draft.direction.rawValue
        purposes = draft.purposes.map(\.rawValue)
        starts = draft.starts.description
        ends = draft.ends?.description
        members = draft.members.map { StoredMember(name: $0.name, role: $0.role.rawValue, personID: $0.personID) }
        eventIDs = draft.eventIDs
        outcomes = draft.outcomes
    }

    func draft() throws -> ExchangeDraft {
        ExchangeDraft(
            title: title, direction: try StoredValue.decode(Exchange.Direction.self, direction),
            partnershipID: $partnership.id, purposes: purposes.compactMap(ExchangePurpose.init(rawValue:)),
            starts: try StoredValue.date(starts), ends: try ends.map { try StoredValue.date($0) },
            members: try members.map {
                Exchange.Member(
                    name: $0.name, role: try StoredValue.decode(Exchange.Member.Role.self, $0.role),
                    personID: $0.personID)
            }, eventIDs: eventIDs, outcomes: outcomes)
    }

    func toDomain() throws -> Exchange { Exchange(id: try requireID(), try draft()) }
}

struct StoredMember: Codable, Sendable {
    var name: String
    var role: String
    var personID: UUID?
}

/// An exchange as the audit trail keeps it.
struct ExchangeSnapshot: Codable {
    var partnershipID: UUID
    var title: String
    var direction: String
    var purposes: [String]
    var starts: String
    var ends: String?
    var members: [StoredMember]
    var eventIDs: [UUID]
    var outcomes: String?

    init(_ model: ExchangeModel) {
        partnershipID = model.$partnership.id
        title = model.title
        direction = model.direction
        purposes = model.purposes
        starts = model.starts
        ends = model.ends
        members = model.members
        eventIDs = model.eventIDs
        outcomes = model.outcomes
    }

    func draft() throws -> ExchangeDraft {
        let model = ExchangeModel()
        model.$partnership.id = partnershipID
        model.title = title
        model.direction = direction
        model.purposes = purposes
        model.starts = starts
        model.ends = ends
        model.members = members
        model.eventIDs = eventIDs
        model.outcomes = outcomes
        return try model.draft()
    }
}
