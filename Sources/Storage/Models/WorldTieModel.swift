import Domain
import FluentKit
import Foundation

/// A tie of the world directory, stored once: `city_a` is the smaller id of the two.
final class WorldTieModel: Model, @unchecked Sendable {
    static let schema = "world_ties"

    @ID(key: .id) var id: UUID?
    @Field(key: "city_a") var cityA: UUID
    @Field(key: "city_b") var cityB: UUID
    @OptionalField(key: "year") var year: Int?
    @Field(key: "kind") var kind: String
    /// The lists that name the tie, comma-separated: "wikipedia-list,german-partnerships".
    @Field(key: "sources") var sources: String
    @Field(key: "domestic") var domestic: Bool

    init() {}
}
