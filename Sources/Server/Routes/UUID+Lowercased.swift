import Foundation

extension UUID {
    /// The canonical lower-case form (RFC 9562), used in every URL and JSON document the server writes.
    var lowercasedString: String { uuidString.lowercased() }
}
