import Crypto
import Domain
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// `/calendar.ics` (every public event) and `/partnerships/{id}/calendar.ics`, with an ETag so that calendar
/// clients polling the feed get 304 until something changes.
struct CalendarController {
    let events: any EventRepository
    let partnerships: any PartnershipRepository
    let programmeID: UUID
    let address: PublicAddress

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .calendar, use: all)
        routes.on(.get, SiteURL.partnershipCalendar, use: partnership)
    }

    @Sendable func all(_ request: Request, context: AppRequestContext) async throws -> Response {
        let programme = try context.programme
        return try await feed(request, name: "\(programme.name): events", partnership: nil)
    }

    @Sendable func partnership(_ request: Request, context: AppRequestContext) async throws -> Response {
        let partnership = try await partnerships.find(try context.pathID(), in: programmeID)
        return try await feed(
            request, name: "\(partnership.pairName): events",
            partnership: partnership.id)
    }

    private func feed(_ request: Request, name: String, partnership: UUID?) async throws -> Response {
        var all: [Event] = []
        var page = 1
        while true {
            let batch = try await events.list(
                in: programmeID,
                EventQuery(page: PageRequest(page: page, limit: PageRequest.maxLimit), partnershipID: partnership))
            all += batch.items
            guard batch.hasNext, page < 50 else { break }
            page += 1
        }
        let text = EventCalendar.ics(name: name, events: all, base: address.base)
        let etag =
            "\"" + SHA256.hash(data: Data(text.utf8)).prefix(16).map { String(format: "%02x", $0) }.joined() + "\""
        var headers = HTTPFields()
        headers[.eTag] = etag
        headers[.cacheControl] = "public, max-age=300"
        if let match = request.headers[.ifNoneMatch], ETag.matches(match, etag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = "text/calendar; charset=utf-8"
        headers[.contentDisposition] = #"inline; filename="calendar.ics""#
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
