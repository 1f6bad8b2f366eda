import Foundation

/// One problem with one input field, named by its JSON path ("partnerCityId", "sources[1].url").
public struct FieldIssue: Sendable, Hashable, Codable {
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}

/// What can go wrong with a request against the registry, independent of how it is reported.
public enum DomainError: Error, Sendable, Equatable {
    /// No such record in this programme ("partnership", id).
    case notFound(entity: String, id: UUID)
    /// The change would break a uniqueness or reference rule; the message says which.
    case conflict(String)
    /// The input breaks one or more rules; every issue is listed.
    case invalid([FieldIssue])
}
