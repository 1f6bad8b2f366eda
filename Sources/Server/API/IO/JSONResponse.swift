import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// JSON and problem+json responses.
enum JSONResponse {
    static func make(
        _ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:],
        contentType: String = "application/json"
    ) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let data = try encoder.encode(value)
        var headers = headers
        headers[.contentType] = contentType
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func problem(_ problem: Problem, headers: HTTPFields = [:]) throws -> Response {
        try make(problem, status: problem.httpStatus, headers: headers, contentType: "application/problem+json")
    }

    /// 201 with the new resource and its `Location`.
    static func created(_ value: some Encodable, at url: SiteURL) throws -> Response {
        var headers = HTTPFields()
        headers[.location] = url.path
        return try make(value, status: .created, headers: headers)
    }
}
