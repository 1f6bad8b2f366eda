import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@testable import Server

/// Holds every JSON answer the tests get against `openapi.json`: ``TestApp/send(_:_:json:headers:as:sourceLocation:)`` calls
/// ``record(_:_:_:)`` after each request, so the test that got an undocumented answer fails and says where.
enum OpenAPIContract {
    /// The document the server serves, parsed once.
    nonisolated(unsafe) static let document: [String: Any] = {
        do {
            let assets = try Assets.load()
            let data = Data(assets.openAPI.readableBytesView)
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                fatalError("openapi.json is not a JSON object")
            }
            return object
        } catch {
            fatalError("openapi.json cannot be read: \(error)")
        }
    }()

    static let validator = JSONSchemaValidator(root: document)

    /// The document's path templates, split into segments once.
    nonisolated(unsafe) static let templates: [(path: String, segments: [String], item: [String: Any])] = {
        let paths = document["paths"] as? [String: [String: Any]] ?? [:]
        return paths.map { path, item in
            (path, path.split(separator: "/", omittingEmptySubsequences: false).map(String.init), item)
        }
    }()

    /// Media types whose bodies are JSON, and so are checked.
    static func isJSON(_ contentType: String?) -> Bool {
        guard
            let mediaType = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces)
                .lowercased()
        else { return false }
        return mediaType == "application/json" || mediaType.hasSuffix("+json")
    }

    /// The template a request path falls under: a literal segment beats a `{parameter}` one, left to right
    /// (`/api/v1/people/me` before `/api/v1/people/{id}`).
    static func template(for path: String) -> (path: String, item: [String: Any])? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).map {
            $0.removingPercentEncoding ?? String($0)
        }
        let matches = templates.filter { template in
            template.segments.count == segments.count
                && zip(template.segments, segments).allSatisfy { pattern, segment in
                    pattern.hasPrefix("{") && pattern.hasSuffix("}") ? !segment.isEmpty : pattern == segment
                }
        }
        func literals(_ segments: [String]) -> [Bool] { segments.map { !$0.hasPrefix("{") } }
        return matches.max { a, b in
            literals(a.segments).lexicographicallyPrecedes(literals(b.segments)) { !$0 && $1 }
        }.map { ($0.path, $0.item) }
    }

    /// Follows a `$ref` of a response, parameter or header object.
    static func dereference(_ object: Any?) -> [String: Any]? {
        guard let object = object as? [String: Any] else { return nil }
        if let reference = object["$ref"] as? String { return dereference(validator.resolve(reference)) }
        return object
    }

    /// The response object for `status`: the exact code, else its class (`4XX`), else `default`.
    static func response(_ operation: [String: Any], status: Int) -> [String: Any]? {
        guard let responses = operation["responses"] as? [String: Any] else { return nil }
        let key = [String(status), "\(status / 100)XX", "default"].first { responses[$0] != nil }
        return key.flatMap { dereference(responses[$0]) }
    }

    /// The ways one answer breaks the document, each "METHOD path status: pointer: what".
    static func failures(
        method: HTTPRequest.Method, uri: String, status: Int, headers: HTTPFields, body: Data
    ) -> [String] {
        let contentType = headers[.contentType]
        let path = String(uri.prefix { $0 != "?" && $0 != "#" })
        guard isJSON(contentType), method != .head else {
            if let (template, item) = template(for: path), item[method.rawValue.lowercased()] != nil {
                Coverage.shared.note("\(method.rawValue) \(template) \(status) (not JSON: not checked)")
            }
            return []
        }
        let label = "contract: \(method.rawValue) \(path) \(status)"
        let instance: Any
        if body.isEmpty, status == 204 || status == 304 {
            instance = NSNull()
        } else {
            do {
                instance = try JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])
            } catch {
                return ["\(label): the body is not JSON (\(error))"]
            }
        }
        let problem: [String: Any] = ["$ref": "#/components/schemas/Problem"]
        guard let (template, item) = template(for: path) else {
            // A page (not in the document) answers a script that does not ask for HTML with a problem document.
            guard path.hasPrefix("/api/") else {
                return headers[.contentType]?.hasPrefix("application/problem+json") == true
                    ? check(instance, problem, label: label) : []
            }
            // info.description: 404 for a path the API does not have, as a problem document.
            guard status == 404 else { return ["\(label): the path is not in the document"] }
            return check(instance, problem, label: label)
        }
        let operationLabel = "contract: \(method.rawValue) \(template) \(status)"
        guard let operation = item[method.rawValue.lowercased()] as? [String: Any] else {
            // info.description: 405 with an `Allow` header for a method a path does not take.
            guard status == 405 else { return ["\(operationLabel): the path does not document \(method.rawValue)"] }
            var failures = check(instance, problem, label: operationLabel)
            if headers[.allow] == nil { failures.append("\(operationLabel): the 405 has no Allow header") }
            return failures
        }
        guard let response = response(operation, status: status) else {
            return ["\(operationLabel): the operation does not document status \(status)"]
        }
        Coverage.shared.note("\(method.rawValue) \(template) \(status)")
        guard let content = response["content"] as? [String: Any] else {
            return body.isEmpty ? [] : ["\(operationLabel): the status is documented without a body"]
        }
        let mediaType = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        guard let mediaType, let media = content[mediaType] as? [String: Any] else {
            return [
                "\(operationLabel): the status is documented as \(content.keys.sorted().joined(separator: ", ")), not \(mediaType ?? "-")"
            ]
        }
        guard let schema = media["schema"] else { return [] }
        var failures = check(instance, schema, label: operationLabel)
        if let documented = response["headers"] as? [String: Any] {
            for (name, header) in documented.sorted(by: { $0.key < $1.key }) {
                guard (dereference(header)?["required"] as? Bool) == true, let field = HTTPField.Name(name) else {
                    continue
                }
                if headers[field] == nil {
                    failures.append("\(operationLabel): the required header \(name) is missing")
                }
            }
        }
        return failures
    }

    static func check(_ instance: Any, _ schema: Any, label: String) -> [String] {
        validator.validate(instance, against: schema).map { "\(label): \($0)" }
    }

    /// Records an issue, in the running test, for every way `response` breaks the document.
    static func record(
        _ method: HTTPRequest.Method, _ uri: String, _ response: TestResponse,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let failures = failures(
            method: method, uri: uri, status: response.status.code, headers: response.headers,
            body: Data(response.body.readableBytesView))
        for failure in failures { Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation) }
    }

    /// Every "METHOD template status" checked, appended to the file `SISTERCITIES_CONTRACT_COVERAGE` names (if set),
    /// to list what the suite exercises.
    final class Coverage: @unchecked Sendable {
        static let shared = Coverage()
        private let lock = NSLock()
        private var seen: Set<String> = []
        private let handle: FileHandle? = ProcessInfo.processInfo.environment["SISTERCITIES_CONTRACT_COVERAGE"]
            .flatMap { path in
                if !FileManager.default.fileExists(atPath: path) {
                    _ = FileManager.default.createFile(atPath: path, contents: nil)
                }
                let handle = FileHandle(forWritingAtPath: path)
                handle?.seekToEndOfFile()
                return handle
            }

        func note(_ line: String) {
            guard let handle else { return }
            lock.lock()
            defer { lock.unlock() }
            if seen.insert(line).inserted { handle.write(Data((line + "\n").utf8)) }
        }
    }
}
