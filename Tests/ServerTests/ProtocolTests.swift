import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import TestSupport
import Testing

/// How the API answers what clients get wrong: every error is problem+json, none is a 500.
@Suite struct ProtocolTests {
    @Test func malformedJSONIs400() async throws {
        try await withApp(demo: false) { client async throws in
            for body in ["{", "", "[1,2]", "\"text\"", "{\"name\": }"] {
                let response = try await client.send(.post, "/api/v1/cities", json: body)
                #expect(response.status == .badRequest, "body \(body)")
                #expect(response.headers[.contentType] == "application/problem+json")
                let problem = try JSONBody.object(response)
                #expect(problem["title"] as? String == "Malformed request body")
                #expect(problem["status"] as? Int == 400)
            }
        }
    }

    /// Foundation calls these "not valid JSON"; they are valid JSON with a value out of range.
    @Test func unrepresentableNumbersAre422NotMalformed() async throws {
        try await withApp(demo: false) { client async throws in
            for population in ["1.5", "-36893488147419103231"] {
                let body = #"{"name":"Kyoto","country":"JP","population":\#(population)}"#
                let response = try await client.send(.post, "/api/v1/cities", json: body)
                #expect(response.status == .unprocessableContent, "population \(population)")
                #expect(response.headers[.contentType] == "application/problem+json")
            }
        }
    }

    @Test func oversizedBodyIs413() async throws {
        try await withApp(demo: false, maxBodySize: 1024) { client async throws in
            let big = #"{"name":"\#(String(repeating: "x", count: 4096))","country":"FR"}"#
            let response = try await client.send(.post, "/api/v1/cities", json: big)
            #expect(response.status == .contentTooLarge)
            #expect(response.headers[.contentType] == "application/problem+json")
        }
    }

    @Test func nonJSONMediaTypeIs415() async throws {
        try await withApp(demo: false) { client async throws in
            let response = try await client.send(
                .post, "/api/v1/cities", json: #"{"name":"X","country":"FR"}"#, headers: [.contentType: "text/plain"])
            #expect(response.status == .unsupportedMediaType)
        }
    }

    @Test func wrongMethodIs405WithAllow() async throws {
        try await withApp(demo: false) { client async throws in
            let response = try await client.send(.patch, "/api/v1/cities")
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers[.allow] == "GET, HEAD, POST")
            let item = try await client.send(.post, "/api/v1/cities/\(UUID())")
            #expect(item.status == .methodNotAllowed)
            #expect(item.headers[.allow] == "DELETE, GET, HEAD, PUT")
        }
    }

    @Test func unknownPathsAndIdsAre404ProblemJSON() async throws {
        try await withApp(demo: false) { client async throws in
            for path in [
                "/api/v1/nothing", "/api/v1/cities/not-a-uuid", "/api/v1/partnerships/\(UUID())",
                "/api/v1/agreements/\(UUID())",
            ] {
                let response = try await client.send(.get, path)
                #expect(response.status == .notFound, "\(path)")
                #expect(response.headers[.contentType] == "application/problem+json")
            }
        }
    }

    @Test func deeplyNestedJSONIsRefusedNotCrashed() async throws {
        try await withApp(demo: false) { client async throws in
            let nested = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
            let response = try await client.send(
                .post, "/api/v1/cities", json: #"{"name":"X","country":"FR","names":\#(nested)}"#)
            #expect(response.status.code >= 400 && response.status.code < 500)
        }
    }

    @Test func programmeCanBeNamedAndGivenAHomeCity() async throws {
        try await withApp(demo: false) { client async throws in
            let empty = try await client.getJSON("/api/v1/programme")
            #expect(empty["name"] as? String == "Sister Cities")
            #expect(empty["homeCity"] == nil)
            // Without a home city, a partnership must name its home city.
            let kyoto = try JSONBody.object(
                try await client.send(.post, "/api/v1/cities", json: #"{"name":"Kyoto","country":"JP"}"#))
            let kyotoID = try #require(kyoto["id"] as? String)
            let refused = try await client.send(
                .post, "/api/v1/partnerships", json: #"{"partnerCityId":"\#(kyotoID)"}"#)
            #expect(refused.status == .unprocessableContent)
            let boston = try JSONBody.object(
                try await client.send(.post, "/api/v1/cities", json: #"{"name":"Boston","country":"US"}"#))
            let bostonID = try #require(boston["id"] as? String)
            let updated = try await client.send(
                .put, "/api/v1/programme", json: #"{"name":"Boston Sister Cities","homeCityId":"\#(bostonID)"}"#)
            #expect(updated.status == .ok)
            #expect((try JSONBody.object(updated)["homeCity"] as? [String: Any])?["name"] as? String == "Boston")
            let created = try await client.send(
                .post, "/api/v1/partnerships", json: #"{"partnerCityId":"\#(kyotoID)"}"#)
            #expect(created.status == .created)
            let badHome = try await client.send(
                .put, "/api/v1/programme", json: #"{"name":"X","homeCityId":"\#(UUID())"}"#)
            #expect(badHome.status == .unprocessableContent)
        }
    }
}

@Suite struct HeadAndNulTests {
    @Test func headIsServedWhereGetIs() async throws {
        try await withApp(demo: false) { client async throws in
            let response = try await client.send(.head, "/health")
            #expect(response.status == .ok)
            #expect(response.body.readableBytes == 0)
        }
    }

    @Test(arguments: TestDatabase.all)
    func nulInTextIs422NotAServerError(database: TestDatabase) async throws {
        try await withApp(database, demo: false) { client async throws in
            let response = try await client.send(
                .post, "/api/v1/cities", json: #"{"name":"Ky\u0000oto","country":"JP","adminRegion":"\u0000"}"#)
            #expect(response.status == .unprocessableContent)
            let errors = try #require(try JSONBody.object(response)["errors"] as? [[String: String]])
            #expect(Set(errors.compactMap { $0["field"] }) == ["name", "adminRegion"])
        }
    }
}
