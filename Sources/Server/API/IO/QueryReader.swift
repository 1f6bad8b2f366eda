import Domain
import Foundation
import Hummingbird

/// Reads and checks the query parameters of a list request.
struct QueryReader {
    let parameters: Parameters

    init(_ request: Request) {
        parameters = request.uri.queryParameters
    }

    func string(_ name: String) -> String? {
        parameters.get(name).map { $0.trimmingWhitespace }.flatMap(\.nilIfEmpty)
    }

    /// `page` (from 1) and `limit` (1 to 200).
    func page() throws -> PageRequest {
        let page = try integer("page", in: 1...1_000_000) ?? 1
        let limit = try integer("limit", in: 1...PageRequest.maxLimit) ?? PageRequest.defaultLimit
        return PageRequest(page: page, limit: limit)
    }

    func integer(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = string(name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw RequestError.invalidQuery(
                parameter: name, message: "must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// One of the raw values of `T`.
    func choice<T: RawRepresentable<String> & CaseIterable>(_ name: String, as type: T.Type) throws -> T? {
        guard let text = string(name) else { return nil }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            throw RequestError.invalidQuery(parameter: name, message: "must be one of \(allowed)")
        }
        return value
    }

    /// A record's id; blank means none.
    func uuid(_ name: String) throws -> UUID? {
        guard let text = string(name) else { return nil }
        guard let id = UUID(uuidString: text) else {
            throw RequestError.invalidQuery(parameter: name, message: "must be an id (a UUID)")
        }
        return id
    }

    /// An ISO 3166-1 alpha-2 country code.
    func country(_ name: String = "country") throws -> String? {
        guard let text = string(name) else { return nil }
        guard let country = Country.withCode(text) else {
            throw RequestError.invalidQuery(parameter: name, message: "must be an ISO 3166-1 alpha-2 code such as JP")
        }
        return country.code
    }
}
