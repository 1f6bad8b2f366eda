import Foundation

/// What an exchange carries between the cities.
public enum ExchangePurpose: String, Sendable, CaseIterable {
    case people, ideas, culture, education, technology, commerce

    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// A delegation or exchange: people travelling from one city of a partnership to the other.
public struct Exchange: Sendable, Hashable, Identifiable {
    public enum Direction: String, Sendable, CaseIterable {
        /// From the partner city to the home city.
        case inbound
        /// From the home city to the partner city.
        case outbound
    }

    public struct Member: Sendable, Hashable {
        public enum Role: String, Sendable, CaseIterable {
            case lead, official, business, student, teacher, artist, journalist, hostFamily = "host-family", other

            public var label: String {
                self == .hostFamily ? "Host family" : rawValue.prefix(1).uppercased() + rawValue.dropFirst()
            }
        }

        public var name: String
        public var role: Role
        public var personID: UUID?

        public init(name: String, role: Role, personID: UUID? = nil) {
            self.name = name
            self.role = role
            self.personID = personID
        }
    }

    public var id: UUID
    public var draft: ExchangeDraft

    public init(id: UUID, _ draft: ExchangeDraft) {
        self.id = id
        self.draft = draft
    }
}

public struct ExchangeDraft: Sendable, Hashable {
    public var title: String
    public var direction: Exchange.Direction
    public var partnershipID: UUID
    public var purposes: [ExchangePurpose]
    public var starts: PartialDate
    public var ends: PartialDate?
    public var members: [Exchange.Member]
    /// The itinerary: events of the programme, in order.
    public var eventIDs: [UUID]
    public var outcomes: String?

    public init(
        title: String, direction: Exchange.Direction, partnershipID: UUID, purposes: [ExchangePurpose],
        starts: PartialDate, ends: PartialDate? = nil, members: [Exchange.Member] = [], eventIDs: [UUID] = [],
        outcomes: String? = nil
    ) {
        self.title = title
        self.direction = direction
        self.partnershipID = partnershipID
        self.purposes = purposes
        self.starts = starts
        self.ends = ends
        self.members = members
        self.eventIDs = eventIDs
        self.outcomes = outcomes
    }

    public func validated(
        partnerships: Set<UUID>, events: Set<UUID>, people: Set<UUID>
    ) throws(DomainError)
        -> ExchangeDraft
    {
        var draft = self
        draft.title = title.trimmingWhitespace
        draft.outcomes = outcomes?.trimmingWhitespace.nilIfEmpty
        draft.purposes = ExchangePurpose.allCases.filter(purposes.contains)
        draft.members = members.map {
            Exchange.Member(name: $0.name.trimmingWhitespace, role: $0.role, personID: $0.personID)
        }
        var v = Validator()
        v.requireText(draft.title, field: "title", maxLength: 300)
        if !partnerships.contains(draft.partnershipID) {
            v.add("partnershipId", .notInProgramme(.partnership))
        }
        if let ends = draft.ends, ends < draft.starts { v.add("ends", .notBeforeStart) }
        if draft.members.count > 500 { v.add("members", .tooMany(max: 500, .people)) }
        for (index, member) in draft.members.enumerated() {
            v.requireText(member.name, field: "members[\(index)].name", maxLength: 200)
            if let person = member.personID, !people.contains(person) {
                v.add("members[\(index)].personId", .notInProgramme(.person))
            }
        }
        for (index, event) in draft.eventIDs.enumerated() where !events.contains(event) {
            v.add("eventIds[\(index)]", .notInProgramme(.event))
        }
        v.checkText(draft.outcomes, field: "outcomes", maxLength: 20_000)
        try v.check()
        return draft
    }
}

public struct ExchangeQuery: Sendable, Hashable {
    public var page: PageRequest
    public var partnershipID: UUID?
    public var direction: Exchange.Direction?

    public init(page: PageRequest = .init(), partnershipID: UUID? = nil, direction: Exchange.Direction? = nil) {
        self.page = page
        self.partnershipID = partnershipID
        self.direction = direction
    }
}

public protocol ExchangeRepository: Sendable {
    /// Newest first.
    func list(in programme: UUID, _ query: ExchangeQuery) async throws -> Page<Exchange>
    func find(_ id: UUID, in programme: UUID) async throws -> Exchange
    func create(_ draft: ExchangeDraft, in programme: UUID, by author: ChangeAuthor) async throws -> Exchange
    func update(
        _ id: UUID, with draft: ExchangeDraft, in programme: UUID, by author: ChangeAuthor
    ) async throws
        -> Exchange
    func delete(_ id: UUID, in programme: UUID, by author: ChangeAuthor) async throws
}

extension ExchangeRepository {
    /// Every exchange of a partnership, newest first.
    public func all(partnership: UUID, in programme: UUID) async throws -> [Exchange] {
        var items: [Exchange] = []
        var page = 1
        while true {
            let batch = try await list(
                in: programme,
                ExchangeQuery(page: PageRequest(page: page, limit: PageRequest.maxLimit), partnershipID: partnership))
            items += batch.items
            guard batch.hasNext else { return items }
            page += 1
        }
    }
}
