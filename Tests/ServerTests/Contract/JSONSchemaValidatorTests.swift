import Foundation
import HTTPTypes
import Testing

@testable import Server

/// The contract check catches drift: a body the document does not describe fails, and says where.
@Suite struct JSONSchemaValidatorTests {
    let validator = OpenAPIContract.validator

    func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    func failures(_ body: String, _ reference: String) throws -> [String] {
        validator.validate(try json(body), against: ["$ref": reference]).map(\.description)
    }

    @Test func booleansAreNotNumbers() throws {
        let values = try #require(try json(#"[true, false, 1, 0, 1.5, 1.0, -3, null, "s", [], {}]"#) as? [Any])
        #expect(
            values.map(JSONSchemaValidator.kind(of:)) == [
                "boolean", "boolean", "integer", "integer", "number", "integer", "integer", "null", "string", "array",
                "object",
            ])
        #expect(validator.validate(try json("true"), against: ["type": "integer"]).count == 1)
        #expect(validator.validate(try json("1"), against: ["type": "boolean"]).count == 1)
        #expect(validator.validate(try json("1"), against: ["enum": [true]]).count == 1)
        #expect(validator.validate(try json("3"), against: ["type": "number"]).isEmpty)
        #expect(validator.validate(try json("3.5"), against: ["type": "integer"]).count == 1)
    }

    @Test func aConformingBodyPasses() throws {
        #expect(
            try failures(
                #"{"status": "ok", "database": "ok", "disk": "ok", "diskFreeMegabytes": 900}"#,
                "#/components/schemas/Health"
            ).isEmpty)
        #expect(try failures(#"{"amount": "1500.00", "currency": "JPY"}"#, "#/components/schemas/Money").isEmpty)
    }

    @Test func driftFails() throws {
        let schema = "#/components/schemas/Health"
        #expect(
            try failures(#"{"status": "ok", "database": "ok", "disk": "ok", "version": "2"}"#, schema) == [
                #"/version: the property "version" is not in the schema"#
            ])
        #expect(
            try failures(#"{"status": "ok", "database": "ok", "disk": "ok", "diskFreeMegabytes": "900"}"#, schema) == [
                #"/diskFreeMegabytes: is string "900", expected integer"#
            ])
        #expect(
            try failures(#"{"status": "ok", "disk": "ok"}"#, schema) == [
                #"/: the required property "database" is missing"#
            ])
        #expect(
            try failures(#"{"status": "fine", "database": "ok", "disk": "ok"}"#, schema) == [
                #"/status: "fine" is not one of "ok", "unavailable""#
            ])
        #expect(
            try failures(#"{"amount": 1500, "currency": "JPY"}"#, "#/components/schemas/Money") == [
                #"/amount: is integer 1500, expected string"#
            ])
    }

    @Test func driftInsideAReferencedSchemaFailsAtItsPointer() throws {
        let city: [String: Any] = [
            "id": "6b0c5f8e-3a52-4c1d-9b7e-2f0a8d3c4e51", "name": "Kyoto", "names": ["ja": "京都市"], "country": "JP",
            "countryName": "Japan", "latitude": 35.0, "longitude": 135.7,
        ]
        var list: [String: Any] = ["items": [city], "total": 1, "page": 1, "limit": 20, "pageCount": 1]
        let schema: [String: Any] = ["$ref": "#/components/schemas/CityList"]
        let clean = validator.validate(list, against: schema)
        #expect(clean.isEmpty, "\(clean)")
        list["items"] = [
            city.merging(["population": -1, "country": "XX", "id": "6B0C5F8E-3A52-4C1D-9B7E-2F0A8D3C4E51"]) { $1 }
        ]
        let found = Set(validator.validate(list, against: schema).map(\.pointer))
        #expect(found == ["/items/0/population", "/items/0/country", "/items/0/id"])
    }

    @Test func partialDatesAndFormats() throws {
        let partial = "#/components/schemas/PartialDate"
        for date in ["1959", "1959-06", "1959-06-24", "2000-02-29"] {
            #expect(try failures("\"\(date)\"", partial).isEmpty, "\(date)")
        }
        for date in ["1959-02-30", "1959-6", "59", "1900-02-29", "0000"] {
            #expect(try failures("\"\(date)\"", partial).count == 1, "\(date)")
        }
        #expect(Formats.problem("2024-05-01T09:30:00Z", "date-time") == nil)
        #expect(Formats.problem("2024-05-01T09:30:00.250+09:00", "date-time") == nil)
        #expect(Formats.problem("2024-05-01 09:30", "date-time") != nil)
        #expect(Formats.problem("2024-02-30T09:30:00Z", "date-time") != nil)
        #expect(Formats.problem("2024-02-29", "date") == nil)
        #expect(Formats.problem("2023-02-29", "date") != nil)
        #expect(Formats.problem("1959", "date") != nil)
        #expect(Formats.problem("6b0c5f8e-3a52-4c1d-9b7e-2f0a8d3c4e51", "uuid") == nil)
        #expect(Formats.problem("6b0c5f8e", "uuid") != nil)
        #expect(Formats.problem("https://example.org/a", "uri") == nil)
        #expect(Formats.problem("/a/b", "uri") != nil)
        #expect(Formats.problem("/gift-images/1", "uri-reference") == nil)
    }

    @Test func combinatorsAndTypeArrays() throws {
        let nullable: [String: Any] = ["type": ["string", "null"], "maxLength": 3]
        #expect(validator.validate(NSNull(), against: nullable).isEmpty)
        #expect(validator.validate("abcd", against: nullable).count == 1)
        let anyOf: [String: Any] = ["anyOf": [["type": "integer", "minimum": 1], ["type": "null"]]]
        #expect(
            validator.validate(try json("0"), against: anyOf).map(\.message) == [
                "matches no branch of anyOf; closest is #0: /: 0 is below 1.0"
            ])
        let oneOf: [String: Any] = ["oneOf": [["type": "integer"], ["type": "number"]]]
        #expect(validator.validate(try json("2"), against: oneOf).count == 1)
        let unknown: [String: Any] = ["type": "string", "contains": ["const": "x"]]
        #expect(
            validator.validate("x", against: unknown).map(\.message) == [
                #"the validator does not know the schema keyword "contains""#
            ])
    }

    /// The hook in `TestApp.send` matches the path template, strips the query and refuses what is not documented.
    @Test func responsesAreMatchedToTheirOperation() throws {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        let body = Data(#"{"status": "ok", "database": "ok", "disk": "ok", "uptime": 3}"#.utf8)
        #expect(
            OpenAPIContract.failures(method: .get, uri: "/health?verbose=1", status: 200, headers: headers, body: body)
                == [#"contract: GET /health 200: /uptime: the property "uptime" is not in the schema"#])
        #expect(
            OpenAPIContract.failures(method: .get, uri: "/health", status: 418, headers: headers, body: body)
                == ["contract: GET /health 418: the operation does not document status 418"])
        #expect(
            OpenAPIContract.failures(method: .delete, uri: "/health", status: 200, headers: headers, body: body)
                == ["contract: DELETE /health 200: the path does not document DELETE"])
        let city = Data(#"{"id": "nope"}"#.utf8)
        let found = OpenAPIContract.failures(
            method: .get, uri: "/api/v1/cities/6b0c5f8e-3a52-4c1d-9b7e-2f0a8d3c4e51", status: 200, headers: headers,
            body: city)
        #expect(found.allSatisfy { $0.hasPrefix("contract: GET /api/v1/cities/{id} 200: ") } && found.count > 3)
        headers[.contentType] = "text/html"
        #expect(
            OpenAPIContract.failures(method: .get, uri: "/health", status: 418, headers: headers, body: body).isEmpty)
        #expect(OpenAPIContract.template(for: "/api/v1/contributions/totals")?.path == "/api/v1/contributions/totals")
        #expect(OpenAPIContract.template(for: "/api/v1/contributions/x")?.path == "/api/v1/contributions/{id}")
    }
}
