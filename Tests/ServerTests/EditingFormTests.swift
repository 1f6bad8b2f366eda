import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@Suite struct EditingFormTests {
    func partnership(_ app: TestApp, country: String) async throws -> String {
        let list = try JSONBody.items(
            try await app.send(.get, "/api/v1/partnerships?country=\(country)", as: .anonymous))
        return try #require(list.first?["id"] as? String)
    }

    @Test func staffRecordAPartnershipAndSeeEachErrorBesideItsField() async throws {
        try await withApp { app async throws in
            let lyon = try JSONBody.object(
                try await app.send(.post, "/api/v1/cities", json: #"{"name":"Lyon","country":"FR"}"#))
            let lyonID = try #require(lyon["id"] as? String)
            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            try await browser.signIn("staff@example.org")
            let plain = try await browser.send(.get, "/staff/partnerships/new")
            #expect(plain.status == .ok)
            // The partner city is found in the gazetteer: as you type with the script, or by a reload without it.
            #expect(plain.text.contains(#"data-city-search="partnerCityId""#))
            #expect(plain.text.contains(#"<script src="/assets/city-picker.js" defer="defer"></script>"#))
            #expect(!plain.text.contains("Lyon (France)"))
            let page = try await browser.send(.get, "/staff/partnerships/new?city=lyo")
            #expect(page.text.contains("Lyon (France)"))
            #expect(page.text.contains("1 city matches “lyo”"))
            #expect(
                try await browser.send(.get, "/assets/city-picker.js").headers[.contentType]
                    == "text/javascript; charset=utf-8")
            let csrf = try #require(Browser.csrfToken(in: page.text))
            let bad = try await browser.send(
                .post, "/staff/partnerships/new",
                form: [
                    "csrf_token": csrf, "partnerCityId": "", "established": "1959-13", "summary": "Kept <as typed>",
                    "kind": "sister", "status": "active",
                ])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("Partner city: is required."))
            #expect(bad.text.contains("Established: must be a real date written YYYY, YYYY-MM or YYYY-MM-DD."))
            #expect(bad.text.contains(#"aria-invalid="true""#))
            #expect(bad.text.contains("Kept &lt;as typed&gt;"))
            #expect(bad.text.contains(#"value="1959-13""#))
            let good = try await browser.send(
                .post, "/staff/partnerships/new",
                form: [
                    "csrf_token": csrf, "partnerCityId": lyonID, "established": "1960", "kind": "friendship",
                    "status": "active", "focusAreas": "culture", "sources": "Le Progrès | https://example.org/lyon",
                ])
            #expect(good.status == .seeOther)
            let location = try #require(good.headers[.location])
            #expect(location.hasPrefix("/partnerships/"))
            let created = try await app.getJSON("/api/v1\(location)")
            #expect(created["kind"] as? String == "friendship")
            #expect(created["focusAreas"] as? [String] == ["culture"])
            #expect((created["sources"] as? [[String: String]])?.first?["url"] == "https://example.org/lyon")
        }
    }

    @Test func partnerEditorsEditOnlyTheirPartnership() async throws {
        try await withApp { app async throws in
            let kyoto = try await partnership(app, country: "JP")
            let strasbourg = try await partnership(app, country: "FR")
            _ = try await app.user(.partnerEditor, email: "kyoto@example.org", scope: [UUID(uuidString: kyoto)!])
            var browser = Browser(app)
            try await browser.signIn("kyoto@example.org")
            let form = try await browser.send(.get, "/partnerships/\(kyoto)/edit")
            #expect(form.status == .ok)
            #expect(form.text.contains(#"value="1959-06-24""#))
            let csrf = try #require(Browser.csrfToken(in: form.text))
            let kyotoCity = try #require(
                (try await app.getJSON("/api/v1/partnerships/\(kyoto)")["partnerCity"] as? [String: Any])?["id"]
                    as? String)
            let saved = try await browser.send(
                .post, "/partnerships/\(kyoto)/edit",
                form: [
                    "csrf_token": csrf, "partnerCityId": kyotoCity.uppercased(), "established": "1959-06-24",
                    "kind": "sister", "status": "active", "summary": "Edited by Kyoto's office.",
                ])
            #expect(saved.status == .seeOther)
            #expect(
                try await app.getJSON("/api/v1/partnerships/\(kyoto)")["summary"] as? String
                    == "Edited by Kyoto's office.")
            #expect(
                try await browser.send(.get, "/partnerships/\(strasbourg)/edit", headers: [.accept: "text/html"]).status
                    == .forbidden)
            let page = try await browser.send(.get, "/partnerships/\(strasbourg)")
            #expect(!page.text.contains("/edit\""))
        }
    }

    @Test func agreementsAreRecordedEditedAndDeletedAfterConfirming() async throws {
        try await withApp { app async throws in
            let kyoto = try await partnership(app, country: "JP")
            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            try await browser.signIn("staff@example.org")
            let page = try await browser.send(.get, "/partnerships/\(kyoto)/agreements/new")
            let csrf = try #require(Browser.csrfToken(in: page.text))
            let wrongCity = try await browser.send(
                .post, "/partnerships/\(kyoto)/agreements/new",
                form: ["csrf_token": csrf, "kind": "memorandum", "signatories": "Someone | Mayor | Paris"])
            #expect(wrongCity.status == .unprocessableContent)
            #expect(wrongCity.text.contains("signatories[0].city: must be Boston or Kyoto"))
            #expect(wrongCity.text.contains("Someone | Mayor | Paris"))
            let saved = try await browser.send(
                .post, "/partnerships/\(kyoto)/agreements/new",
                form: [
                    "csrf_token": csrf, "kind": "memorandum", "signed": "2024-10", "languages": "en, ja",
                    "signatories": "Michelle Wu | Mayor of Boston | Boston",
                ])
            #expect(saved.status == .seeOther)
            let agreements = try JSONBody.items(
                try await app.send(.get, "/api/v1/partnerships/\(kyoto)/agreements", as: .anonymous))
            let memo = try #require(agreements.first { $0["kind"] as? String == "memorandum" })
            #expect(memo["signed"] as? String == "2024-10")
            #expect(memo["languages"] as? [String] == ["en", "ja"])
            let id = try #require(memo["id"] as? String)
            let edit = try await browser.send(.get, "/agreements/\(id)/edit")
            #expect(edit.text.contains("Michelle Wu | Mayor of Boston | Boston"))
            let confirm = try await browser.send(.get, "/agreements/\(id)/delete")
            #expect(confirm.text.contains("Delete this memorandum?"))
            #expect(try await app.send(.get, "/api/v1/agreements/\(id)", as: .anonymous).status == .ok)
            let deleted = try await browser.send(.post, "/agreements/\(id)/delete", form: ["csrf_token": csrf])
            #expect(deleted.status == .seeOther)
            #expect(try await app.send(.get, "/api/v1/agreements/\(id)", as: .anonymous).status == .notFound)
        }
    }
}

@Suite struct CityFormTests {
    @Test func staffAddAndChangeCitiesWithErrorsBesideFields() async throws {
        try await withApp(demo: false) { app async throws in
            _ = try await app.user(.staff, email: "staff@example.org")
            var browser = Browser(app)
            try await browser.signIn("staff@example.org")
            let form = try await browser.send(.get, "/staff/cities/new")
            #expect(form.text.contains(#"<option value="JP">Japan</option>"#))
            let csrf = try #require(Browser.csrfToken(in: form.text))
            let bad = try await browser.send(
                .post, "/staff/cities/new",
                form: [
                    "csrf_token": csrf, "name": "Kyoto", "country": "", "latitude": "north", "names": "ja 京都市",
                    "timeZone": "Asia/Tokyo",
                ])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("Country: is required."))
            #expect(bad.text.contains("Latitude: must be a number."))
            #expect(bad.text.contains("Names in other languages: line 1 must be written tag = name."))
            #expect(bad.text.contains(#"value="north""#))
            let good = try await browser.send(
                .post, "/staff/cities/new",
                form: [
                    "csrf_token": csrf, "name": "Kyoto", "country": "JP", "latitude": "35.02107",
                    "longitude": "135.75385",
                    "names": "ja = 京都市", "timeZone": "Asia/Tokyo", "population": "1463723",
                ])
            #expect(good.status == .seeOther)
            let list = try await browser.send(.get, "/staff/cities?q=kyo")
            #expect(list.text.contains(">Kyoto</a>"))
            let city = try #require(
                try JSONBody.items(try await app.send(.get, "/api/v1/cities?q=kyoto", as: .anonymous)).first)
            #expect(city["nativeName"] as? String == "京都市")
            let id = try #require(city["id"] as? String)
            let edit = try await browser.send(.get, "/staff/cities/\(id)/edit")
            #expect(edit.text.contains("ja = 京都市"))
            let renamed = try await browser.send(
                .post, "/staff/cities/\(id)/edit",
                form: [
                    "csrf_token": csrf, "name": "Kyōto", "country": "JP", "names": "ja = 京都市", "timeZone": "Asia/Tokyo",
                ])
            #expect(renamed.status == .seeOther)
            #expect(try await app.getJSON("/api/v1/cities/\(id)")["name"] as? String == "Kyōto")
            // Viewers may not.
            _ = try await app.user(.viewer, email: "viewer@example.org")
            var viewer = Browser(app)
            try await viewer.signIn("viewer@example.org")
            #expect(
                try await viewer.send(.get, "/staff/cities/new", headers: [.accept: "text/html"]).status == .forbidden)
        }
    }
}
