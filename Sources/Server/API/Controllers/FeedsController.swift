import Domain
import Foundation
import Hummingbird

/// Machine-readable views of the whole programme: `/partnerships.geojson` for GIS tools.
struct FeedsController {
    let partnerships: any PartnershipRepository
    let programmeID: UUID

    func register(on routes: inout RouteRegistrar) {
        routes.on(.get, .partnershipsGeoJSON, use: geoJSON)
    }

    @Sendable func geoJSON(_ request: Request, context: AppRequestContext) async throws -> Response {
        let all = try await partnerships.all(in: programmeID)
        var response = try JSONResponse.make(
            PartnershipFeatureCollectionDTO(features: all.map(PartnershipFeatureDTO.init)),
            contentType: "application/geo+json")
        response.headers[.contentDisposition] = #"inline; filename="partnerships.geojson""#
        return response
    }
}
