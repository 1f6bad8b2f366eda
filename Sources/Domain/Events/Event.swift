import Foundation

public enum EventKind: String, Sendable, CaseIterable {
    case signing, ceremony, forum, festival, visit, planting, workshop, performance, exhibition, meeting, reception
    case other

    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// Where an event happens.
public struct Venue: Sendable, Hashable {
    public var name: String
    public var address: String?
    public var cityID: UUID?
    public var coordinate: Coordinate?

    public init(name: String, address: String? = nil, cityID: UUID? = nil, coordinate: Coordinate? = nil) {
        self.name = name
        self.address = address
        self.cityID = cityID
        self.coordinate = coordinate
    }
}

/// An event of the programme: a signing, a forum, a festival, a tree planting.
public struct Event: Sendable, Hashable, Identifiable {
    public var id: UUID
    public var draft: EventDraft
    /// Raised on every change, for calendar clients (RFC 5545 SEQUENCE).
    public var sequence: Int
    public var updatedAt: Date

    public init(id: UUID, _ draft: EventDraft, sequence: Int, updatedAt: Date) {
        self.id = id
        self.draft = draft
        self.sequence = sequence
        self.updatedAt = updatedAt
    }
}

public struct EventDraft: Sendable, Hashable {
    public var title: String
    public var description: String?
    /// The title and description in other languages than the programme's.
    public var translations: Translations
    public var kind: EventKind
    public var schedule: EventSchedule
    /// The IANA zone of the venue; required for a timed event.
    public var timeZone: String?
    public var venue: Venue?
    public var hostIDs: [UUID]
    public var partnershipIDs: [UUID]
    public var isPublic: Bool
    /// Places for registration; nil means no registration.
    public var capacity: Int?

    public init(
        title: String, description: String? = nil, translations: Translations = .none, kind: EventKind,
        schedule: EventSchedule, timeZone: String? = nil, venue: Venue? = nil, hostIDs: [UUID] = [],
        partnershipIDs: [UUID] = [], isPublic: Bool = true, capacity: Int? = nil
    ) {
        self.title = title
        self.description = description
        self.translations = translations
        self.kind = kind
        self.schedule = schedule
        self.timeZone = timeZone
        self.venue = venue
        self.hostIDs = hostIDs
        self.partnershipIDs = partnershipIDs
        self.isPublic = isPublic
        self.capacity = capacity
    }

    /// The fields given in other languages, with the original's limits: every translation has a title.
    public static let translatedFields = [
        TranslatedField("title", required: true, maxLength: 300, oneLine: true),
        TranslatedField("description", maxLength: 20_000),
    ]

    public var zone: TimeZone? { timeZone.flatMap(TimeZone.init(identifier:)) }

    /// Checks the draft against the programme's partnerships and organisations.
    public func validated(partnerships: Set<UUID>, organisations: Set<UUID>) throws(DomainError) -> EventDraft {
        var draft = self
        draft.title = title.trimmingWhitespace
        draft.description = description?.trimmingWhitespace.nilIfEmpty
        draft.timeZone = timeZone?.trimmingWhitespace.nilIfEmpty
        if var venue = draft.venue {
            venue.name = venue.name.trimmingWhitespace
            venue.address = venue.address?.trimmingWhitespace.nilIfEmpty
            draft.venue = venue
        }
        var seen = Set<UUID>()
        draft.partnershipIDs = partnershipIDs.filter { seen.insert($0).inserted }
        seen = []
        draft.hostIDs = hostIDs.filter { seen.insert($0).inserted }
        var v = Validator()
        v.requireText(draft.title, field: "title", maxLength: 300)
        v.checkText(draft.description, field: "description", maxLength: 20_000)
        draft.translations = translations.validated(fields: Self.translatedFields, into: &v)
        if let zone = draft.timeZone, TimeZone(identifier: zone) == nil {
            v.add("timeZone", .timeZone(zone))
        }
        switch draft.schedule {
        case .timed(let start, let end):
            if draft.timeZone == nil { v.add("timeZone", .timeZoneNeeded) }
            if end <= start { v.add("end", .afterStart) }
            if end.timeIntervalSince(start) > 366 * 86_400 { v.add("end", .withinAYearOfStart) }
        case .allDay(let first, let last):
            if first.precision != .day { v.add("start", .day) }
            if last.precision != .day { v.add("end", .day) }
            if last < first { v.add("end", .notBeforeFirstDay) }
        case .approximate(let date, let part):
            if part != nil, date.precision != .month { v.add("approximatePart", .monthPart) }
        }
        if let venue = draft.venue {
            v.requireText(venue.name, field: "venue.name", maxLength: 300)
            v.checkText(venue.address, field: "venue.address", maxLength: 1000)
        }
        for (index, id) in draft.partnershipIDs.enumerated() where !partnerships.contains(id) {
            v.add("partnershipIds[\(index)]", .notInProgramme(.partnership))
        }
        for (index, id) in draft.hostIDs.enumerated() where !organisations.contains(id) {
            v.add("hostIds[\(index)]", .notInProgramme(.organisation))
        }
        if let capacity = draft.capacity, !(1...100_000).contains(capacity) {
            v.add("capacity", .range(from: 1, to: 100_000, .places))
        }
        try v.check()
        return draft
    }
}

/// Which events to list.
public struct EventQuery: Sendable, Hashable {
    /// What a reader asks for (`?when=`): the moment it is measured from comes from the clock.
    public enum Period: String, Sendable, CaseIterable {
        case upcoming, past, all
    }

    /// Which events by time, measured from a moment.
    public enum When: Sendable, Hashable {
        case all
        /// Not over at the moment, soonest first.
        case upcoming(at: Date)
        /// Over by the moment, latest first.
        case past(at: Date)

        public init(_ period: Period, at now: Date) {
            switch period {
            case .all: self = .all
            case .upcoming: self = .upcoming(at: now)
            case .past: self = .past(at: now)
            }
        }
    }

    public var page: PageRequest
    public var when: When
    public var partnershipID: UUID?
    public var includeInternal: Bool

    public init(
        page: PageRequest = .init(), when: When = .all, partnershipID: UUID? = nil, includeInternal: Bool = false
    ) {
        self.page = page
        self.when = when
        self.partnershipID = partnershipID
        self.includeInternal = includeInternal
    }
}

public protocol EventRepository: Sendable {
    /// Upcoming events soonest first; past and all, newest first.
    func list(in programme: UUID, _ query: EventQuery) async throws -> Page<Event>
    func find(_ id: UUID, in programme: UUID) async throws -> Event
    func create(_ draft: EventDraft, in programme: UUID, by author: ChangeAuthor) async throws -> Event
    func update(_ id: UUID, with draft: EventDraft, in programme: UUID, by author: ChangeAuthor) async throws -> Event
    func delete(_ id: UUID, in programme: UUID, by author: ChangeAuthor) async throws
}

extension EventQuery {
    /// Upcoming events list the soonest first; past and all, the latest first.
    public var soonestFirst: Bool {
        if case .upcoming = when { return true }
        return false
    }
}
