import Domain

/// A request the server cannot act on because of how it was written, before any rule of the domain is asked.
enum RequestError: Error, Equatable {
    /// The body is not JSON, or not the JSON object the operation takes (400).
    case malformedBody(String)
    /// A query parameter has a value the operation does not take (400).
    case invalidQuery(parameter: String, message: String)
    /// The body is not JSON at all by its media type (415).
    case unsupportedMediaType(String)
}
