import Domain
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Storage
import TestSupport
import Testing

@testable import Server

/// The application under test and a way to make people who can sign in to it.
struct TestApp: Sendable {
    let client: any TestClientProtocol
    let accounts: AccountService
    let store: Store
    let programmeID: UUID
    /// An administrator's API token, sent by ``send(_:_:json:headers:as:sourceLocation:)`` unless told otherwise.
    let adminToken: String

    /// Who sends a request.
    enum Sender: Sendable {
        case admin
        case anonymous
        case token(String)
    }

    /// A user of the served programme with an API token.
    func user(
        _ role: Role, email: String? = nil, password: String = "correct horse battery", scope: Set<UUID> = []
    ) async throws -> (user: User, token: String) {
        let user = try await accounts.createUser(
            UserDraft(
                email: email ?? "\(role.rawValue)-\(UUID().uuidString.prefix(8))@example.org", role: role,
                partnershipScope: scope),
            password: password, in: programmeID)
        let (secret, _) = try await accounts.createToken(for: user, name: "test", lifetime: .standard)
        return (user, secret)
    }

    /// Sends a request as the administrator (default), anonymously, or with a token.
    func send(
        _ method: HTTPRequest.Method, _ path: String, json: String? = nil, headers: HTTPFields = [:],
        as sender: Sender = .admin, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> TestResponse {
        var headers = headers
        if json != nil, headers[.contentType] == nil { headers[.contentType] = "application/json" }
        switch sender {
        case .admin: headers[.authorization] = "Bearer \(adminToken)"
        case .token(let token): headers[.authorization] = "Bearer \(token)"
        case .anonymous: break
        }
        let response = try await client.execute(
            uri: path, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
        // Every JSON answer must be the one `openapi.json` describes (Contract/OpenAPIContract.swift).
        OpenAPIContract.record(method, path, response, sourceLocation: sourceLocation)
        return response
    }

    /// GETs JSON anonymously and decodes it.
    func getJSON(_ path: String) async throws -> [String: Any] {
        try JSONBody.object(try await send(.get, path, as: .anonymous))
    }
}

/// The configuration tests use: quiet logs, a cheap bcrypt cost (production uses 12).
func testConfig(_ location: DatabaseLocation, demo: Bool, maxBodySize: Int = 1 << 20) -> AppConfig {
    var config = AppConfig(database: location, demo: demo, logLevel: .critical, maxBodySize: maxBodySize)
    config.passwordHashCost = 4
    config.databaseConnectionsPerEventLoop = 1
    config.trustForwardedFor = true
    // Many apps run at once on a loaded machine: waits there are not outages (OutageTests set their own).
    config.databaseTimeout = TestDatabase.timeout
    return config
}

/// Runs `body` against the real application, built by `buildApplication` on a fresh database.
func withApp(
    _ database: TestDatabase = .sqlite, demo: Bool = true, maxBodySize: Int = 1 << 20,
    configure: (inout AppConfig) -> Void = { _ in },
    _ body: @escaping @Sendable (TestApp) async throws -> Void
) async throws {
    try await database.withFreshLocation { location in
        var config = testConfig(location, demo: demo, maxBodySize: maxBodySize)
        configure(&config)
        let app = try await buildApplication(config)
        // A second handle on the same database, to make users the way the CLI does.
        let store = try Store(
            location: location, logger: Logger(label: "test"), databaseTimeout: TestDatabase.timeout)
        do {
            try await store.migrate()
            let programme = try await FluentProgrammeRepository(store: store).all()
            let programmeID = try #require(
                demo ? programme.first { $0.name == DemoProgramme.name }?.id : programme.first?.id)
            let services = Services(
                store: store, programmeID: programmeID, passwordPolicy: try .bundled(), config: config)
            let admin = try await services.accounts.createUser(
                UserDraft(email: "admin@example.org", role: .admin), password: "correct horse battery", in: programmeID)
            let (token, _) = try await services.accounts.createToken(for: admin, name: "tests", lifetime: .standard)
            try await app.test(.router) { client async throws in
                try await body(
                    TestApp(
                        client: client, accounts: services.accounts, store: store, programmeID: programmeID,
                        adminToken: token))
            }
        } catch {
            await store.shutdown()
            throw error
        }
        await store.shutdown()
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
