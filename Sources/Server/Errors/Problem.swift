import Domain
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOHTTP1
import Storage

/// An RFC 9457 problem detail, the body of every API error.
struct Problem: Codable, Sendable {
    var type: String = "about:blank"
    var title: String
    var status: Int
    var detail: String?
    /// Every field that failed validation, for 422.
    var errors: [FieldIssue]?

    var httpStatus: HTTPResponse.Status { HTTPResponse.Status(code: status) }
}

extension Problem {
    /// The problem for an error thrown anywhere below a route; nil for errors that are the server's fault.
    init?(_ error: any Error) {
        switch error {
        case let refusal as RegistrationRefusal:
            self.init(RegistrationRefusal.conflictOf(refusal))
        case let error as DomainError:
            switch error {
            case .notFound(let entity, let id):
                self.init(
                    title: "Not found", status: 404, detail: "No \(entity) with id \(id.lowercasedString).")
            case .conflict(let message):
                self.init(title: "Conflict", status: 409, detail: Self.sentence(message))
            case .invalid(let issues):
                self.init(
                    title: "Invalid fields", status: 422,
                    detail: issues.map { "\($0.field): \($0.message)" }.joined(separator: "; ") + ".",
                    errors: issues)
            }
        case let error as AuthError:
            switch error {
            case .unauthenticated:
                self.init(
                    title: "Unauthorized", status: 401,
                    detail: "Sign in, or send a valid API token as Authorization: Bearer.")
            case .forbidden(let message):
                self.init(title: "Forbidden", status: 403, detail: Self.sentence(message))
            case .csrfMismatch:
                self.init(
                    title: "Forbidden", status: 403,
                    detail: "The request did not carry this session's CSRF token. Reload the page and try again.")
            case .throttled(let seconds):
                self.init(
                    title: "Too many requests", status: 429,
                    detail: "Too many attempts of this kind just now. Try again in \(seconds) seconds.")
            }
        case let error as RequestError:
            switch error {
            case .malformedBody(let message):
                self.init(title: "Malformed request body", status: 400, detail: Self.sentence(message))
            case .invalidQuery(let parameter, let message):
                self.init(title: "Invalid query parameter", status: 400, detail: "\(parameter): \(message).")
            case .unsupportedMediaType(let message):
                self.init(title: "Unsupported media type", status: 415, detail: Self.sentence(message))
            }
        case is HTTPParserError:
            self.init(
                title: "Malformed request", status: 400,
                detail: "The request is not valid HTTP/1.1 (a bad chunk size or header).")
        case is NIOTooManyBytesError:
            self.init(
                title: "Content too large", status: 413, detail: "The request body is larger than the server accepts.")
        case let error as HTTPError:
            let status = error.status
            guard status.code < 500 else { return nil }
            let detail: String? =
                switch status {
                case .contentTooLarge: "The request body is larger than the server accepts."
                case .notFound: "There is nothing at this address."
                default: error.body
                }
            self.init(title: status.reasonPhrase, status: status.code, detail: detail)
        default:
            return nil
        }
    }

    /// The answer while the database cannot do its part: nothing was done, and the request may be sent again.
    init(_ outage: StorageUnavailable) {
        let detail =
            switch outage.reason {
            case .unreachable, .timedOut:
                "The database is not answering just now, so nothing was done. Please try again in a few seconds."
            case .diskFull:
                "The server's disk is full, so nothing was saved. Please try again later; the operator can see it on /health."
            }
        self.init(title: "Service unavailable", status: 503, detail: detail)
    }

    /// Seconds to wait before sending a request again after `outage`.
    static func retryAfter(_ outage: StorageUnavailable) -> Int {
        outage.reason == .diskFull ? 60 : 5
    }

    static let internalError = Problem(
        title: "Internal server error", status: 500,
        detail: "The server could not complete the request. It has been logged.")

    private static func sentence(_ text: String) -> String {
        text.hasSuffix(".") ? text : text + "."
    }
}
