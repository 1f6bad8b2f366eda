import Domain
import FluentKit
import Foundation

final class EventModel: Model, @unchecked Sendable {
    static let schema = "events"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: ProgrammeModel
    @Field(key: "title") var title: String
    @OptionalField(key: "description") var description: String?
    /// The title and description in other languages: per BCP 47 tag, field name → text (`{}` when none; the
    /// same JSON as the typed title-and-description objects stored before, so older rows read alike).
    @Field(key: "translations") var translations: [String: [String: String]]
    @Field(key: "kind") var kind: String
    /// `timed`, `all-day` or `approximate`.
    @Field(key: "schedule_kind") var scheduleKind: String
    @OptionalField(key: "starts_at") var startsAt: Date?
    @OptionalField(key: "ends_at") var endsAt: Date?
    /// An all-day event's first and last day, or an approximate event's date.
    @OptionalField(key: "first_day") var firstDay: String?
    @OptionalField(key: "last_day") var lastDay: String?
    @OptionalField(key: "approximate_part") var approximatePart: String?
    /// The first and last instants the event may take, for ordering and for upcoming and past.
    @Field(key: "sort_start") var sortStart: Date
    @Field(key: "sort_end") var sortEnd: Date
    @OptionalField(key: "time_zone") var timeZone: String?
    @OptionalField(key: "venue_name") var venueName: String?
    @OptionalField(key: "venue_address") var venueAddress: String?
    @OptionalField(key: "venue_city_id") var venueCityID: UUID?
    @OptionalField(key: "venue_latitude") var venueLatitude: Double?
    @OptionalField(key: "venue_longitude") var venueLongitude: Double?
    @Field(key: "host_ids") var hostIDs: [UUID]
    @Field(key: "is_public") var isPublic: Bool
    @OptionalField(key: "capacity") var capacity: Int?
    @Field(key: "sequence") var sequence: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(_ draft: EventDraft, programmeID: UUID) {
        $programme.id = programmeID
        sequence = 0
        apply(draft)
    }

    func apply(_ draft: EventDraft) {
        title = draft.title
        description = draft.description
        translations = draft.translations.byLanguage
        kind = draft.kind.rawValue
        startsAt = nil
        endsAt = nil
        firstDay = nil
        lastDay = nil
        approximatePart = nil
        switch draft.schedule {
        case .timed(let start, let end):
            scheduleKind = "timed"
            startsAt = start
            endsAt = end
        case .allDay(let first, let last):
            scheduleKind = "all-day"
            firstDay = first.description
            lastDay = last.description
        case .approximate(let date, let part):
            scheduleKind = "approximate"
            firstDay = date.description
            approximatePart = part?.rawValue
        }
        sortStart = draft.schedule.sortKey(in: draft.zone)
        sortEnd = draft.schedule.endKey(in: draft.zone)
        timeZone = draft.timeZone
        venueName = draft.venue?.name
        venueAddress = draft.venue?.address
        venueCityID = draft.venue?.cityID
        venueLatitude = draft.venue?.coordinate?.latitude
        venueLongitude = draft.venue?.coordinate?.longitude
        hostIDs = draft.hostIDs
        isPublic = draft.isPublic
        capacity = draft.capacity
    }

    func draft(partnerships: [UUID]) throws -> EventDraft {
        let schedule: EventSchedule
        switch scheduleKind {
        case "timed":
            guard let startsAt, let endsAt else {
                throw StoredValue.Corrupt(description: "a timed event without times")
            }
            schedule = .timed(start: startsAt, end: endsAt)
        case "all-day":
            guard let firstDay, let lastDay else {
                throw StoredValue.Corrupt(description: "an all-day event without days")
            }
            schedule = .allDay(first: try StoredValue.date(firstDay), last: try StoredValue.date(lastDay))
        default:
            guard let firstDay else { throw StoredValue.Corrupt(description: "an approximate event without a date") }
            schedule = .approximate(
                try StoredValue.date(firstDay),
                part: try approximatePart.map { try StoredValue.decode(EventSchedule.MonthPart.self, $0) })
        }
        var venue: Venue?
        if let venueName {
            venue = Venue(
                name: venueName, address: venueAddress, cityID: venueCityID,
                coordinate: venueLatitude.flatMap { lat in
                    venueLongitude.map { Coordinate(latitude: lat, longitude: $0) }
                })
        }
        return EventDraft(
            title: title, description: description,
            translations: Translations(translations),
            kind: try StoredValue.decode(EventKind.self, kind), schedule: schedule, timeZone: timeZone, venue: venue,
            hostIDs: hostIDs, partnershipIDs: partnerships, isPublic: isPublic, capacity: capacity)
    }

    func toDomain(partnerships: [UUID]) throws -> Event {
        Event(
            id: try requireID(), try draft(partnerships: partnerships), sequence: sequence,
            updatedAt: updatedAt ?? createdAt ?? .distantPast)
    }
}

/// Which partnerships an event belongs to, one row each.
final class EventPartnershipModel: Model, @unchecked Sendable {
    static let schema = "event_partnerships"

    @ID(key: .id) var id: UUID?
    @Parent(key: "event_id") var event: EventModel
    @Parent(key: "partnership_id") var partnership: PartnershipModel
    @Field(key: "position") var position: Int

    init() {}

    init(event: UUID, partnership: UUID, position: Int) {
        $event.id = event
        $partnership.id = partnership
        self.position = position
    }
}
