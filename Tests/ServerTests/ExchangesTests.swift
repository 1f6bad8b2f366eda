import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@Suite struct ExchangesTests {
    @Test(arguments: TestDatabase.all)
    func exchangesAreInternalAndKeptByTheirPartnershipsEditors(database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let partnerships = try JSONBody.items(try await app.send(.get, "/api/v1/partnerships"))
            func id(_ name: String) throws -> String {
                try #require(
                    partnerships.first { ($0["partnerCity"] as? [String: Any])?["name"] as? String == name }?["id"]
                        as? String)
            }
            let kyoto = try id("Kyoto")
            let demo = try JSONBody.items(try await app.send(.get, "/api/v1/exchanges?partnership=\(kyoto)"))
            let delegation = try #require(demo.first)
            #expect(delegation["direction"] as? String == "inbound")
            #expect((delegation["eventIds"] as? [String])?.count == 5)
            #expect((delegation["members"] as? [[String: Any]])?.first?["role"] as? String == "lead")
            #expect(try await app.send(.get, "/api/v1/exchanges", as: .anonymous).status == .unauthorized)

            let body =
                #"{"title":"Students to Kyoto","direction":"outbound","partnershipId":"\#(kyoto)","purposes":["education","people"],"starts":"2027-07","members":[{"name":"Ana Souza","role":"student"}]}"#
            let strasbourgEditor = try await app.user(.partnerEditor, scope: [UUID(uuidString: try id("Strasbourg"))!])
                .token
            #expect(
                try await app.send(.post, "/api/v1/exchanges", json: body, as: .token(strasbourgEditor)).status
                    == .forbidden)
            let kyotoEditor = try await app.user(.partnerEditor, scope: [UUID(uuidString: kyoto)!]).token
            let created = try await app.send(.post, "/api/v1/exchanges", json: body, as: .token(kyotoEditor))
            #expect(created.status == .created)
            let bad = try await app.send(
                .post, "/api/v1/exchanges",
                json:
                    #"{"title":"","direction":"sideways","partnershipId":"\#(kyoto)","purposes":["fun"],"starts":"2027-13"}"#
            )
            #expect(bad.status == .unprocessableContent)
            let fields = Set(
                try #require(try JSONBody.object(bad)["errors"] as? [[String: Any]]).compactMap {
                    $0["field"] as? String
                })
            #expect(fields == ["direction", "purposes[0]", "starts"])

            // The staff page shows the tie's health: last visit in, next visit out.
            _ = try await app.user(.viewer, email: "viewer@example.org")
            var browser = Browser(app)
            try await browser.signIn("viewer@example.org")
            let page = try await browser.send(.get, "/partnerships/\(kyoto)")
            #expect(page.text.contains(#"<h2 id="health">Health of the tie</h2>"#))
            #expect(page.text.contains("Students to Kyoto</a>, July 2027"))
            #expect(page.text.contains("Kyoto delegation to Boston for the 60th year</a>, April 2019"))
            #expect(!page.text.contains("Record an exchange"))
            let anonymous = try await app.send(.get, "/partnerships/\(kyoto)", as: .anonymous)
            #expect(!anonymous.text.contains("Health of the tie"))
        }
    }

    @Test func theDormantThresholdIsTheProgrammes() async throws {
        try await withApp { app async throws in
            let kyoto = try #require(
                try JSONBody.items(try await app.send(.get, "/api/v1/partnerships?country=JP")).first?["id"] as? String)
            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            try await browser.signIn("staff@example.org")
            #expect(try await browser.send(.get, "/partnerships/\(kyoto)").text.contains("Going dormant."))
            let programme = try await app.getJSON("/api/v1/programme")
            #expect(programme["dormantAfterYears"] as? Int == 3)
            let updated = try await app.send(
                .put, "/api/v1/programme", json: #"{"name":"Boston Sister Cities","dormantAfterYears":20}"#)
            #expect(try JSONBody.object(updated)["dormantAfterYears"] as? Int == 20)
            #expect(!(try await browser.send(.get, "/partnerships/\(kyoto)")).text.contains("Going dormant."))
            let refused = try await app.send(
                .put, "/api/v1/programme", json: #"{"name":"Boston Sister Cities","dormantAfterYears":0}"#)
            #expect(refused.status == .unprocessableContent)
        }
    }
}
