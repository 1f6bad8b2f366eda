/// A number that grows with every recorded change to what the programme publishes: a partnership, a city,
/// an agreement, a programme's settings, an import of the gazetteer. A page rendered at revision N is still
/// right while the revision is N, on every app server sharing the database, so it can be kept and served
/// again without reading anything else.
public protocol ContentRevisionRepository: Sendable {
    func current() async throws -> Int64
}
