import Domain
import Foundation

struct VenueDTO: Codable, Sendable {
    var name: String
    var address: String?
    var cityId: UUID?
    var latitude: Double?
    var longitude: Double?
}

/// An event as the API shows it. `start` and `end` are RFC 3339 in the venue's offset for a timed event,
/// days (`2019-04-27`) for an all-day one, and a partial date (`2019-04`) for one known only approximately.
struct EventDTO: Encodable, Sendable {
    var id: String
    var url: String
    var title: String
    var description: String?
    /// The title and description in other languages, by BCP 47 tag.
    var translations: TranslationsDTO
    var kind: String
    var allDay: Bool
    var approximate: Bool
    var approximatePart: String?
    var start: String
    var end: String?
    /// How the site writes the date: "Fri 12 April 2019, 10:00–11:30 (Boston time)", "late April 2019".
    var when: String
    var timeZone: String?
    var venue: VenueDTO?
    var hostIds: [String]
    var partnershipIds: [String]
    var isPublic: Bool
    var capacity: Int?
    var sequence: Int
    var updatedAt: String

    init(_ event: Event) {
        let d = event.draft
        id = event.id.lowercasedString
        url = SiteURL.event(event.id).path
        title = d.title
        description = d.description
        translations = d.translations.byLanguage
        kind = d.kind.rawValue
        allDay = false
        approximate = false
        switch d.schedule {
        case .timed(let s, let e):
            let zone = d.zone ?? TimeZone(identifier: "UTC")!
            start = MeetingPlanDTO.local(s, zone)
            end = MeetingPlanDTO.local(e, zone)
        case .allDay(let first, let last):
            allDay = true
            start = first.description
            end = last.description
        case .approximate(let date, let part):
            approximate = true
            approximatePart = part?.rawValue
            start = date.description
        }
        when = EventDates.describe(d.schedule, zone: d.zone)
        timeZone = d.timeZone
        venue = d.venue.map {
            VenueDTO(
                name: $0.name, address: $0.address, cityId: $0.cityID, latitude: $0.coordinate?.latitude,
                longitude: $0.coordinate?.longitude)
        }
        hostIds = d.hostIDs.map(\.lowercasedString)
        partnershipIds = d.partnershipIDs.map(\.lowercasedString)
        isPublic = d.isPublic
        capacity = d.capacity
        sequence = event.sequence
        updatedAt = Timestamp.format(event.updatedAt)
    }
}

/// An event as a client writes it.
struct EventInput: Decodable, Sendable {
    var title: String?
    var description: String?
    /// The title and description in other languages, by BCP 47 tag; left out, none. A field given as null is
    /// left out, as events took it before they shared the other records' translations.
    var translations: [String: [String: String?]]?
    var kind: String?
    var allDay: Bool?
    var approximate: Bool?
    var approximatePart: String?
    var start: String?
    var end: String?
    var timeZone: String?
    var venue: VenueDTO?
    var hostIds: [UUID]?
    var partnershipIds: [UUID]?
    var isPublic: Bool?
    var capacity: Int?

    func draft(partnerships: Set<UUID>, organisations: Set<UUID>) throws -> EventDraft {
        var issues: [FieldIssue] = []
        let kind = InputIssues.choice(kind, "kind", default: EventKind?.none, into: &issues)
        if title == nil { issues.append(FieldIssue(field: "title", rule: .missing)) }
        let zone = timeZone.flatMap { TimeZone(identifier: $0.trimmingWhitespace) }
        var schedule: EventSchedule?
        if let start {
            schedule = EventDates.schedule(
                start: start, end: end, allDay: allDay ?? false, approximate: approximate ?? false,
                part: approximatePart, zone: zone, into: &issues)
        } else {
            issues.append(FieldIssue(field: "start", rule: .missing))
        }
        var venue: Venue?
        if let input = self.venue {
            var coordinate: Coordinate?
            if let lat = input.latitude, let lon = input.longitude {
                if (-90...90).contains(lat), (-180...180).contains(lon) {
                    coordinate = Coordinate(latitude: lat, longitude: lon)
                } else {
                    issues.append(
                        FieldIssue(field: "venue.latitude", message: "must be a latitude and longitude in range"))
                }
            }
            venue = Venue(name: input.name, address: input.address, cityID: input.cityId, coordinate: coordinate)
        }
        guard let kind, let schedule else { throw DomainError.invalid(issues) }
        let draft = EventDraft(
            title: title ?? "", description: description,
            translations: Translations((translations ?? [:]).mapValues { $0.compactMapValues { $0 } }),
            kind: kind, schedule: schedule, timeZone: timeZone, venue: venue, hostIDs: hostIds ?? [],
            partnershipIDs: partnershipIds ?? [], isPublic: isPublic ?? true, capacity: capacity)
        return try InputIssues.merge(issues) {
            try draft.validated(partnerships: partnerships, organisations: organisations)
        }
    }
}
