import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

/// A restore is editing the record where it is now and where it goes back to: a partner editor stays in scope.
@Suite struct RestoreScopeTests {
    @Test(arguments: TestDatabase.all)
    func aPartnerEditorCannotPullAnExchangeBackFromAnotherPartnership(database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let partnerships = try JSONBody.items(try await app.send(.get, "/api/v1/partnerships"))
            func id(_ name: String) throws -> String {
                try #require(
                    partnerships.first { ($0["partnerCity"] as? [String: Any])?["name"] as? String == name }?["id"]
                        as? String)
            }
            let kyoto = try id("Kyoto")
            let strasbourg = try id("Strasbourg")
            func body(_ partnership: String) -> String {
                #"{"title":"Students abroad","direction":"outbound","partnershipId":"\#(partnership)","purposes":["education"],"starts":"2027-07"}"#
            }
            let kyotoEditor = try await app.user(.partnerEditor, scope: [UUID(uuidString: kyoto)!]).token
            let strasbourgEditor = try await app.user(.partnerEditor, scope: [UUID(uuidString: strasbourg)!]).token
            let created = try await app.send(.post, "/api/v1/exchanges", json: body(kyoto), as: .token(kyotoEditor))
            let exchange = try #require(try JSONBody.object(created)["id"] as? String)
            // Staff move it to Strasbourg.
            #expect(try await app.send(.put, "/api/v1/exchanges/\(exchange)", json: body(strasbourg)).status == .ok)
            let history = try JSONBody.items(try await app.send(.get, "/api/v1/exchanges/\(exchange)/history"))
            let creation = try #require(history.first { $0["action"] as? String == "create" }?["id"] as? String)
            let move = try #require(history.first { $0["action"] as? String == "update" }?["id"] as? String)

            // Kyoto's editor may not pull it back out of Strasbourg; Strasbourg's may not send it to Kyoto.
            for editor in [kyotoEditor, strasbourgEditor] {
                #expect(
                    try await app.send(.post, "/api/v1/history/\(creation)/restore", as: .token(editor)).status
                        == .forbidden)
            }
            let still = try JSONBody.object(try await app.send(.get, "/api/v1/exchanges/\(exchange)"))
            #expect(still["partnershipId"] as? String == strasbourg)
            // Strasbourg's editor may restore a version that stays in Strasbourg; staff may restore any.
            #expect(
                try await app.send(.post, "/api/v1/history/\(move)/restore", as: .token(strasbourgEditor)).status
                    == .noContent)
            #expect(try await app.send(.post, "/api/v1/history/\(creation)/restore").status == .noContent)
            let back = try JSONBody.object(try await app.send(.get, "/api/v1/exchanges/\(exchange)"))
            #expect(back["partnershipId"] as? String == kyoto)
        }
    }
}
