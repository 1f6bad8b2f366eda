import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import Storage
import TestSupport
import Testing

@testable import Server

/// `/openapi.json` describes exactly the API the router serves.
@Suite struct OpenAPIDocumentTests {
    /// (METHOD, /path/{id}) pairs the document lists.
    func documentedOperations(_ document: [String: Any]) throws -> Set<String> {
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let methods: Set<String> = ["get", "put", "post", "delete", "patch", "head", "options", "trace"]
        return Set(
            paths.flatMap { path, item in
                item.keys.filter(methods.contains).map { "\($0.uppercased()) \(path)" }
            })
    }

    /// "/api/v1/cities/:id" → "/api/v1/cities/{id}".
    static func openAPIPath(_ pattern: String) -> String {
        pattern.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
            .joined(separator: "/")
    }

    @Test func documentIsOpenAPI31AndListsEveryJSONRouteAndNothingElse() async throws {
        let served: Set<String> = try await TestDatabase.sqlite.withStore { store in
            let services = Services(
                store: store, programmeID: UUID(), passwordPolicy: try .bundled(), config: AppConfig())
            let routes = collectRoutes(services: services, store: store, config: AppConfig(), assets: try Assets.load())
            return Set(
                routes.table.routes
                    .filter { $0.method != .head }
                    .filter {
                        $0.pattern.hasPrefix("/api/") || $0.pattern == "/health" || $0.pattern == "/openapi.json"
                            || $0.pattern.hasSuffix(".geojson") || $0.pattern.hasSuffix(".ics")
                            || $0.pattern.hasSuffix(".atom") || $0.pattern.hasSuffix(".csv")
                    }
                    .map { "\($0.method.rawValue) \(Self.openAPIPath($0.pattern))" })
        }
        try await withApp(demo: false) { client async throws in
            let response = try await client.send(.get, "/openapi.json")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json")
            let document = try JSONBody.object(response)
            #expect(document["openapi"] as? String == "3.1.0")
            let documented = try documentedOperations(document)
            #expect(
                documented == served,
                "documented but not served: \(documented.subtracting(served)); served but not documented: \(served.subtracting(documented))"
            )
        }
    }
}
