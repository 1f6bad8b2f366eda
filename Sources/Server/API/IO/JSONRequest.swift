import Domain
import Foundation
import Hummingbird

/// Reads a JSON request body, mapping every way it can be wrong to a 4xx.
enum JSONRequest {
    static func decode<T: Decodable>(
        _ type: T.Type, from request: Request, context: AppRequestContext
    ) async throws -> T {
        if let contentType = request.headers[.contentType]?.lowercased(),
            !(contentType.hasPrefix("application/json") || contentType.contains("+json"))
        {
            throw RequestError.unsupportedMediaType("send the body as application/json, not \(contentType)")
        }
        // Hummingbird answers 413 when the body is larger than the context's limit.
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        let data = Data(buffer.readableBytesView)
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw map(error, body: data)
        }
    }

    static func map(_ error: DecodingError, body: Data) -> any Error {
        // Foundation reports a number it cannot hold in the field's type (1.5 or 2^65 for an
        // integer) as "not valid JSON" with no coding path; the body is valid JSON, so that is a 422.
        if case .dataCorrupted(let context) = error, context.codingPath.isEmpty,
            (try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])) is [String: Any]
        {
            return DomainError.invalid([
                FieldIssue(
                    field: "body",
                    message: "a number is out of range, or has a fraction where a whole number is expected")
            ])
        }
        return map(error)
    }

    static func map(_ error: DecodingError) -> any Error {
        switch error {
        case .typeMismatch(let type, let context):
            guard !context.codingPath.isEmpty else {
                return RequestError.malformedBody("the body must be a JSON object")
            }
            return DomainError.invalid([
                FieldIssue(field: path(context.codingPath), message: "must be \(describe(type))")
            ])
        case .valueNotFound(let type, let context):
            guard !context.codingPath.isEmpty else { return RequestError.malformedBody("the body is empty") }
            return DomainError.invalid([
                FieldIssue(field: path(context.codingPath), message: "must be \(describe(type))")
            ])
        case .keyNotFound(let key, let context):
            return DomainError.invalid([FieldIssue(field: path(context.codingPath + [key]), message: "is required")])
        case .dataCorrupted(let context):
            guard !context.codingPath.isEmpty else {
                return RequestError.malformedBody("the body is not valid JSON")
            }
            return DomainError.invalid([FieldIssue(field: path(context.codingPath), message: context.debugDescription)])
        @unknown default:
            return RequestError.malformedBody("the body could not be read")
        }
    }

    /// "sources[1].url" from a coding path.
    static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "an array"
        default:
            String(describing: type).hasPrefix("Array")
                ? "an array" : String(describing: type).hasPrefix("Dictionary") ? "an object" : "a \(type)"
        }
    }
}
