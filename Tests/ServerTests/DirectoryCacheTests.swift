import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Storage
import TestSupport
import Testing

@testable import Server

/// The public directory is rendered once per content revision and served again until something changes,
/// wherever the change was made.
@Suite struct DirectoryCacheTests {
    @Test(arguments: TestDatabase.all)
    func aChangeMadeByAnotherServerShowsOnceTheRevisionIsReadAgain(database: TestDatabase) async throws {
        try await withApp(database, configure: { $0.revisionMaxAge = .milliseconds(300) }) { app async throws in
            let first = try await app.send(.get, "/?sort=partner", as: .anonymous)
            #expect(first.status == .ok)
            #expect(first.text.contains("Kyoto"))
            let etag = try #require(first.headers[.eTag])
            #expect(first.headers[.cacheControl] == "no-cache")

            var conditional = HTTPFields()
            conditional[.ifNoneMatch] = etag
            let unchanged = try await app.send(.get, "/?sort=partner", headers: conditional, as: .anonymous)
            #expect(unchanged.status == .notModified)
            let again = try await app.send(.get, "/?sort=partner", as: .anonymous)
            #expect(again.text == first.text)

            // Another app server on the same database renames a partner city.
            let cities = FluentCityRepository(store: app.store)
            let kyoto = try #require(try await cities.named("Kyoto", in: "JP").first)
            var draft = CityDraft(
                name: "Kyōto-shi", names: kyoto.names, countryCode: kyoto.countryCode, adminRegion: kyoto.adminRegion,
                coordinate: kyoto.coordinate, timeZone: kyoto.timeZone, population: kyoto.population)
            draft.geonameID = kyoto.geonameID
            _ = try await cities.update(kyoto.id, with: draft, by: .system("another server"))
            try await Task.sleep(for: .milliseconds(400))

            let changed = try await app.send(.get, "/?sort=partner", headers: conditional, as: .anonymous)
            #expect(changed.status == .ok)
            #expect(changed.text.contains("Kyōto-shi"))
            #expect(changed.headers[.eTag] != etag)
        }
    }

    @Test(arguments: TestDatabase.all)
    func thePublicListIsKeptPerRevisionAndAChangeHereShowsAtOnce(database: TestDatabase) async throws {
        try await withApp(database, configure: { $0.revisionMaxAge = .seconds(3600) }) { app async throws in
            let path = "/api/v1/partnerships?sort=partner&limit=50"
            let first = try await app.send(.get, path, as: .anonymous)
            let etag = try #require(first.headers[.eTag])
            #expect(first.headers[.contentType] == "application/json")
            var conditional = HTTPFields()
            conditional[.ifNoneMatch] = etag
            #expect(try await app.send(.get, path, headers: conditional, as: .anonymous).status == .notModified)
            // A script with a token is answered afresh, without a tag.
            #expect(try await app.send(.get, path).headers[.eTag] == nil)

            let kyoto = try #require(
                try JSONBody.items(first).first { ($0["partnerCity"] as? [String: Any])?["name"] as? String == "Kyoto" }
            )
            let id = try #require(kyoto["id"] as? String)
            let deleted = try await app.send(.delete, "/api/v1/partnerships/\(id)")
            #expect(deleted.status == .noContent)
            let after = try await app.send(.get, path, headers: conditional, as: .anonymous)
            #expect(after.status == .ok)
            #expect(try JSONBody.items(after).count == JSONBody.items(first).count - 1)
            #expect(
                try JSONBody.object(after)["total"] as? Int == (try JSONBody.object(first)["total"] as? Int ?? 0) - 1)
        }
    }

    @Test func signedInPeopleGetAPageOfTheirOwnThatNoCacheKeeps() async throws {
        try await withApp { app async throws in
            _ = try await app.send(.get, "/", as: .anonymous)
            let mine = try await app.send(.get, "/")
            #expect(mine.status == .ok)
            #expect(mine.headers[.cacheControl] == "no-store")
            #expect(mine.headers[.eTag] == nil)
            #expect(mine.text.contains(#"href="/staff""#))
            #expect(!(try await app.send(.get, "/", as: .anonymous)).text.contains(#"href="/staff""#))
        }
    }

    @Test func thePageCacheKeepsOnlyCurrentPagesAndStaysWithinItsCapacity() {
        let cache = RevisionCache<Int, ByteBuffer>(capacity: 3)
        cache.keep(ByteBuffer(string: "a"), for: 1, at: 1)
        cache.keep(ByteBuffer(string: "b"), for: 2, at: 1)
        #expect(cache.value(for: 1, at: 1) == ByteBuffer(string: "a"))
        #expect(cache.value(for: 1, at: 2) == nil)
        cache.keep(ByteBuffer(string: "c"), for: 3, at: 2)
        cache.keep(ByteBuffer(string: "d"), for: 4, at: 2)
        // Full: the pages of revision 1 went first.
        #expect(cache.count == 2)
        #expect(cache.value(for: 3, at: 2) == ByteBuffer(string: "c"))
        cache.keep(ByteBuffer(string: "e"), for: 5, at: 2)
        cache.keep(ByteBuffer(string: "f"), for: 6, at: 2)
        #expect(cache.count <= 3)
        #expect(cache.value(for: 6, at: 2) == ByteBuffer(string: "f"))
    }
}
