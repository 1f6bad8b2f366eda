import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@Suite struct PartnershipsAPITests {
    @Test(arguments: TestDatabase.all)
    func listsTheDemoWithEmbeddedCitiesFiltersAndPages(database: TestDatabase) async throws {
        try await withApp(database) { client async throws in
            let all = try await client.getJSON("/api/v1/partnerships")
            #expect(all["total"] as? Int == 10)
            let items = try #require(all["items"] as? [[String: Any]])
            let first = try #require(items.first)
            let home = try #require(first["homeCity"] as? [String: Any])
            let partner = try #require(first["partnerCity"] as? [String: Any])
            #expect(home["name"] as? String == "Boston")
            #expect(partner["name"] as? String == "Kyoto")
            #expect(partner["id"] is String)
            #expect(first["established"] as? String == "1959-06-24")
            #expect(first["focusAreas"] as? [String] == ["education", "culture", "commerce", "community"])

            let page = try await client.getJSON("/api/v1/partnerships?limit=3&page=2&sort=-established")
            let names = try #require(page["items"] as? [[String: Any]]).compactMap {
                ($0["partnerCity"] as? [String: Any])?["name"] as? String
            }
            #expect(names == ["Taipei", "Melbourne", "Padua"])
            #expect(page["pageCount"] as? Int == 4)

            let china = try await client.getJSON("/api/v1/partnerships?country=CN&kind=sister&status=active")
            #expect(china["total"] as? Int == 1)
            let none = try await client.getJSON("/api/v1/partnerships?status=ended")
            #expect(none["total"] as? Int == 0)
        }
    }

    @Test(arguments: TestDatabase.all)
    func createsUpdatesAndDeletesWithAgreements(database: TestDatabase) async throws {
        try await withApp(database) { client async throws in
            let city = try JSONBody.object(
                try await client.send(.post, "/api/v1/cities", json: #"{"name":"Valladolid","country":"ES"}"#))
            let cityID = try #require(city["id"] as? String)
            let created = try await client.send(
                .post, "/api/v1/partnerships",
                json:
                    #"{"partnerCityId":"\#(cityID)","kind":"friendship","established":"2007","focusAreas":["culture"]}"#
            )
            #expect(created.status == .created)
            let partnership = try JSONBody.object(created)
            let id = try #require(partnership["id"] as? String)
            #expect(created.headers[.location] == "/api/v1/partnerships/\(id.lowercased())")
            #expect((partnership["homeCity"] as? [String: Any])?["name"] as? String == "Boston")
            #expect(partnership["established"] as? String == "2007")

            let duplicate = try await client.send(
                .post, "/api/v1/partnerships", json: #"{"partnerCityId":"\#(cityID)","kind":"friendship"}"#)
            #expect(duplicate.status == .conflict)

            let updated = try await client.send(
                .put, "/api/v1/partnerships/\(id)",
                json:
                    #"{"partnerCityId":"\#(cityID)","kind":"friendship","status":"ended","established":"2007-05","ended":"2020"}"#
            )
            #expect(updated.status == .ok)
            #expect(try JSONBody.object(updated)["ended"] as? String == "2020")

            let agreement = try await client.send(
                .post, "/api/v1/partnerships/\(id)/agreements",
                json:
                    #"{"kind":"founding","signed":"2007-05-02","place":"Valladolid","signatories":[{"name":"A Mayor","title":"Mayor","cityId":"\#(cityID)"}],"languages":["es","en"]}"#
            )
            #expect(agreement.status == .created)
            let agreementID = try #require(try JSONBody.object(agreement)["id"] as? String)
            #expect(agreement.headers[.location] == "/api/v1/agreements/\(agreementID.lowercased())")
            let agreements = try await client.getJSON("/api/v1/partnerships/\(id)/agreements")
            #expect(agreements["total"] as? Int == 1)
            let changed = try await client.send(
                .put, "/api/v1/agreements/\(agreementID)", json: #"{"kind":"renewal","signed":"2017"}"#)
            #expect(try JSONBody.object(changed)["kind"] as? String == "renewal")
            #expect((try JSONBody.object(changed)["signatories"] as? [Any])?.isEmpty == true)

            #expect(try await client.send(.delete, "/api/v1/partnerships/\(id)").status == .noContent)
            #expect(try await client.send(.get, "/api/v1/agreements/\(agreementID)").status == .notFound)
            #expect(try await client.send(.get, "/api/v1/partnerships/\(id)/agreements").status == .notFound)
        }
    }

    @Test func refusesSameCountryAndSelfPartnershipsWith422() async throws {
        try await withApp { client async throws in
            let city = try JSONBody.object(
                try await client.send(.post, "/api/v1/cities", json: #"{"name":"Cambridge","country":"US"}"#))
            let cityID = try #require(city["id"] as? String)
            let response = try await client.send(
                .post, "/api/v1/partnerships", json: #"{"partnerCityId":"\#(cityID)"}"#)
            #expect(response.status == .unprocessableContent)
            let detail = try #require(try JSONBody.object(response)["detail"] as? String)
            #expect(detail.contains("same country"))
        }
    }

    @Test func invalidInputNamesEveryField() async throws {
        try await withApp { client async throws in
            let response = try await client.send(
                .post, "/api/v1/partnerships",
                json:
                    #"{"kind":"cousin","status":"asleep","established":"1959-13","focusAreas":["knitting"],"sources":[{"title":"","url":"javascript:x"}]}"#
            )
            #expect(response.status == .unprocessableContent)
            let errors = try #require(try JSONBody.object(response)["errors"] as? [[String: String]])
            #expect(
                Set(errors.compactMap { $0["field"] }) == [
                    "partnerCityId", "kind", "status", "established", "focusAreas[0]",
                ])
        }
    }

    @Test func agreementSignatoryMustSignForOneOfTheCities() async throws {
        try await withApp { client async throws in
            let kyoto = try #require(
                try JSONBody.items(try await client.send(.get, "/api/v1/partnerships?country=JP")).first)
            let id = try #require(kyoto["id"] as? String)
            let response = try await client.send(
                .post, "/api/v1/partnerships/\(id)/agreements",
                json: #"{"kind":"memorandum","signatories":[{"name":"X","cityId":"\#(UUID())"}]}"#)
            #expect(response.status == .unprocessableContent)
            let errors = try #require(try JSONBody.object(response)["errors"] as? [[String: String]])
            #expect(errors.map { $0["field"] } == ["signatories[0].cityId"])
        }
    }
}
