import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@Suite struct AnniversaryAPITests {
    @Test func sexagenaryYearsAndTheirLimits() async throws {
        try await withApp(demo: false) { app async throws in
            let year = try await app.getJSON("/api/v1/sexagenary/2019")
            #expect(year["characters"] as? String == "己亥")
            #expect(year["japanese"] as? String == "tsuchinoto-i")
            #expect(year["pinyin"] as? String == "jǐhài")
            #expect(year["english"] as? String == "Earth Pig")
            #expect(try await app.getJSON("/api/v1/sexagenary/1984")["characters"] as? String == "甲子")
            for bad in ["0", "2201", "abc", "-5"] {
                let response = try await app.send(.get, "/api/v1/sexagenary/\(bad)", as: .anonymous)
                #expect(response.status == .unprocessableContent, "\(bad)")
            }
        }
    }

    @Test func kyotosAnniversariesByYear() async throws {
        try await withApp { app async throws in
            let kyoto = try #require(
                try JSONBody.items(try await app.send(.get, "/api/v1/partnerships?country=JP", as: .anonymous)).first?[
                    "id"]
                    as? String)
            let body = try await app.getJSON("/api/v1/partnerships/\(kyoto)/anniversaries?from=2018&to=2020")
            let items = try #require(body["items"] as? [[String: Any]])
            #expect(items.map { $0["number"] as? Int } == [59, 60, 61])
            let sixtieth = items[1]
            #expect(sixtieth["date"] as? String == "2019-06-24")
            #expect(sixtieth["milestone"] as? Bool == true)
            let names = try #require(sixtieth["names"] as? [[String: Any]])
            #expect(names.compactMap { $0["native"] as? String } == ["還暦"])
            #expect(names.compactMap { $0["name"] as? String } == ["Diamond", "kanreki"])
            #expect((sixtieth["sexagenary"] as? [String: Any])?["characters"] as? String == "己亥")
            let bad = try await app.send(
                .get, "/api/v1/partnerships/\(kyoto)/anniversaries?from=2030&to=2020", as: .anonymous)
            #expect(bad.status == .unprocessableContent)
            let onlyTo = try await app.getJSON("/api/v1/partnerships/\(kyoto)/anniversaries?to=2019")
            #expect((onlyTo["items"] as? [[String: Any]])?.first?["year"] as? Int == 2009, "ten years before `to`")
            let wide = try await app.send(
                .get, "/api/v1/partnerships/\(kyoto)/anniversaries?from=1&to=2200", as: .anonymous)
            #expect(wide.status == .unprocessableContent)
        }
    }
}
