import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Storage
import TestSupport
import Testing

@testable import Server

/// Every write route for every kind of caller, against objects in and out of their reach.
@Suite struct RoleMatrixTests {
    enum Caller: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case anonymous, viewer, coordinator, kyotoEditor, staff, admin, otherProgrammeAdmin
        var testDescription: String { rawValue }
    }

    enum Operation: String, CaseIterable, Sendable {
        case createCity, replaceCity, deleteCity
        case createPartnership, replaceKyoto, replaceStrasbourg, deleteUnscopedPartnership
        case addKyotoAgreement, addStrasbourgAgreement, replaceKyotoAgreement, deleteKyotoAgreement
        case replaceProgramme
    }

    /// Who may do what: nil means 401 (no credentials), false 403, true a 2xx.
    static func allowed(_ caller: Caller, _ operation: Operation) -> Bool? {
        switch caller {
        case .anonymous: return nil
        case .admin, .staff: return true
        case .viewer, .coordinator, .otherProgrammeAdmin: return false
        case .kyotoEditor:
            return [.replaceKyoto, .addKyotoAgreement, .replaceKyotoAgreement, .deleteKyotoAgreement].contains(
                operation)
        }
    }

    struct World {
        let kyotoPartnership: String
        let kyotoCity: String
        let strasbourgPartnership: String
        let strasbourgCity: String
    }

    func world(_ app: TestApp) async throws -> World {
        let list = try JSONBody.items(try await app.send(.get, "/api/v1/partnerships?limit=20", as: .anonymous))
        func find(_ name: String) throws -> (String, String) {
            let item = try #require(list.first { ($0["partnerCity"] as? [String: Any])?["name"] as? String == name })
            let city = try #require((item["partnerCity"] as? [String: Any])?["id"] as? String)
            return (try #require(item["id"] as? String), city)
        }
        let kyoto = try find("Kyoto")
        let strasbourg = try find("Strasbourg")
        return World(
            kyotoPartnership: kyoto.0, kyotoCity: kyoto.1, strasbourgPartnership: strasbourg.0,
            strasbourgCity: strasbourg.1)
    }

    func sender(_ caller: Caller, _ app: TestApp, world: World) async throws -> TestApp.Sender {
        switch caller {
        case .anonymous: return .anonymous
        case .viewer: return .token(try await app.user(.viewer).token)
        case .coordinator: return .token(try await app.user(.coordinator).token)
        case .staff: return .token(try await app.user(.staff).token)
        case .admin: return .token(try await app.user(.admin).token)
        case .kyotoEditor:
            return .token(try await app.user(.partnerEditor, scope: [UUID(uuidString: world.kyotoPartnership)!]).token)
        case .otherProgrammeAdmin:
            let other = try await FluentProgrammeRepository(store: app.store).create(
                ProgrammeDraft(name: "Kyoto City"), by: .system("test"))
            let user = try await app.accounts.createUser(
                UserDraft(email: "other-admin@example.org", role: .admin), password: "correct horse battery",
                in: other.id)
            return .token(try await app.accounts.createToken(for: user, name: "t", lifetime: .standard).secret)
        }
    }

    /// Runs one operation as `sender`; objects it changes are made fresh by the administrator first.
    func perform(
        _ operation: Operation, as sender: TestApp.Sender, app: TestApp, world: World
    ) async throws -> TestResponse {
        func created(_ path: String, _ json: String) async throws -> String {
            let response = try await app.send(.post, path, json: json)
            #expect(response.status == .created, "setup \(path): \(response.text)")
            return try #require(try JSONBody.object(response)["id"] as? String)
        }
        switch operation {
        case .createCity:
            return try await app.send(.post, "/api/v1/cities", json: #"{"name":"Nara","country":"JP"}"#, as: sender)
        case .replaceCity:
            let id = try await created("/api/v1/cities", #"{"name":"Nara","country":"JP"}"#)
            return try await app.send(
                .put, "/api/v1/cities/\(id)", json: #"{"name":"Nara-shi","country":"JP"}"#, as: sender)
        case .deleteCity:
            let id = try await created("/api/v1/cities", #"{"name":"Nara","country":"JP"}"#)
            return try await app.send(.delete, "/api/v1/cities/\(id)", as: sender)
        case .createPartnership:
            let city = try await created("/api/v1/cities", #"{"name":"Lyon","country":"FR"}"#)
            return try await app.send(.post, "/api/v1/partnerships", json: #"{"partnerCityId":"\#(city)"}"#, as: sender)
        case .replaceKyoto:
            return try await app.send(
                .put, "/api/v1/partnerships/\(world.kyotoPartnership)",
                json: #"{"partnerCityId":"\#(world.kyotoCity)","established":"1959-06-24"}"#, as: sender)
        case .replaceStrasbourg:
            return try await app.send(
                .put, "/api/v1/partnerships/\(world.strasbourgPartnership)",
                json: #"{"partnerCityId":"\#(world.strasbourgCity)","established":"1960"}"#, as: sender)
        case .deleteUnscopedPartnership:
            let city = try await created("/api/v1/cities", #"{"name":"Osaka","country":"JP"}"#)
            let id = try await created("/api/v1/partnerships", #"{"partnerCityId":"\#(city)"}"#)
            return try await app.send(.delete, "/api/v1/partnerships/\(id)", as: sender)
        case .addKyotoAgreement:
            return try await app.send(
                .post, "/api/v1/partnerships/\(world.kyotoPartnership)/agreements", json: #"{"kind":"memorandum"}"#,
                as: sender)
        case .addStrasbourgAgreement:
            return try await app.send(
                .post, "/api/v1/partnerships/\(world.strasbourgPartnership)/agreements",
                json: #"{"kind":"memorandum"}"#,
                as: sender)
        case .replaceKyotoAgreement:
            let id = try await created(
                "/api/v1/partnerships/\(world.kyotoPartnership)/agreements", #"{"kind":"memorandum"}"#)
            return try await app.send(.put, "/api/v1/agreements/\(id)", json: #"{"kind":"amendment"}"#, as: sender)
        case .deleteKyotoAgreement:
            let id = try await created(
                "/api/v1/partnerships/\(world.kyotoPartnership)/agreements", #"{"kind":"memorandum"}"#)
            return try await app.send(.delete, "/api/v1/agreements/\(id)", as: sender)
        case .replaceProgramme:
            return try await app.send(.put, "/api/v1/programme", json: #"{"name":"Boston Sister Cities"}"#, as: sender)
        }
    }

    @Test(arguments: Caller.allCases)
    func everyWriteRouteAnswersByRole(caller: Caller) async throws {
        try await withApp { app async throws in
            let world = try await world(app)
            let sender = try await sender(caller, app, world: world)
            for operation in Operation.allCases {
                let response = try await perform(operation, as: sender, app: app, world: world)
                switch Self.allowed(caller, operation) {
                case nil:
                    #expect(response.status == .unauthorized, "\(caller) \(operation)")
                    #expect(response.headers[.wwwAuthenticate] == #"Bearer realm="sistercities""#)
                case false?:
                    #expect(response.status == .forbidden, "\(caller) \(operation): \(response.text)")
                case true?:
                    #expect((200..<300).contains(response.status.code), "\(caller) \(operation): \(response.text)")
                }
            }
        }
    }

    @Test func anotherProgrammesObjectsAreOutOfReachWhateverTheIds() async throws {
        try await withApp { app async throws in
            // Kyoto's own office keeps a programme in the same install, with its own partnership.
            let programmes = FluentProgrammeRepository(store: app.store)
            let cities = FluentCityRepository(store: app.store)
            let kyoto = try await cities.create(CityDraft(name: "Kyoto (own)", countryCode: "JP"), by: .system("test"))
            let boston = try await cities.create(
                CityDraft(name: "Boston (theirs)", countryCode: "US"), by: .system("test"))
            let other = try await programmes.create(
                ProgrammeDraft(name: "Kyoto International", homeCityID: kyoto.id), by: .system("test"))
            let theirs = try await FluentPartnershipRepository(store: app.store).create(
                PartnershipDraft(homeCityID: kyoto.id, partnerCityID: boston.id), in: other.id, by: .system("test"))
            let agreement = try await FluentAgreementRepository(store: app.store).create(
                AgreementDraft(kind: .founding), partnership: theirs.id, in: other.id, by: .system("test"))
            // Boston's administrator sends their ids.
            let id = theirs.id.lowercasedString
            #expect(try await app.send(.get, "/api/v1/partnerships/\(id)").status == .notFound)
            #expect(
                try await app.send(.put, "/api/v1/partnerships/\(id)", json: #"{"partnerCityId":"\#(boston.id)"}"#)
                    .status
                    == .notFound)
            #expect(try await app.send(.delete, "/api/v1/partnerships/\(id)").status == .notFound)
            #expect(try await app.send(.get, "/api/v1/agreements/\(agreement.id.lowercasedString)").status == .notFound)
            #expect(
                try await app.send(.delete, "/api/v1/agreements/\(agreement.id.lowercasedString)").status == .notFound)
            #expect(
                try await app.send(.post, "/api/v1/partnerships/\(id)/agreements", json: #"{"kind":"renewal"}"#).status
                    == .notFound)
            // And nothing of theirs changed.
            let still = try await FluentPartnershipRepository(store: app.store).find(theirs.id, in: other.id)
            #expect(still == theirs)
        }
    }
}
