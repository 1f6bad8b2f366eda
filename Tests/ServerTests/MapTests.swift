import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import TestSupport
import Testing

@testable import Server

@Suite struct MapTests {
    // Šavrič, Patterson & Jenny, "The Equal Earth map projection" (IJGIS 2018): the map is 2.7066 wide and
    // 1.3173 tall per unit radius on each side of the centre, an aspect ratio of about 2.05 to 1.
    @Test func equalEarthHasThePublishedExtent() {
        let east = EqualEarth.project(longitude: 180, latitude: 0)
        let north = EqualEarth.project(longitude: 0, latitude: 90)
        #expect(abs(east.x - 2.7066) < 0.0001 && east.y == 0)
        #expect(abs(north.y - 1.3173) < 0.0001 && north.x == 0)
        #expect(abs(east.x / north.y - 2.05) < 0.01)
        // Symmetric about the equator and the central meridian; parallels are straight.
        let kyoto = EqualEarth.project(longitude: 135.75, latitude: 35.02)
        let mirror = EqualEarth.project(longitude: -135.75, latitude: -35.02)
        #expect(abs(kyoto.x + mirror.x) < 1e-12 && abs(kyoto.y + mirror.y) < 1e-12)
        #expect(
            EqualEarth.project(longitude: -71, latitude: 42.36).y
                == EqualEarth.project(longitude: 120, latitude: 42.36).y)
    }

    @Test func theOutlineHasEveryCountryButAntarctica() throws {
        let svg = String(buffer: try Assets.load().worldMap)
        #expect(svg.components(separatedBy: "<path ").count - 1 == 176)
        #expect(svg.contains(#"<path id="JPN""#) && svg.contains("<title>Japan</title>"))
        #expect(!svg.contains("ATA"))
        #expect(svg.hasPrefix(#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 "#))
    }

    @Test func labelsDoNotOverlapWhenThereIsRoom() throws {
        let names = ["Strasbourg", "Padua", "Barcelona", "Belfast", "Boston"]
        let coordinates = [(48.58, 7.75), (45.41, 11.88), (41.39, 2.16), (54.6, -5.93), (42.36, -71.06)]
        let markers = zip(names, coordinates).compactMap {
            PartnerMap.Marker(name: $0, url: nil, coordinate: Coordinate(latitude: $1.0, longitude: $1.1))
        }
        let labels = PartnerMap.place(markers)
        func box(_ i: Int) -> (Double, Double, Double, Double) {
            let width = Double(markers[i].name.count) * 6.6
            let l = labels[i]
            let x0 = l.anchor == "start" ? l.x : l.anchor == "end" ? l.x - width : l.x - width / 2
            return (x0, l.y - 12, x0 + width, l.y + 2)
        }
        for i in markers.indices {
            for j in markers.indices where j > i {
                let a = box(i)
                let b = box(j)
                #expect(!(a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3), "\(names[i]) overlaps \(names[j])")
            }
        }
    }

    @Test func theHomePageShowsEveryPartnerOnTheMapAsALink() async throws {
        try await withApp { app async throws in
            let page = try await app.send(.get, "/", as: .anonymous)
            #expect(page.text.contains(#"<image href="/assets/world-map.svg""#))
            let partnerships = try JSONBody.items(try await app.send(.get, "/api/v1/partnerships"))
            #expect(partnerships.count == 10)
            for partnership in partnerships {
                let id = try #require(partnership["id"] as? String)
                #expect(page.text.contains(#"<a href="/partnerships/\#(id)" class="map-link">"#))
            }
            #expect(page.text.contains("Boston and its 10 partner cities on the map."))
            #expect(page.text.components(separatedBy: #"<path class="tie""#).count - 1 == 10)
            // A page of the list maps the partners it lists, so that thousands of ties stay one readable map.
            let paged = try await app.send(.get, "/?sort=partner&limit=3&page=2", as: .anonymous)
            #expect(paged.text.contains("Boston and the 3 partner cities listed below, of 10, on the map."))
            #expect(paged.text.components(separatedBy: #"<path class="tie""#).count - 1 == 3)
            let listed = try JSONBody.items(
                try await app.send(.get, "/api/v1/partnerships?sort=partner&limit=3&page=2"))
            for partnership in listed {
                let id = try #require(partnership["id"] as? String)
                #expect(paged.text.contains(#"<a href="/partnerships/\#(id)" class="map-link">"#))
            }
            let map = try await app.send(.get, "/assets/world-map.svg", as: .anonymous)
            #expect(map.headers[.contentType] == "image/svg+xml; charset=utf-8")
            #expect(map.text.contains("<title>Cabo Verde</title>") || map.text.contains("<title>Japan</title>"))
            // A programme with no partners yet shows no empty map.
            try await withApp(demo: false) { empty async throws in
                #expect(!(try await empty.send(.get, "/", as: .anonymous)).text.contains("world-map"))
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func partnershipsAreGeoJSONPoints(database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let response = try await app.send(.get, "/partnerships.geojson", as: .anonymous)
            #expect(response.headers[.contentType] == "application/geo+json")
            let body = try JSONBody.object(response)
            #expect(body["type"] as? String == "FeatureCollection")
            let features = try #require(body["features"] as? [[String: Any]])
            #expect(features.count == 10)
            let kyoto = try #require(
                features.first { ($0["properties"] as? [String: Any])?["partnerCity"] as? String == "Kyoto" })
            #expect(kyoto["type"] as? String == "Feature")
            let geometry = try #require(kyoto["geometry"] as? [String: Any])
            #expect(geometry["type"] as? String == "Point")
            let position = try #require(geometry["coordinates"] as? [Double])
            // Longitude first (RFC 7946 §3.1.1): Kyoto is at 135.75° E, 35.02° N.
            #expect(abs(position[0] - 135.75) < 0.01 && abs(position[1] - 35.02) < 0.01)
            let properties = try #require(kyoto["properties"] as? [String: Any])
            #expect(properties["established"] as? String == "1959-06-24")
            #expect(properties["homeCity"] as? String == "Boston")
            #expect(properties["partnerCityNative"] as? String == "京都市")

            // A partner without coordinates is kept, with a null geometry.
            let city = try JSONBody.object(
                try await app.send(.post, "/api/v1/cities", json: #"{"name":"Nowhere","country":"FR"}"#))
            let cityID = try #require(city["id"] as? String)
            _ = try await app.send(
                .post, "/api/v1/partnerships", json: #"{"partnerCityId":"\#(cityID)","kind":"friendship"}"#)
            let again = try JSONBody.object(try await app.send(.get, "/partnerships.geojson", as: .anonymous))
            let nowhere = try #require(
                (again["features"] as? [[String: Any]])?.first {
                    ($0["properties"] as? [String: Any])?["partnerCity"] as? String == "Nowhere"
                })
            #expect(nowhere["geometry"] is NSNull)
        }
    }
}
