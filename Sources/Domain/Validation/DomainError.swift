import Foundation

/// One problem with one input field, named by its JSON path ("partnerCityId", "sources[1].url").
public struct FieldIssue: Sendable, Hashable, Codable {
    public var field: String
    /// In English, for the API and its clients.
    public var message: String
    /// The rule broken, when it is one of the common ones: pages say it in the reader's language.
    public var rule: Rule?

    /// Rules many fields share.
    public enum Rule: Sendable, Hashable {
        case required
        case tooLong(max: Int)
        case noNUL
        case oneLine
        case email
        case webURL
    }

    public init(field: String, message: String, rule: Rule? = nil) {
        self.field = field
        self.message = message
        self.rule = rule
    }

    /// The API writes the field and the message; the rule is the pages' business.
    private enum CodingKeys: String, CodingKey {
        case field, message
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
