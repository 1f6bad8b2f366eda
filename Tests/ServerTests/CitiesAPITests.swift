import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@Suite struct CitiesAPITests {
    @Test(arguments: TestDatabase.all)
    func createsReadsUpdatesListsAndDeletes(database: TestDatabase) async throws {
        try await withApp(database, demo: false) { client async throws in
            let created = try await client.send(
                .post, "/api/v1/cities",
                json: #"""
                    {"name":"Kyoto","names":{"ja":"京都市"},"country":"jp","adminRegion":"Kyoto Prefecture",
                     "latitude":35.02107,"longitude":135.75385,"timeZone":"Asia/Tokyo","population":1463723,
                     "geonameId":1857910,"wikidataId":"Q34600"}
                    """#)
            #expect(created.status == .created)
            let city = try JSONBody.object(created)
            let id = try #require(city["id"] as? String)
            #expect(id == id.lowercased(), "ids are written in canonical lower case")
            #expect(created.headers[.location] == "/api/v1/cities/\(id)")
            #expect(city["country"] as? String == "JP")
            #expect(city["countryName"] as? String == "Japan")
            #expect(city["nativeName"] as? String == "京都市")
            #expect(city["geonameId"] as? Int == 1_857_910)

            let read = try await client.getJSON("/api/v1/cities/\(id)")
            #expect(read["name"] as? String == "Kyoto")

            let updated = try await client.send(
                .put, "/api/v1/cities/\(id)", json: #"{"name":"Kyōto","country":"JP","timeZone":"Asia/Tokyo"}"#)
            #expect(updated.status == .ok)
            #expect(try JSONBody.object(updated)["name"] as? String == "Kyōto")
            #expect(try JSONBody.object(updated)["geonameId"] == nil)

            let list = try await client.getJSON("/api/v1/cities?q=kyo&country=JP&limit=5")
            #expect(list["total"] as? Int == 1)
            #expect(list["limit"] as? Int == 5)

            let deleted = try await client.send(.delete, "/api/v1/cities/\(id)")
            #expect(deleted.status == .noContent)
            let gone = try await client.send(.get, "/api/v1/cities/\(id)")
            #expect(gone.status == .notFound)
            #expect(gone.headers[.contentType] == "application/problem+json")
        }
    }

    @Test func validationNamesEveryBadField() async throws {
        try await withApp(demo: false) { client async throws in
            let response = try await client.send(
                .post, "/api/v1/cities", json: #"{"country":"Atlantis","latitude":100,"timeZone":"Nowhere"}"#)
            #expect(response.status == .unprocessableContent)
            #expect(response.headers[.contentType] == "application/problem+json")
            let problem = try JSONBody.object(response)
            #expect(problem["status"] as? Int == 422)
            let errors = try #require(problem["errors"] as? [[String: String]])
            #expect(Set(errors.compactMap { $0["field"] }) == ["name", "country", "longitude", "latitude", "timeZone"])
        }
    }

    @Test func wrongTypesAreNamedByField() async throws {
        try await withApp(demo: false) { client async throws in
            let response = try await client.send(
                .post, "/api/v1/cities", json: #"{"name":"X","country":"FR","population":"many"}"#)
            #expect(response.status == .unprocessableContent)
            let errors = try #require(try JSONBody.object(response)["errors"] as? [[String: String]])
            #expect(errors.first?["field"] == "population")
        }
    }

    @Test func refusesDeletingACityInUse() async throws {
        try await withApp { client async throws in
            let boston = try JSONBody.items(try await client.send(.get, "/api/v1/cities?q=boston"))
            let id = try #require(boston.first?["id"] as? String)
            let response = try await client.send(.delete, "/api/v1/cities/\(id)")
            #expect(response.status == .conflict)
            #expect((try JSONBody.object(response)["detail"] as? String)?.contains("Boston is still used") == true)
        }
    }

    @Test func refusesBadListParameters() async throws {
        try await withApp(demo: false) { client async throws in
            for query in ["limit=0", "limit=201", "limit=abc", "page=0", "sort=up", "country=ZZ"] {
                let response = try await client.send(.get, "/api/v1/cities?\(query)")
                #expect(response.status == .badRequest, "\(query)")
                #expect(response.headers[.contentType] == "application/problem+json")
            }
        }
    }
}
