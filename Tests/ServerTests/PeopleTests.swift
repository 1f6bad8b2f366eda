import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@Suite struct PeopleTests {
    @Test func theDemoNamesTheOfficialsInTheirOwnOrderAndScript() async throws {
        try await withApp { app async throws in
            let people = try JSONBody.items(try await app.send(.get, "/api/v1/people", as: .anonymous))
            let kadokawa = try #require(people.first { $0["familyName"] as? String == "Kadokawa" })
            #expect(kadokawa["displayName"] as? String == "Kadokawa Daisaku")
            #expect(kadokawa["nativeName"] as? String == "門川大作")
            #expect(kadokawa["contact"] == nil)
            #expect(people.contains { $0["displayName"] as? String == "Martin J. Walsh" })
            let id = try #require(kadokawa["id"] as? String)
            let page = try await app.send(.get, "/people/\(id)", as: .anonymous)
            #expect(page.text.contains(#"<span lang="ja">門川大作</span>"#))
            #expect(page.text.contains("Mayor of Kyoto"))
            let organisations = try JSONBody.items(try await app.send(.get, "/api/v1/organizations?kind=rotary-club"))
            #expect(
                Set(organisations.compactMap { $0["name"] as? String }) == [
                    "Rotary Club of Boston", "Rotary Club of Kyoto South",
                ])
            let list = try await app.send(.get, "/organisations", as: .anonymous)
            #expect(list.text.contains("Japan Society of Boston"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func contactDetailsAndPrivatePeopleAreForTheRightRoles(database: TestDatabase) async throws {
        try await withApp(database) { app async throws in
            let created = try await app.send(
                .post, "/api/v1/people",
                json:
                    #"{"givenName":"Aiko","familyName":"Tanaka","nameOrder":"family-first","contact":{"email":"aiko@example.org"},"consentToContact":true}"#
            )
            #expect(created.status == .created)
            let id = try #require(try JSONBody.object(created)["id"] as? String)
            // The public does not know she exists.
            #expect(try await app.send(.get, "/api/v1/people/\(id)", as: .anonymous).status == .notFound)
            #expect(try await app.send(.get, "/people/\(id)", as: .anonymous).status == .notFound)
            #expect(!(try await app.send(.get, "/api/v1/people?q=tanaka", as: .anonymous)).text.contains("Aiko"))
            // A viewer sees her, not how to reach her; a coordinator sees both.
            let viewer = try await app.user(.viewer).token
            let seen = try JSONBody.object(try await app.send(.get, "/api/v1/people/\(id)", as: .token(viewer)))
            #expect(seen["displayName"] as? String == "Tanaka Aiko")
            #expect(seen["contact"] == nil && seen["consentToContact"] == nil)
            #expect(try await app.send(.get, "/api/v1/people/\(id)/history", as: .token(viewer)).status == .forbidden)
            let coordinator = try await app.user(.coordinator).token
            let full = try JSONBody.object(try await app.send(.get, "/api/v1/people/\(id)", as: .token(coordinator)))
            #expect((full["contact"] as? [String: Any])?["email"] as? String == "aiko@example.org")
            #expect(full["consentToContact"] as? Bool == true)
            // Who may change people.
            let body = #"{"givenName":"Ken","familyName":"Sato"}"#
            #expect(try await app.send(.post, "/api/v1/people", json: body, as: .anonymous).status == .unauthorized)
            #expect(try await app.send(.post, "/api/v1/people", json: body, as: .token(viewer)).status == .forbidden)
            let editor = try await app.user(.partnerEditor).token
            #expect(try await app.send(.post, "/api/v1/people", json: body, as: .token(editor)).status == .forbidden)
            #expect(try await app.send(.post, "/api/v1/people", json: body, as: .token(coordinator)).status == .created)
        }
    }

    @Test func namesEveryBadField() async throws {
        try await withApp { app async throws in
            let person = try await app.send(
                .post, "/api/v1/people",
                json:
                    #"{"givenName":" ","nameOrder":"sideways","nativeLanguage":"not a tag!","roles":[{"title":"Mayor","from":"2010-13"}],"contact":{"email":"x"}}"#
            )
            #expect(person.status == .unprocessableContent)
            let fields = Set(
                try #require(try JSONBody.object(person)["errors"] as? [[String: Any]]).compactMap {
                    $0["field"] as? String
                })
            #expect(fields == ["nameOrder", "roles[0].from", "familyName", "nativeLanguage", "contact.email"])
            let organisation = try await app.send(
                .post, "/api/v1/organizations", json: #"{"name":"","kind":"club","website":"ftp://x"}"#)
            #expect(organisation.status == .unprocessableContent)
            #expect(try await app.send(.get, "/api/v1/organizations?kind=club").status == .badRequest)
        }
    }

    @Test func coordinatorsRecordPeopleWithTheirOfficesInTheForm() async throws {
        try await withApp { app async throws in
            _ = try await app.user(.coordinator, email: "coordinator@example.org")
            var browser = Browser(app)
            try await browser.signIn("coordinator@example.org")
            let form = try await browser.send(.get, "/staff/people/new")
            let csrf = try #require(Browser.csrfToken(in: form.text))
            var fields = [
                "csrf_token": csrf, "givenName": "Kazuhiro", "familyName": "Terada", "nameOrder": "family-first",
                "roles": "Chair of the Kyoto City Assembly | Kyoto Assembly | 2019",
                "contact.email": "terada@example.org",
            ]
            let bad = try await browser.send(.post, "/staff/people/new", form: fields)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("no organisation is called Kyoto Assembly"))
            #expect(bad.text.contains(#"value="Kazuhiro""#))
            fields["roles"] = "Chair of the Kyoto City Assembly | Kyoto City Assembly | 2019"
            fields["flags"] = "consentToContact"
            let good = try await browser.send(.post, "/staff/people/new", form: fields)
            #expect(good.status == .seeOther)
            let page = try await browser.send(.get, try #require(good.headers[.location]))
            #expect(page.text.contains("<h1>Terada Kazuhiro</h1>"))
            #expect(page.text.contains("terada@example.org"))
            #expect(page.text.contains("Agreed to be contacted."))
            #expect(page.text.contains("Private"))
            let list = try await browser.send(.get, "/staff/people?q=terada")
            #expect(list.text.contains("2 people") || list.text.contains("Terada Kazuhiro"))
        }
    }
}
