import Domain
import HTTPTypes
import Hummingbird
import NIOCore
import Storage

/// A public read (a page, a JSON list) as anonymous readers get it, kept per content revision and answered
/// with an `ETag` naming that revision, so that a reader who has it gets `304 Not Modified`. Signed-in people
/// and API tokens are answered by the caller afresh: their pages carry their name, and they are few.
struct PublicReadCache<Key: Hashable & Sendable>: Sendable {
    let revisions: any ContentRevisionRepository
    /// Tells this read's entity tags from another's: `"d42"`, `"p42"`.
    let tag: String
    let contentType: String
    private let kept = RevisionCache<Kept, ByteBuffer>()

    /// A read is kept per key and, for pages, per language.
    struct Kept: Hashable, Sendable {
        let key: Key
        let language: String?
    }

    init(revisions: any ContentRevisionRepository, tag: String, contentType: String) {
        self.revisions = revisions
        self.tag = tag
        self.contentType = contentType
    }

    /// Answers from what is kept for `key` (and `language`, for reads in a language: its entity tag names it),
    /// rendering it first when this revision has none.
    func respond(
        to request: Request, key: Key, language: String? = nil, render: () async throws -> ByteBuffer
    ) async throws -> Response {
        let key = Kept(key: key, language: language)
        // Read before the data: what is kept under this revision is never older than it.
        let revision: Int64
        do {
            revision = try await revisions.current()
        } catch let error where StorageUnavailable(classifying: error) != nil {
            // The database is out: the page as last kept is better than none. It carries no ETag, being of a
            // revision no one can name now, and is not to be stored.
            guard let body = kept.latest(for: key) else { throw error }
            var headers = HTTPFields()
            headers[.contentType] = contentType
            headers[.cacheControl] = "no-store"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
        }
        var headers = HTTPFields()
        let etag = "\"\(tag)\(revision)\(language.map { "-" + $0 } ?? "")\""
        headers[.eTag] = etag
        headers[.cacheControl] = "no-cache"
        if let match = request.headers[.ifNoneMatch], ETag.matches(match, etag) {
            return Response(status: .notModified, headers: headers)
        }
        let body = try await kept.value(for: key, at: revision, compute: render)
        headers[.contentType] = contentType
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
    }
}
