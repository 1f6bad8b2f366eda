import Foundation

/// Conditional GET (RFC 9110 §13.1.2): whether an `If-None-Match` field names the current entity tag.
enum ETag {
    /// True when the field is `*` or lists `etag` among its comma-separated tags (weak or strong alike,
    /// as the weak comparison If-None-Match uses).
    static func matches(_ ifNoneMatch: String, _ etag: String) -> Bool {
        let wanted = etag.hasPrefix("W/") ? String(etag.dropFirst(2)) : etag
        return ifNoneMatch.split(separator: ",").contains { candidate in
            let tag = candidate.trimmingCharacters(in: .whitespaces)
            return tag == "*" || tag == wanted || tag == "W/" + wanted
        }
    }
}
