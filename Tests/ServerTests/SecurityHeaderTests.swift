import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import Server
import Storage
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

@Suite struct ExposureTests {
    @Test func noCORSHeadersAndNoSourceControlFiles() async throws {
        try await withApp(demo: false) { app async throws in
            let cross = try await app.send(
                .get, "/api/v1/cities", headers: [HTTPField.Name("Origin")!: "https://evil.example"], as: .anonymous)
            #expect(cross.headers[HTTPField.Name("Access-Control-Allow-Origin")!] == nil)
            for path in [
                "/.git/HEAD", "/.git/config", "/Package.swift", "/sistercities.sqlite", "/assets/../Package.swift",
            ] {
                #expect(try await app.send(.get, path, as: .anonymous).status == .notFound, "\(path)")
            }
        }
    }

    @Test func tokensInTheQueryStringAreIgnored() async throws {
        try await withApp(demo: false) { app async throws in
            let (_, token) = try await app.user(.admin)
            let response = try await app.send(
                .post, "/api/v1/cities?access_token=\(token)&token=\(token)", json: #"{"name":"Lyon","country":"FR"}"#,
                as: .anonymous)
            #expect(response.status == .unauthorized)
        }
    }

    @Test func freshInstallsHaveNoAccountsDemoIncluded() async throws {
        try await TestDatabase.sqlite.withFreshLocation { location in
            let app = try await buildApplication(testConfig(location, demo: true))
            try await app.test(.router) { client in
                let store = try Store(location: location, logger: Logger(label: "test"))
                let users = try await FluentUserRepository(store: store).list(in: nil)
                await store.shutdown()
                #expect(users.isEmpty)
                _ = client
            }
        }
    }
}
