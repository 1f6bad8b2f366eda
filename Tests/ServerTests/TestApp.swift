import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Server
import Storage
import TestSupport
import Testing

/// Runs `body` against the real application, built by `buildApplication` on a fresh database.
func withApp(
    _ database: TestDatabase = .sqlite, demo: Bool = true, maxBodySize: Int = 1 << 20,
    _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void
) async throws {
    try await database.withFreshLocation { location in
        let app = try await buildApplication(
            AppConfig(database: location, demo: demo, logLevel: .warning, maxBodySize: maxBodySize))
        try await app.test(.router) { client in try await body(client) }
    }
}

extension TestClientProtocol {
    /// Sends JSON and answers the response.
    func send(
        _ method: HTTPRequest.Method, _ path: String, json: String? = nil, headers: HTTPFields = [:]
    ) async throws -> TestResponse {
        var headers = headers
        if json != nil, headers[.contentType] == nil { headers[.contentType] = "application/json" }
        return try await execute(
            uri: path, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }

    /// GETs JSON and decodes it.
    func getJSON(_ path: String) async throws -> [String: Any] {
        let response = try await send(.get, path)
        return try JSONBody.object(response)
    }
}

enum JSONBody {
    static func object(_ response: TestResponse) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
        return try #require(value as? [String: Any])
    }

    static func items(_ response: TestResponse) throws -> [[String: Any]] {
        try #require(try object(response)["items"] as? [[String: Any]])
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
