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
        var headers = headers
        headers[.contentType] = contentType
        return Response(status: status, headers: headers, body: .init(byteBuffer: try body(value)))
    }

    /// The JSON bytes of `value`, as every answer writes them.
    static func body(_ value: some Encodable) throws -> ByteBuffer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return ByteBuffer(bytes: try encoder.encode(value))
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
