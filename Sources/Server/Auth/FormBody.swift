import Foundation
import Hummingbird
import Logging
import NIOCore

/// An `application/x-www-form-urlencoded` body.
struct FormBody: Sendable {
    private var fields: [(String, String)] = []

    init(_ buffer: ByteBuffer) {
        let text = String(buffer: buffer)
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            fields.append((decode(parts[0]), parts.count > 1 ? decode(parts[1]) : ""))
        }
    }

    /// The first value of `name`.
    func value(_ name: String) -> String? {
        fields.first { $0.0 == name }?.1
    }

    /// Every value of `name` (checkboxes), in order.
    func values(_ name: String) -> [String] {
        fields.filter { $0.0 == name }.map(\.1)
    }

    /// Every field whose name starts with `prefix`, in order.
    func fields(prefixed prefix: String) -> [(name: String, value: String)] {
        fields.filter { $0.0.hasPrefix(prefix) }.map { ($0.0, $0.1) }
    }

    /// The value, or nil when it is missing or blank.
    func nonEmpty(_ name: String) -> String? {
        value(name).flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
    }
}

extension FormBody {
    /// The request's form, read up to the context's body limit (413 above it).
    static func read(_ request: Request, _ context: AppRequestContext) async throws -> FormBody {
        var request = request
        return FormBody(try await request.collectBody(upTo: context.maxUploadSize))
    }
}
