import Foundation
import HTTPTypes
import HummingbirdTesting
import Server
import TestSupport
import Testing

@Suite struct SecurityHeaderTests {
    @Test func everyResponseCarriesTheHeaders() async throws {
        try await withApp { app async throws in
            let requests: [(HTTPRequest.Method, String)] = [
                (.get, "/"), (.get, "/partnerships/\(UUID())"), (.get, "/login"), (.get, "/staff"), (.get, "/health"),
                (.get, "/openapi.json"), (.get, "/assets/app.css"), (.get, "/metrics"), (.get, "/api/v1/cities"),
                (.get, "/api/v1/nothing"), (.patch, "/api/v1/cities"), (.post, "/api/v1/cities"), (.head, "/"),
            ]
            for (method, path) in requests {
                let response = try await app.send(method, path, as: .anonymous)
                let where_ = "\(method) \(path) → \(response.status.code)"
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true, "\(where_)")
                #expect(
                    response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true, "\(where_)")
                #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(where_)")
                #expect(response.headers[HTTPField.Name("Referrer-Policy")!] != nil, "\(where_)")
                #expect(response.headers[.strictTransportSecurity] == nil, "\(where_): no HSTS without --hsts")
            }
        }
    }

    @Test func hstsWhenServedOverHTTPS() async throws {
        try await withApp(demo: false, configure: { $0.hsts = true }) { app async throws in
            let response = try await app.send(.get, "/health", as: .anonymous)
            let hsts = try #require(response.headers[.strictTransportSecurity])
            let maxAge = try #require(hsts.split(separator: ";").first?.split(separator: "=").last.flatMap { Int($0) })
            #expect(maxAge >= 31_536_000, "at least a year")
        }
    }
}
