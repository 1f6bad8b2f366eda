import Foundation

/// A person who signed an agreement, in the office they held then, for one of the two cities.
public struct Signatory: Sendable, Hashable, Codable {
    public var name: String
    /// "Mayor of Boston", "Chair of the Kyoto City Assembly".
    public var title: String?
    /// Which of the partnership's two cities the person signed for.
    public var cityID: UUID?

    public init(name: String, title: String? = nil, cityID: UUID? = nil) {
        self.name = name
        self.title = title
        self.cityID = cityID
    }
}
