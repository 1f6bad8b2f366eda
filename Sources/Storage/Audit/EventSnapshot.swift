import Domain
import FluentKit
import Foundation

/// An event as the audit trail keeps it: its stored columns and its partnerships.
struct EventSnapshot: Codable {
    var title: String
    var description: String?
    var translations: [String: [String: String]]
    var kind: String
    var scheduleKind: String
    var startsAt: Date?
    var endsAt: Date?
    var firstDay: String?
    var lastDay: String?
    var approximatePart: String?
    var timeZone: String?
    var venueName: String?
    var venueAddress: String?
    var venueCityID: UUID?
    var venueLatitude: Double?
    var venueLongitude: Double?
    var hostIDs: [UUID]
    var partnershipIDs: [UUID]
    var isPublic: Bool
    var capacity: Int?

    init(_ model: EventModel, partnerships: [UUID]) {
        title = model.title
        description = model.description
        translations = model.translations
        kind = model.kind
        scheduleKind = model.scheduleKind
        startsAt = model.startsAt
        endsAt = model.endsAt
        firstDay = model.firstDay
        lastDay = model.lastDay
        approximatePart = model.approximatePart
        timeZone = model.timeZone
        venueName = model.venueName
        venueAddress = model.venueAddress
        venueCityID = model.venueCityID
        venueLatitude = model.venueLatitude
        venueLongitude = model.venueLongitude
        hostIDs = model.hostIDs
        partnershipIDs = partnerships
        isPublic = model.isPublic
        capacity = model.capacity
    }

    func draft() throws -> EventDraft {
        let model = EventModel()
        model.title = title
        model.description = description
        model.translations = translations
        model.kind = kind
        model.scheduleKind = scheduleKind
        model.startsAt = startsAt
        model.endsAt = endsAt
        model.firstDay = firstDay
        model.lastDay = lastDay
        model.approximatePart = approximatePart
        model.timeZone = timeZone
        model.venueName = venueName
        model.venueAddress = venueAddress
        model.venueCityID = venueCityID
        model.venueLatitude = venueLatitude
        model.venueLongitude = venueLongitude
        model.hostIDs = hostIDs
        model.isPublic = isPublic
        model.capacity = capacity
        return try model.draft(partnerships: partnershipIDs)
    }
}
