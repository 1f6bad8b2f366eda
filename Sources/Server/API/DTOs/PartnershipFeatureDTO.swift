import Domain
import Foundation

/// The programme's partnerships as an RFC 7946 GeoJSON FeatureCollection: each partner city a point.
struct PartnershipFeatureCollectionDTO: Encodable, Sendable {
    let type = "FeatureCollection"
    var features: [PartnershipFeatureDTO]
}

struct PartnershipFeatureDTO: Encodable, Sendable {
    struct Point: Encodable, Sendable {
        let type = "Point"
        /// Longitude first, as RFC 7946 §3.1.1 orders positions.
        var coordinates: [Double]
    }

    struct Properties: Encodable, Sendable {
        var partnershipId: String
        var url: String
        var partnerCity: String
        var partnerCityNative: String?
        var country: String
        var homeCity: String
        var kind: String
        var status: String
        var established: String?
        var ended: String?
        var focusAreas: [String]
    }

    let type = "Feature"
    var id: String
    /// Null for a partner city without coordinates (RFC 7946 §3.2 allows an unlocated feature).
    var geometry: Point?
    var properties: Properties

    init(_ partnership: Partnership) {
        let city = partnership.partnerCity
        id = partnership.id.lowercasedString
        geometry = city.coordinate.map { Point(coordinates: [$0.longitude, $0.latitude]) }
        properties = Properties(
            partnershipId: partnership.id.lowercasedString, url: SiteURL.partnership(partnership.id).path,
            partnerCity: city.name, partnerCityNative: city.nativeName, country: city.countryCode,
            homeCity: partnership.homeCity.name, kind: partnership.kind.rawValue, status: partnership.status.rawValue,
            established: partnership.established?.description, ended: partnership.ended?.description,
            focusAreas: partnership.focusAreas.map(\.rawValue))
    }

    /// `geometry` is written even when null: RFC 7946 requires the member.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(id, forKey: .id)
        try container.encode(geometry, forKey: .geometry)
        try container.encode(properties, forKey: .properties)
    }

    private enum CodingKeys: String, CodingKey {
        case type, id, geometry, properties
    }
}
